"""Checking one typed answer against its question, with messages in Dutch and English.

A value that fails is kept as typed (the officer corrects it); only a valid value counts for
conditions, progress, triage and letters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_app.forms.expressions import Value
from intake_app.forms.model import IDENTIFIER_KINDS, Question
from intake_app.forms.schema import QuestionType

MAX_YEARS_BACK = 120
MAX_IDENTIFIER_LENGTH = 500
MAX_PLATFORM_LENGTH = 60
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE_NUMBER = re.compile(r"\s*\d{1,3}\s*")

# Every text answer may reach a letter: a cap in lines as well as characters, so 10,000
# line breaks cannot turn one field into a 200-page letter.
MAX_TEXT_LINES = 40


@dataclass(frozen=True)
class Message:
    """A problem with one answer, for the officer, in each language of the app."""

    key: str
    code: str
    text: Mapping[str, str]  # language: text

    def in_language(self, language: str) -> str:
        return self.text.get(language) or self.text["nl"]


def _message(key: str, code: str, nl: str, en: str) -> Message:
    return Message(key=key, code=code, text={"nl": nl, "en": en})


def validate(
    question: Question, key: str, raw: Any, intake_date: date
) -> tuple[Value, list[Message]]:
    """The typed value (date, int, str, list) and the problems; the value is None if any."""
    match question.type:
        case QuestionType.SHORT_TEXT | QuestionType.LONG_TEXT:
            return _text(question, key, raw)
        case QuestionType.DATE:
            return _date(key, raw, intake_date)
        case QuestionType.AGE:
            return _age(question, key, raw)
        case QuestionType.SINGLE_CHOICE | QuestionType.YES_NO:
            return _choice(question, key, raw)
        case QuestionType.MULTIPLE_CHOICE:
            return _choices(question, key, raw)
        case QuestionType.IDENTIFIER_LIST:
            return _identifiers(key, raw)
    return None, [
        _message(
            key,
            "not_answerable",
            "Deze vraag heeft geen eigen antwoord.",
            "This question takes no answer of its own.",
        )
    ]


def _wrong_type(key: str, nl: str, en: str) -> tuple[Value, list[Message]]:
    return None, [_message(key, "wrong_type", nl, en)]


def _text(question: Question, key: str, raw: Any) -> tuple[Value, list[Message]]:
    if not isinstance(raw, str):
        return _wrong_type(key, "Vul tekst in.", "Enter text.")
    limit = question.max_length or 0
    if limit and len(raw) > limit:
        return None, [
            _message(
                key,
                "too_long",
                f"Maximaal {limit} tekens; nu {len(raw)}. Maak de tekst korter.",
                f"At most {limit} characters; now {len(raw)}. Shorten the text.",
            )
        ]
    lines = raw.count("\n") + 1
    if lines > MAX_TEXT_LINES:
        return None, [
            _message(
                key,
                "too_many_lines",
                f"Maximaal {MAX_TEXT_LINES} regels; nu {lines}. Voeg regels samen.",
                f"At most {MAX_TEXT_LINES} lines; now {lines}. Join some lines.",
            )
        ]
    return raw.strip(), []


def _date(key: str, raw: Any, intake_date: date) -> tuple[Value, list[Message]]:
    parsed = None
    if isinstance(raw, str) and _ISO_DATE.fullmatch(raw.strip()):
        try:
            parsed = date.fromisoformat(raw.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        return None, [
            _message(
                key,
                "not_a_date",
                "Dit is geen bestaande datum. Gebruik jjjj-mm-dd.",
                "This is not an existing date. Use yyyy-mm-dd.",
            )
        ]
    if parsed > intake_date:
        return None, [
            _message(
                key,
                "date_in_future",
                "Deze datum ligt in de toekomst. Controleer de datum.",
                "This date is in the future. Check the date.",
            )
        ]
    if parsed.year < intake_date.year - MAX_YEARS_BACK:
        return None, [
            _message(
                key,
                "date_too_early",
                f"Deze datum ligt meer dan {MAX_YEARS_BACK} jaar terug. Controleer het jaar.",
                f"This date is more than {MAX_YEARS_BACK} years ago. Check the year.",
            )
        ]
    return parsed, []


def _age(question: Question, key: str, raw: Any) -> tuple[Value, list[Message]]:
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, str) and _WHOLE_NUMBER.fullmatch(raw):
        value = int(raw)
    if value is None:
        return _wrong_type(
            key, "Vul een leeftijd in hele jaren in.", "Enter an age in whole years."
        )
    low, high = question.min_value, question.max_value
    if not low <= value <= high:
        return None, [
            _message(
                key,
                "age_out_of_range",
                f"Een leeftijd ligt tussen {low} en {high} jaar.",
                f"An age lies between {low} and {high} years.",
            )
        ]
    return value, []


def _allowed(question: Question) -> tuple[str, ...]:
    return ("yes", "no") if question.type == QuestionType.YES_NO else question.options


def _choice(question: Question, key: str, raw: Any) -> tuple[Value, list[Message]]:
    if isinstance(raw, str) and raw in _allowed(question):
        return raw, []
    return None, [
        _message(key, "unknown_option", "Kies een van de antwoorden.", "Choose one of the answers.")
    ]


def _choices(question: Question, key: str, raw: Any) -> tuple[Value, list[Message]]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        return _wrong_type(key, "Kies een of meer antwoorden.", "Choose one or more answers.")
    if any(item not in question.options for item in raw) or len(set(raw)) != len(raw):
        return None, [
            _message(
                key,
                "unknown_option",
                "Kies alleen uit de antwoorden, elk één keer.",
                "Choose only from the answers, each once.",
            )
        ]
    return list(raw), []


def _identifiers(key: str, raw: Any) -> tuple[Value, list[Message]]:
    if not isinstance(raw, list):
        return _wrong_type(key, "Vul een of meer gegevens in.", "Enter one or more details.")
    problems: list[Message] = []
    for position, item in enumerate(raw, start=1):
        problems.extend(_identifier(key, position, item))
    if problems:
        return None, problems
    return [dict(item) for item in raw], []


def _identifier(key: str, position: int, item: Any) -> list[Message]:
    if not isinstance(item, dict) or not {"kind", "value"} <= set(item):
        return [
            _message(
                key,
                "identifier_incomplete",
                f"Gegeven {position}: kies een soort en vul de waarde in.",
                f"Detail {position}: choose a kind and enter the value.",
            )
        ]
    kind, value, platform = item.get("kind"), item.get("value"), item.get("platform")
    if kind not in IDENTIFIER_KINDS or set(item) - {"kind", "value", "platform"}:
        return [
            _message(
                key,
                "identifier_kind",
                f"Gegeven {position}: kies een soort uit de lijst.",
                f"Detail {position}: choose a kind from the list.",
            )
        ]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_IDENTIFIER_LENGTH:
        return [
            _message(
                key,
                "identifier_value",
                f"Gegeven {position}: vul de waarde in (maximaal {MAX_IDENTIFIER_LENGTH} tekens).",
                f"Detail {position}: enter the value (at most {MAX_IDENTIFIER_LENGTH} characters).",
            )
        ]
    needs_platform = kind == "handle"
    platform_ok = isinstance(platform, str) and 0 < len(platform.strip()) <= MAX_PLATFORM_LENGTH
    if needs_platform and not platform_ok:
        return [
            _message(
                key,
                "identifier_platform",
                f"Gegeven {position}: vul bij een accountnaam het platform in.",
                f"Detail {position}: enter the platform for a handle.",
            )
        ]
    if not needs_platform and platform is not None and not platform_ok:
        return [
            _message(
                key,
                "identifier_platform",
                f"Gegeven {position}: het platform is te lang of leeg.",
                f"Detail {position}: the platform is too long or empty.",
            )
        ]
    return []


def check_message(key: str, check_id: str, text: Mapping[str, str]) -> Message:
    return Message(key=key, code=f"check:{check_id}", text=dict(text))
