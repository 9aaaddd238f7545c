"""E-mail addresses: trimmed and lower-cased, nothing more (R7).

Dots and "+tags" in the local part are deliberately kept. Gmail ignores dots and many providers
deliver "name+tag@" to "name@", but others do not: at those, "j.jansen@" and "jjansen@" are two
mailboxes and may be two people. Merging them could tie an innocent person to reports of sexual
offences and escalate on a false series, which is worse than missing a link an officer can still
see by eye. Lower-casing is safe in practice: providers treat the local part case-insensitively.
"""

from __future__ import annotations

import re

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text

# Deliberately plain: one @, no spaces, a domain with a dot. Full RFC 5322 syntax would accept
# text no officer means as an address.
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}")


def normalise_email(raw: str) -> NormalisedIdentifier:
    text = clean_text(raw)
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :].split("?", 1)[0]
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    normalised = text.lower()
    verified = _ADDRESS.fullmatch(normalised) is not None and ".." not in normalised
    return NormalisedIdentifier("email", raw, normalised, verified)
