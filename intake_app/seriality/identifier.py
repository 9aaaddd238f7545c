"""The result of normalising one identifier, and the key it is matched on (R7)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
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

# What officers type when they have nothing: such text must never link intakes to each other.
PLACEHOLDERS: Final = frozenset(
    {
        "",
        "-",
        "--",
        "?",
        "??",
        "x",
        "n.v.t.",
        "nvt",
        "n/a",
        "na",
        "geen",
        "none",
        "onbekend",
        "unknown",
        "weet ik niet",
        "wil ik niet zeggen",
        "idk",
    }
)


@dataclass(frozen=True, slots=True)
class MatchKey:
    """What two identifiers must share to match: the kind family and the normalised form.

    The family is the kind, except that handles are per platform ("handle:instagram"): the
    same name on two platforms may belong to two people.
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

    @property
    def family(self) -> str:
        if self.kind == "handle":
            return f"handle:{self.platform or 'other'}"
        return self.kind

    @property
    def match_key(self) -> MatchKey:
        return MatchKey(self.family, self.normalised)

    @property
    def matchable(self) -> bool:
        """False for empty text and placeholders ("onbekend", "-"), which must link nothing."""
        return not (is_placeholder(self.normalised) or is_placeholder(self.raw))


def is_placeholder(text: str) -> bool:
    return clean_text(text).casefold() in PLACEHOLDERS


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
