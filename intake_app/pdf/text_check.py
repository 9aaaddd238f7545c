"""Before printing: characters the letter cannot print, and text it would print wrongly.

The window calls text_problems() on a letter's texts to warn the officer before printing; the
renderers call ensure_printable() and refuse rather than print something other than was typed.

Arabic (and Hebrew) need shaping and right-to-left ordering; reportlab does neither, so such
text prints as separate letters in left-to-right order: legible to nobody who reads it. That is
a warning, not a block: the officer may confirm (accept_warnings) after adding the name in
Latin letters too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from intake_app.pdf.escape import printable_text
from intake_app.pdf.fonts import has_glyph
from intake_app.referrals.text import Language, LocalText

ProblemKind = Literal["missing_glyph", "right_to_left"]

_MESSAGES: dict[ProblemKind, LocalText] = {
    "missing_glyph": LocalText(
        "Deze tekens kan de brief niet afdrukken: {chars}. Vervang ze, bijvoorbeeld door de "
        "naam in Latijnse letters, of haal ze weg (zoals emoji).",
        "The letter cannot print these characters: {chars}. Replace them, for example with the "
        "name in Latin letters, or remove them (such as emoji).",
    ),
    "right_to_left": LocalText(
        "Arabisch of Hebreeuws schrift wordt als losse letters van links naar rechts afgedrukt "
        "en is dan niet goed leesbaar: {chars}. Zet de naam er ook in Latijnse letters bij.",
        "Arabic or Hebrew script prints as separate letters from left to right and is then not "
        "readable: {chars}. Add the name in Latin letters too.",
    ),
}


@dataclass(frozen=True)
class TextProblem:
    kind: ProblemKind
    characters: tuple[str, ...]

    @property
    def blocking(self) -> bool:
        """A missing glyph always stops the print; unshaped script only until confirmed."""
        return self.kind == "missing_glyph"

    def message(self, language: Language) -> str:
        shown = ", ".join(f"'{char}' (U+{ord(char):04X})" for char in self.characters[:12])
        if len(self.characters) > 12:
            shown += ", …"
        return _MESSAGES[self.kind](language).format(chars=shown)


class UnprintableText(ValueError):
    """The PDF was not made: its text has problems the officer must resolve or confirm."""

    def __init__(self, problems: list[TextProblem]) -> None:
        self.problems = problems
        super().__init__(self.message("en"))

    def message(self, language: Language) -> str:
        return " ".join(problem.message(language) for problem in self.problems)


def missing_glyphs(texts: Iterable[str]) -> tuple[str, ...]:
    """Characters of `texts` the bundled font cannot print, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in printable_text(text):
            if char != "\n" and char not in seen and not has_glyph(char):
                seen[char] = None
    return tuple(seen)


def _right_to_left(texts: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for text in texts:
        for char in printable_text(text):
            if unicodedata.bidirectional(char) in ("R", "AL") and char not in seen:
                seen[char] = None
    return tuple(seen)


def text_problems(texts: Iterable[str]) -> list[TextProblem]:
    materialised = list(texts)
    problems = []
    missing = missing_glyphs(materialised)
    if missing:
        problems.append(TextProblem("missing_glyph", missing))
    rtl = tuple(char for char in _right_to_left(materialised) if char not in missing)
    if rtl:
        problems.append(TextProblem("right_to_left", rtl))
    return problems


def ensure_printable(texts: Iterable[str], *, accept_warnings: bool) -> None:
    """Raise UnprintableText for missing glyphs, and for warnings the officer has not accepted."""
    problems = text_problems(texts)
    if any(problem.blocking or not accept_warnings for problem in problems):
        raise UnprintableText(problems)
