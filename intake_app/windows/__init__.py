"""Windows-only behaviour, written so the decisions are plain functions tested on Linux.

Each module keeps the part that talks to Windows (icacls, DPAPI, user32, userenv) thin and
separate from the rule it applies, so the suite checks the rules everywhere and
`mypy --platform win32` checks the calls.
"""
