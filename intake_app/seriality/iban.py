"""IBANs checked and put in their compact form with `schwifty` (R7)."""

from __future__ import annotations

import re

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text

_SEPARATORS = re.compile(r"[\s\-.]")


def normalise_iban(raw: str) -> NormalisedIdentifier:
    text = clean_text(raw)
    compact = _SEPARATORS.sub("", text).upper()
    if compact.startswith("IBAN"):  # "IBAN NL91 ..." as printed on some statements
        compact = compact[4:]
    try:
        iban = IBAN(compact)
    except SchwiftyException:
        # A wrong checksum is most often a typing error; keep the compact text so the same
        # text matches, but never call it a verified IBAN.
        return NormalisedIdentifier("iban", raw, compact, False)
    return NormalisedIdentifier("iban", raw, iban.compact, True)
