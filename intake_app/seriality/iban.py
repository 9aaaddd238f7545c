"""IBANs checked and put in their compact form with `schwifty` (R7).

People copy an account number with what stands around it on a statement or in a chat:
"IBAN: NL91 ABNA 0417 1643 00 t.n.v. J. Fictief", "rekeningnummer NL91ABNA0417164300 (BIC
ABNANL2A)". The label before it and the note after it name no account, so they are dropped: the
note is cut off at its marker ("t.n.v.", "ten name van", "o.v.v.", "BIC", a bracket or comma),
and failing that the first valid IBAN of its country's length in the text is taken.
"""

from __future__ import annotations

import re

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from schwifty.registry import get_iban_spec

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text

_SEPARATORS = re.compile(r"[\s\-.:]")
_LABEL = re.compile(r"^\s*(?:iban|rekening(?:nummer)?|rek\.?\s*nr\.?|bankrekening)\s*:?\s*", re.I)
_NOTE = re.compile(
    r"\b(?:t\.?\s?n\.?\s?v|ten\s+name\s+van|t\.?\s?a\.?\s?v|o\.?\s?v\.?\s?v|bic|swift)\b"
    r"|[(\[,;/|]",
    re.IGNORECASE,
)
_COUNTRY_START = re.compile(r"[A-Z]{2}[0-9]{2}")


def _valid(compact: str) -> str | None:
    try:
        return IBAN(compact).compact
    except SchwiftyException:
        return None


def _first_valid_in(text: str) -> str | None:
    """The first valid IBAN in `text`, by its country's length (the note may run on)."""
    letters = re.sub(r"[^0-9A-Z]", "", text.upper())
    for start in _COUNTRY_START.finditer(letters):
        try:
            length = get_iban_spec(start.group()[:2]).iban_length
        except (KeyError, SchwiftyException):  # no country of that code
            continue
        found = _valid(letters[start.start() : start.start() + length])
        if found is not None:
            return found
    return None


def normalise_iban(raw: str) -> NormalisedIdentifier:
    text = _LABEL.sub("", clean_text(raw))
    note = _NOTE.search(text)
    compact = _SEPARATORS.sub("", text[: note.start()] if note else text).upper()
    if compact.startswith("IBAN"):  # "IBANNL91..." without a space
        compact = compact[4:]
    found = _valid(compact)
    if found is None and len(compact) < sum(ch.isalnum() for ch in text):
        found = _first_valid_in(text)  # a note the markers did not cut off may hide it
    if found is None:
        # A wrong checksum is most often a typing error; keep the compact text so the same
        # text matches, but never call it a verified IBAN.
        return NormalisedIdentifier("iban", raw, compact, False)
    return NormalisedIdentifier("iban", raw, found, True)
