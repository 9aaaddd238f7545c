"""What an officer's code, name and role must look like, checked before anything is written."""

from __future__ import annotations

import re
import unicodedata
from typing import get_args

from intake_app.vault.errors import InvalidOfficer
from intake_app.vault.key_file import OFFICER_ID_PATTERN, Role

MAX_DISPLAY_NAME = 100
ROLES: tuple[Role, ...] = get_args(Role)


def checked_role(role: str) -> Role:
    for known in ROLES:
        if role == known:
            return known
    raise InvalidOfficer(f"de rol moet {' of '.join(ROLES)} zijn")


def check_officer_fields(officer_id: str, display_name: str) -> None:
    if not re.fullmatch(OFFICER_ID_PATTERN, officer_id):
        raise InvalidOfficer(
            "de code moet met een letter of cijfer beginnen en mag alleen letters, cijfers, "
            "punt, streepje en liggend streepje bevatten (hoogstens 64 tekens)"
        )
    name = display_name.strip()
    if not name:
        raise InvalidOfficer("vul een naam in")
    if len(name) > MAX_DISPLAY_NAME:
        raise InvalidOfficer(f"de naam is langer dan {MAX_DISPLAY_NAME} tekens")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidOfficer("de naam bevat onzichtbare of stuurtekens")
