"""What has been written down, in plain words, for the person to read back before anything is
printed (DOMAIN.md, trauma-sensitive interviewing).

Only questions with plain wording (`plain:` in forms/) are read back, and only answers that
count: they apply and are valid. Officer-only questions (estimates, notes) have no plain wording.
The lines speak to the person as the questions do: "je" to a minor, "u" to an adult, and about
the child ("uw kind") when a parent or another adult tells (intake_app/forms/address.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from intake_app.forms.expressions import Value
from intake_app.forms.model import IDENTIFIER_KINDS, Question
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview

_WORDS: Mapping[str, Mapping[str, str]] = {
    "nl": {
        "yes": "ja",
        "no": "nee",
        AnswerState.UNKNOWN: "weet ik niet",
        AnswerState.DECLINED: "wil ik niet zeggen",
        "years": "{} jaar",
    },
    "en": {
        "yes": "yes",
        "no": "no",
        AnswerState.UNKNOWN: "I don't know",
        AnswerState.DECLINED: "I'd rather not say",
        "years": "{} years",
    },
}


@dataclass(frozen=True)
class ReadBackLine:
    key: str
    section: str  # the section's title
    instance: int | None  # which person, for a repeat group's questions
    wording: str  # the plain wording of the question
    answer: str


def read_back(interview: Interview, language: str = "nl") -> list[ReadBackLine]:
    form = interview.form
    words = _WORDS.get(language, _WORDS["nl"])
    titles = {
        section.id: section.title.get(language, section.title["nl"]) for section in form.sections
    }
    lines = []
    for slot in interview.applicable():
        question = slot.question
        text = interview.wording(slot, language)
        state = interview.usable_state(slot.key)
        if text.plain is None or state is None or question.type == QuestionType.REPEAT_GROUP:
            continue
        if state == AnswerState.ANSWERED:
            answer = _shown(question, interview.usable_value(slot.key), language, words)
        else:
            answer = words[state]
        lines.append(
            ReadBackLine(slot.key, titles[question.section], slot.instance, text.plain, answer)
        )
    return lines


def _shown(question: Question, value: Value, language: str, words: Mapping[str, str]) -> str:
    if question.type == QuestionType.YES_NO and isinstance(value, str):
        return words[value]
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(
            question.option_text[option].get(language, question.option_text[option]["nl"])
            for option in chosen
            if isinstance(option, str)
        )
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y") if language == "nl" else value.isoformat()
    if question.type == QuestionType.AGE:
        return words["years"].format(value)
    if question.type == QuestionType.IDENTIFIER_LIST and isinstance(value, list):
        return "; ".join(_identifier(item, language) for item in value)
    return str(value)


def _identifier(item: Mapping[str, str], language: str) -> str:
    kind = IDENTIFIER_KINDS[item["kind"]].get(language, IDENTIFIER_KINDS[item["kind"]]["nl"])
    platform = f" ({item['platform']})" if item.get("platform") else ""
    return f"{kind}: {item['value']}{platform}"
