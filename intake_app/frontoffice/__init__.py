"""The TSM frontoffice step (R1): keys, sealed consult and advice packages, their content.

Domain only: no Qt, no store, no vault, no session. The store keeps the keys and what was
seen; the commands (intake_app/commands/frontoffice.py, station.py, consult.py, advice.py)
compose them. See docs/frontoffice.md.
"""
