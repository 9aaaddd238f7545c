"""The result of normalising one identifier, and the key it is matched on (R7)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Final

# The kinds the interview records (identifier_list answers); profile_url, url and a WhatsApp
# handle may turn into another kind once parsed (a handle, a phone number).
KINDS: Final = (
    "phone",
    "email",
    "handle",
    "profile_url",
    "url",
    "iban",
    "crypto_wallet",
    "username",
)

# The list of placeholders (hidden-number labels, "weet ik niet") is data beside the code:
# resources/seriality/placeholders.txt, read once when first needed.
PLACEHOLDER_FILE: Final = ("seriality", "placeholders.txt")
_APOSTROPHES: Final = str.maketrans("", "", "'\u2019\u2018`\u00b4")


@dataclass(frozen=True, slots=True)
class MatchKey:
    """What two identifiers must share to match: the kind family and the normalised form.

    The family is the kind, except that handles and groups are per platform
    ("handle:instagram", "group:telegram"): the same name on two platforms may belong to two
    people.
    """

    family: str
    normalised: str = field(repr=False)  # personal data: kept out of logs and tracebacks

    def as_text(self) -> str:
        """One string, e.g. for a database column or as the message of a keyed hash."""
        return f"{self.family}\x1f{self.normalised}"


@dataclass(frozen=True, slots=True)
class NormalisedIdentifier:
    """One identifier as typed (`raw`, always kept) and in its normalised form.

    `verified` is true only when the text was parsed and checked (a valid phone number, an
    IBAN with a correct checksum, a wallet address with a correct checksum, a name that fits the
    platform's rules). Unverified text is kept, lightly cleaned, and still matched: never
    rejected. `entered_as` is the kind the officer chose; `kind` is what it turned out to be
    (a wa.me link entered as a URL is a phone number).
    """

    kind: str
    raw: str = field(repr=False)  # personal data: kept out of logs and tracebacks
    normalised: str = field(repr=False)
    verified: bool
    platform: str | None = None
    entered_as: str | None = None
    # False for text that is kept but names no one: a share link, a bare platform address, a
    # handle with a space in it, a "phone number" without digits.
    links: bool = True

    @property
    def family(self) -> str:
        if self.kind in ("handle", "group"):  # a name or group is only itself on one platform
            return f"{self.kind}:{self.platform or 'other'}"
        return self.kind

    @property
    def match_key(self) -> MatchKey:
        return MatchKey(self.family, self.normalised)

    @property
    def matchable(self) -> bool:
        """False for what must link nothing: empty text, placeholders ("Anoniem", "geen idee"),
        and text that names no one (a share link, a bare platform address)."""
        return self.links and not (is_placeholder(self.normalised) or is_placeholder(self.raw))

    @property
    def key(self) -> str | None:
        """The normalised form two identifiers of one family must share, or None: links nothing."""
        return self.normalised if self.matchable else None


def placeholder_form(text: str) -> str:
    """The form placeholders are compared in: no case, accents, spaces, apostrophes, and no
    punctuation around it ("(Onbekend nummer)" is "onbekendnummer"; "?" and "-" are "")."""
    text = unicodedata.normalize("NFKD", clean_text(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_APOSTROPHES).replace(" ", "")
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PS":
        end -= 1
    return text[start:end]


@cache
def placeholders() -> frozenset[str]:
    """Every listed placeholder in `placeholder_form`, plus "" (empty or only punctuation)."""
    from intake_app.paths import resource_path

    lines = resource_path(*PLACEHOLDER_FILE).read_text(encoding="utf-8").splitlines()
    entries = (line.split("#", 1)[0] for line in lines)
    return frozenset({""} | {placeholder_form(entry) for entry in entries if entry.strip()})


# Cheap refusals first: this runs on every look-up. No placeholder holds a digit, and none is
# longer than this without its spaces.
_DIGIT = re.compile(r"[0-9]")
_LONGEST_PLACEHOLDER: Final = 40


def is_placeholder(text: str) -> bool:
    if _DIGIT.search(text) or len(text) - text.count(" ") > _LONGEST_PLACEHOLDER:
        return False
    return placeholder_form(text) in placeholders()


def clean_text(raw: str) -> str:
    """The light cleaning every kind gets: Unicode NFKC, no control characters, single spaces.

    NFKC turns full-width digits and letters (from some phone keyboards) into plain ones.
    """
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    return " ".join(text.split())


def without_spaces(raw: str) -> str:
    """`clean_text` with every space removed, for text that never holds one (names, links).

    NFKC again afterwards: a removed space can bring a letter and a combining mark together.
    """
    return unicodedata.normalize("NFKC", clean_text(raw).replace(" ", ""))
