"""The routing rules of DOMAIN.md (R1-R14) as pure functions: answers in, decision and reasons out.

No Qt and no database here. `decide(answers, policy)` is the one entry point; the contract
(docs: the triage contract, version 1) lives in contract.py, the command in command.py.
"""
