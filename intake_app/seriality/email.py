"""E-mail addresses: trimmed and lower-cased; Gmail's own equivalences, and nothing more (R7).

Gmail guarantees that dots in the name do not count, that "+tag" is delivered to the name
before it, and that googlemail.com is gmail.com: "J.Fictief+snap@googlemail.com" is the
account "jfictief@gmail.com", so those are merged. Elsewhere dots and "+tags" are deliberately
kept: many providers deliver "name+tag@" to "name@", but others do not, and at most "j.jansen@"
and "jjansen@" are two mailboxes and may be two people. Merging them could tie an innocent
person to reports of sexual offences and escalate on a false series, which is worse than
missing a link an officer can still see by eye. Lower-casing is safe in practice: providers
treat the local part case-insensitively.
"""

from __future__ import annotations

import re
from typing import Final

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text

# Deliberately plain: one @, no spaces, a domain with a dot. Full RFC 5322 syntax would accept
# text no officer means as an address.
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}")


GMAIL_DOMAINS: Final = frozenset({"gmail.com", "googlemail.com"})


def _gmail_account(address: str) -> str:
    local, at, domain = address.rpartition("@")
    if not at or domain not in GMAIL_DOMAINS or not local:
        return address
    account = local.split("+", 1)[0].replace(".", "")
    return f"{account}@gmail.com" if account else address


def normalise_email(raw: str) -> NormalisedIdentifier:
    text = clean_text(raw)
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :].split("?", 1)[0]
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    normalised = _gmail_account(text.lower())
    verified = _ADDRESS.fullmatch(normalised) is not None and ".." not in normalised
    return NormalisedIdentifier("email", raw, normalised, verified)
