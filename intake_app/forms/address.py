"""Who the interview speaks to, and in which form (R14: "je" to minors, "u" to adults, about
the child when a parent or another adult reports for them).

A question's wording is either the same for everyone (it addresses nobody: "Wie is er bij dit
gesprek aanwezig?") or one variant per address:

    ask:
      je: Ben je nu veilig?
      u: Bent u nu veilig?
      about_child: Is {child} nu veilig?

`{child}` becomes "uw kind" when a parent or guardian tells, "het kind" when another adult does
(and "de persoon" for an adult victim). The variant is chosen when the interview is evaluated,
from the answer to `reporter` and the age now, so earlier questions follow a later birth date.
`forms check` refuses variants that are missing or mix the forms (see `address_problems`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

REPORTER_QUESTION = "reporter"
REPORTERS = ("victim", "guardian", "other")  # unanswered: the victim tells


class Address(StrEnum):
    JE = "je"  # a minor, telling themselves
    U = "u"  # an adult, telling themselves
    ABOUT_CHILD = "about_child"  # a parent or another adult, telling about the victim


CHILD = "{child}"
CHILD_CAPITALISED = "{Child}"

# What `{child}` becomes, by who tells and the language.
_CHILD_WORDS: Mapping[str, Mapping[str, str]] = {
    "guardian": {"nl": "uw kind", "en": "your child"},
    "other": {"nl": "het kind", "en": "the child"},
    "other_adult_victim": {"nl": "de persoon", "en": "the person"},
}

# Words that address someone, outside quotation marks (an extortionist's quoted words keep
# their own). "u" words may not appear in a "je" variant and the other way round.
U_WORDS = ("u", "uw", "uzelf", "u'tje")
JE_WORDS = ("je", "jij", "jou", "jouw", "jezelf", "jouzelf")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^”“]*[”“]")


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)


_U = _words_pattern(U_WORDS)
_JE = _words_pattern(JE_WORDS)


def unquoted(text: str) -> str:
    """The text without what stands between quotation marks."""
    return _QUOTED.sub(" ", text)


def u_word(text: str) -> str | None:
    """The first "u" word addressing someone in `text` (quotes left out), or None."""
    found = _U.search(unquoted(text))
    return found.group(0) if found else None


def je_word(text: str) -> str | None:
    """The first "je" word addressing someone in `text` (quotes left out), or None."""
    found = _JE.search(unquoted(text))
    return found.group(0) if found else None


@dataclass(frozen=True)
class Addressee:
    """The person at the desk: how to address them and what to call the victim."""

    address: Address
    reporter: str = "victim"
    victim_adult: bool = False

    def child_words(self, language: str) -> str:
        key = self.reporter
        if key == "other" and self.victim_adult:
            key = "other_adult_victim"
        words = _CHILD_WORDS.get(key, _CHILD_WORDS["guardian"])
        return words.get(language, words["en"])

    def render(self, wording: Mapping[str, str] | str, language: str) -> str:
        """The variant for this person, `{child}` filled in (neutral wording as it is)."""
        if isinstance(wording, str):
            return wording
        text = wording.get(self.address.value) or wording[Address.U.value]
        if self.address != Address.ABOUT_CHILD:
            return text
        words = self.child_words(language)
        return text.replace(CHILD, words).replace(CHILD_CAPITALISED, words[:1].upper() + words[1:])


VICTIM = Addressee(Address.U)  # before anything is known


def addressee_for(reporter: object, adult_now: bool) -> Addressee:
    """Who is addressed, from the answer to `reporter` (unanswered: the victim) and the age now."""
    if reporter in ("guardian", "other"):
        return Addressee(Address.ABOUT_CHILD, str(reporter), adult_now)
    return Addressee(Address.U if adult_now else Address.JE, "victim", adult_now)


def reader_address(reporter: object, adult_now: bool) -> Address:
    """ "je" or "u" for a text the person takes home (the information sheet): "je" only when a
    minor victim reads it; a parent or another adult is "u"."""
    if reporter in ("guardian", "other") or adult_now:
        return Address.U
    return Address.JE
