"""What a consult holds: what the frontoffice needs to advise (R1), and no more.

Built from the same data the summary shows: the triage decision (generically, through the
contract's `to_document`, so fields of newer contract versions flow through), the answers in
the read-back's wording, the series matches (R7) as references, and the consents and letters
recorded. Left out on purpose: the victim's name, date of birth, phone, e-mail and address,
the guardian's details, image locations, and the officer's own notes.

`ConsultContent.model_validate` is also how the frontoffice reads it back: strictly, with
unknown fields refused, so an altered or foreign document never half-loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field

from intake_app.forms.model import Question
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import AnswerKey, AnswerState
from intake_app.interview.read_back import _WORDS, _shown  # the read-back's own wording
from intake_app.interview.session import Interview

CONTENT_VERSION: Final = 1

# R1: urgent matters and what was already done about them.
URGENT_QUESTIONS: Final = (
    "safe_now",
    "threat_ongoing",
    "extortion_deadline",
    "deadline_within_48h",
    "self_harm_thoughts",
    "paid_already",
    "physical_last_date",
    "physical_injuries",
    "csg_call_now",
)
# R10: needs and wishes: aangifte, mededelingsgesprek (R8), how the victim may be contacted.
NEEDS_QUESTIONS: Final = (
    "needs",
    "report_wish",
    "information_form",
    "wants_offender_informed",
    "restorative_interest",
    "contact_safe_ways",
    "contact_avoid",
    "guardian_safe_to_involve",
)
# Who the suspects are; their identifiers travel separately, as typed, for matching (R7).
SUSPECTS_GROUP: Final = "suspects"
SUSPECT_QUESTIONS: Final = (
    "known",
    "description",
    "age_years",
    "age_estimate",
    "relation",
    "family",
    "lives_with_victim",
    "has_access",
)
SUSPECT_IDENTIFIERS: Final = "identifiers"
# The adult's short account, or what a child said of its own accord (R14).
ACCOUNT_QUESTIONS: Final = ("account", "minor_spontaneous_note")


class _Part(BaseModel):
    model_config = ConfigDict(strict=False, extra="forbid", frozen=True)


class OfficerRef(_Part):
    id: str = Field(max_length=64)
    name: str = Field(max_length=200)


class Line(_Part):
    """One question as the officer asked it and the answer in words."""

    key: str = Field(max_length=255)
    question: str = Field(max_length=2000)
    answer: str = Field(max_length=20000)
    person: int | None = None  # which suspect, for a suspect's questions


class SuspectIdentifier(_Part):
    suspect: int
    kind: str = Field(max_length=40)
    value: str = Field(max_length=2000)
    platform: str | None = Field(default=None, max_length=80)


class SeriesRef(_Part):
    reference: str = Field(max_length=100)
    date: date
    station: str | None = Field(default=None, max_length=100)


class ConsentGiven(_Part):
    service: str = Field(max_length=64)
    given_by: str = Field(max_length=64)
    given_at: datetime


class LetterGiven(_Part):
    service: str = Field(max_length=64)
    produced_at: datetime


class ConsultContent(_Part):
    content_version: int = CONTENT_VERSION
    reference: str = Field(max_length=100)
    station: str = Field(max_length=100)
    officer: OfficerRef
    intake_created_at: datetime
    consulted_at: datetime
    intake_status: str = Field(max_length=16)
    training: bool
    decision: dict[str, Any]  # the triage contract's document, whatever its version
    urgent: list[Line]
    needs: list[Line]
    suspects: list[Line]
    identifiers: list[SuspectIdentifier]
    series: list[SeriesRef]
    account: list[Line]
    consents: list[ConsentGiven]
    letters: list[LetterGiven]

    def document(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _question_text(question: Question) -> str:
    chosen = question.text.get("nl") or next(iter(question.text.values()))
    return chosen.ask


def lines(
    interview: Interview, question_ids: Iterable[str], group: str | None = None
) -> list[Line]:
    """The applicable, answered (or "weet ik niet" / "wil ik niet zeggen") questions, in form
    order, in the read-back's Dutch wording."""
    wanted = set(question_ids)
    words = _WORDS["nl"]
    found = []
    for slot in interview.applicable():
        parsed = AnswerKey.parse(slot.key)
        if parsed.group != group or parsed.question not in wanted:
            continue
        question = slot.question
        if question.type == QuestionType.REPEAT_GROUP:
            continue
        state = interview.usable_state(slot.key)
        if state is None:
            continue
        if state == AnswerState.ANSWERED:
            answer = _shown(question, interview.usable_value(slot.key), "nl", words)
        else:
            answer = words[state]
        found.append(
            Line(
                key=slot.key,
                question=_question_text(question),
                answer=answer,
                person=slot.instance,
            )
        )
    return found


def suspect_identifiers(interview: Interview) -> list[SuspectIdentifier]:
    """The suspects' identifiers as typed: the frontoffice normalises them itself (R7)."""
    found = []
    for slot in interview.applicable():
        parsed = AnswerKey.parse(slot.key)
        if parsed.group != SUSPECTS_GROUP or parsed.question != SUSPECT_IDENTIFIERS:
            continue
        if interview.usable_state(slot.key) != AnswerState.ANSWERED:
            continue
        value = interview.usable_value(slot.key)
        for item in value if isinstance(value, list) else []:
            if not isinstance(item, Mapping) or not isinstance(item.get("value"), str):
                continue
            platform = item.get("platform")
            found.append(
                SuspectIdentifier(
                    suspect=slot.instance or 0,
                    kind=str(item.get("kind") or "unknown"),
                    value=item["value"],
                    platform=platform if isinstance(platform, str) and platform else None,
                )
            )
    return found


def build_consult(
    *,
    interview: Interview,
    reference: str,
    station: str,
    officer: OfficerRef,
    intake_created_at: datetime,
    consulted_at: datetime,
    intake_status: str,
    training: bool,
    decision: Mapping[str, Any],
    series: Sequence[SeriesRef],
    consents: Sequence[ConsentGiven],
    letters: Sequence[LetterGiven],
) -> ConsultContent:
    return ConsultContent(
        reference=reference,
        station=station,
        officer=officer,
        intake_created_at=intake_created_at,
        consulted_at=consulted_at,
        intake_status=intake_status,
        training=training,
        decision=dict(decision),
        urgent=lines(interview, URGENT_QUESTIONS),
        needs=lines(interview, NEEDS_QUESTIONS),
        suspects=lines(interview, SUSPECT_QUESTIONS, SUSPECTS_GROUP),
        identifiers=suspect_identifiers(interview),
        series=list(series),
        account=lines(interview, ACCOUNT_QUESTIONS),
        consents=list(consents),
        letters=list(letters),
    )
