"""Text in the two languages a letter can be written in, and the few formats letters share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

_MONTHS: dict[Language, tuple[str, ...]] = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class LocalText:
    """One sentence or label in Dutch and in English."""

    nl: str
    en: str

    def __call__(self, language: Language) -> str:
        return self.nl if language == "nl" else self.en


def long_date(day: date, language: Language) -> str:
    """'23 november 2026' / '23 November 2026', without depending on the machine's locale."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"
