"""Possible matches across kinds (R7): a hint for the officer ("mogelijk dezelfde"), never a match.

An officer may record one identifier under another kind: a phone number typed as a username,
or a handle without its platform ("fictief_99") that another intake has on Instagram. Those are
not the same identifier by the rules (a name on two platforms may be two people), so they are
not a match, do not count as a series and do not escalate; but the officer is shown them, to
confirm or dismiss by looking at both.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import phonenumbers

from intake_app.seriality.handles import PLATFORMS
from intake_app.seriality.identifier import MatchKey, NormalisedIdentifier
from intake_app.seriality.matching import IdentifierIndex, IntakeRef
from intake_app.seriality.phone import normalise_phone

# Families of a name entered without its platform.
UNPLACED: Final = ("username", "handle:other")
# Platforms a name without platform may be on; a WhatsApp handle is a phone number.
_NAMED_PLATFORMS: Final = tuple(f"handle:{name}" for name in PLATFORMS if name != "whatsapp")
_PHONE_CHARACTERS: Final = frozenset("+0123456789")


def _as_phone(name: str) -> str | None:
    """The E.164 form of a name that is a valid phone number ("0612345678"), else None."""
    if not name or not set(name) <= _PHONE_CHARACTERS:
        return None
    phone = normalise_phone(name)
    return phone.normalised if phone.verified else None


def _phone_spellings(e164: str) -> list[str]:
    """How a phone number may stand as a name: "+31612345678", "31612345678", "0612345678"."""
    spellings = [e164, e164.lstrip("+")]
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return spellings
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in national if ch.isdigit())
    return [*spellings, digits] if digits not in spellings else spellings


def possible_keys(identifier: NormalisedIdentifier) -> list[MatchKey]:
    """The match keys of other kinds the same identifier may have been recorded under."""
    if not identifier.matchable:
        return []
    family, name = identifier.family, identifier.normalised
    keys: list[MatchKey] = []
    if family in UNPLACED:
        keys += [MatchKey(other, name) for other in (*UNPLACED, *_NAMED_PLATFORMS)]
    elif family.startswith("handle:"):
        keys += [MatchKey(other, name) for other in UNPLACED]
    if family == "username" or family.startswith("handle:"):
        phone = _as_phone(name)
        if phone is not None:
            keys.append(MatchKey("phone", phone))
    if family == "phone":
        keys += [MatchKey(other, text) for text in _phone_spellings(name) for other in UNPLACED]
    return [key for key in keys if key != identifier.match_key]


def find_possible_matches(
    identifiers: Iterable[NormalisedIdentifier],
    indexes: Iterable[IdentifierIndex],
    current_reference: str,
    matched: Iterable[IntakeRef] = (),
) -> list[IntakeRef]:
    """Other intakes holding one of these identifiers under another kind, oldest first, except
    those already matched exactly (`matched`) and the intake being recorded."""
    indexes = list(indexes)
    found: set[IntakeRef] = set()
    for identifier in identifiers:
        for key in possible_keys(identifier):
            for index in indexes:
                found.update(index.lookup(key))
    own = {ref for ref in found if ref.station is None and ref.reference == current_reference}
    return sorted(found - own - set(matched))
