"""The answers document of the headless triage contract (../shared/triage-contract.md, v1),
and the answers document that `forms walk` and `letter` read (`parse_answers_document`, below).

Only answers that apply and are valid go in: an answer kept in a branch that no longer applies,
or one with a validation message, is left out, exactly as if it had not been given. Yes/no
fields carry "yes", "no", "unknown" or "declined" and are left out when nothing was recorded;
nullable fields of the contract are null then. Dates are ISO `YYYY-MM-DD`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from intake_app.forms.expressions import INTAKE_DATE, Value
from intake_app.forms.model import Form, Question
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import AnswerState, InterviewError, instance_key
from intake_app.interview.validation import validate

if TYPE_CHECKING:
    from intake_app.interview.session import Interview

_INVERTED = {"yes": "no", "no": "yes", "unknown": "unknown", "declined": "declined"}


def answers_document(interview: Interview) -> dict[str, Any]:
    """The input of `intake-app triage`, built from the interview's answers."""
    reader = _Reader(interview)
    kinds = reader.value("incident_kinds")
    document: dict[str, Any] = {
        "intake_date": interview.intake_date.isoformat(),
        "victim": {
            "date_of_birth": reader.iso("victim_date_of_birth"),
            "age_years": reader.value("victim_age_years"),
        },
        "incident": {
            "first_date": reader.iso("incident_first_date"),
            "kinds": list(kinds) if isinstance(kinds, list) else [],
            "physical_last_date": reader.iso("physical_last_date"),
        },
        "suspects": reader.suspects(),
        "coercion": _without_none(
            {
                "pressure_or_force": reader.pressure_or_force(),
                "financial_demand": reader.yes_no("financial_demand"),
                "threat_to_publish": reader.threat_to_publish(),
                "deadline_within_48h": reader.deadline_within_48h(),
            }
        ),
        "safety": _without_none(
            {
                # The officer asks "are you safe now?" (trauma-sensitive); the contract wants
                # the opposite question.
                "in_danger_now": _invert(reader.yes_no("safe_now")),
                "self_harm_thoughts": reader.yes_no("self_harm_thoughts"),
            }
        ),
        "age_gap_override": reader.age_gap_override(),
    }
    for key in ("victim_made_or_shared_material", "wants_offender_informed"):
        answer = reader.yes_no(key)
        if answer is not None:
            document[key] = answer
    return document


def _without_none(fields: dict[str, str | None]) -> dict[str, str]:
    return {key: value for key, value in fields.items() if value is not None}


def _invert(answer: str | None) -> str | None:
    return _INVERTED[answer] if answer is not None else None


class _Reader:
    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    def value(self, key: str) -> Value:
        return self.interview.usable_value(key)

    def iso(self, key: str) -> str | None:
        value = self.value(key)
        return value.isoformat() if isinstance(value, date) else None

    def yes_no(self, key: str) -> str | None:
        state = self.interview.usable_state(key)
        if state in (AnswerState.UNKNOWN, AnswerState.DECLINED):
            return state.value
        value = self.value(key)
        return value if isinstance(value, str) else None

    # Threats and pressure are asked once (DOMAIN.md: no question twice); the pressure
    # section is skipped where an earlier answer already says yes, and reads that answer.
    def pressure_or_force(self) -> str | None:
        if self.yes_no("threat_ongoing") == "yes":
            return "yes"
        return self.yes_no("pressure_or_force")

    def threat_to_publish(self) -> str | None:
        kinds = self.value("incident_kinds")
        if self.yes_no("extortion_deadline") == "yes" or (
            isinstance(kinds, list) and "sextortion" in kinds
        ):
            return "yes"
        return self.yes_no("threat_to_publish")

    def deadline_within_48h(self) -> str | None:
        deadline = self.yes_no("extortion_deadline")
        if deadline == "yes":
            return self.yes_no("deadline_within_48h")
        return deadline  # no deadline at all is "no"; unknown and declined carry over

    def suspects(self) -> list[dict[str, Any]]:
        evaluation = self.interview.evaluation()
        suspects = []
        for number in evaluation.instances.get("suspects", []):

            def key(question: str, number: int = number) -> str:
                return instance_key("suspects", number, question)

            suspect: dict[str, Any] = {
                "age_years": self.value(key("age_years")),
                "age_estimate": self.value(key("age_estimate")),
            }
            suspect |= _without_none(
                {
                    "lives_with_victim": self.lives_with_or_access(key),
                    "family": self.yes_no(key("family")),
                }
            )
            suspects.append(suspect)
        return suspects

    def lives_with_or_access(self, key: Callable[[str], str]) -> str | None:
        # R13 asks whether the suspect lives with *or has access to* the victim; the contract
        # has one field for it, so access answered "yes" counts as living with the victim.
        lives_with = self.yes_no(key("lives_with_victim"))
        if lives_with != "yes" and self.yes_no(key("has_access")) == "yes":
            return "yes"
        return lives_with

    def age_gap_override(self) -> dict[str, Any] | None:
        # R5: the officer may override the computed judgement, always with a recorded reason.
        assessment = self.value("age_gap_assessment")
        reason = self.value("age_gap_reason")
        if assessment not in ("more_than_slight", "slight") or not isinstance(reason, str):
            return None
        return {"more_than_slight": assessment == "more_than_slight", "reason": reason}


# -- the answers document as input (`intake-app forms walk`, `intake-app letter`) --------------
#
# One JSON object: question ids to values as the interview stores them (ISO dates, lists for a
# multiple choice, "yes"/"no" and "unknown"/"declined" for yes/no, a repeat group as a list of
# objects of its questions), plus "intake_date". Example:
#   {"intake_date": "2026-03-01", "victim_date_of_birth": "2011-05-02",
#    "incident_kinds": ["image_abuse"], "suspects": [{"age_years": 17}]}


class AnswersDocumentError(InterviewError):
    """An answers document that cannot be used; `field` names the offending entry."""

    code = "answers.invalid"

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


def parse_answers_document(text: str) -> tuple[date, dict[str, Any]]:
    """The intake date and the answers (id: JSON value) of an answers document."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswersDocumentError(
            "(document)", f"not JSON ({exc.msg}, line {exc.lineno})"
        ) from exc
    if not isinstance(data, dict):
        raise AnswersDocumentError("(document)", "must be a JSON object of question ids")
    answers = dict(data)
    raw_date = answers.pop(INTAKE_DATE, None)
    if not isinstance(raw_date, str):
        raise AnswersDocumentError(INTAKE_DATE, "required, as an ISO date (YYYY-MM-DD)")
    try:
        intake_date = date.fromisoformat(raw_date)
    except ValueError as exc:
        raise AnswersDocumentError(INTAKE_DATE, f"'{raw_date}' is not an ISO date") from exc
    return intake_date, answers


def interview_from_document(form: Form, text: str) -> Interview:
    """An interview holding the answers of a document; AnswersDocumentError names the first
    field that is unknown to the form or whose value does not fit its question."""
    from intake_app.interview.session import Interview  # session imports this module

    intake_date, answers = parse_answers_document(text)
    interview = Interview(form, intake_date)
    fields: dict[str, str] = {}  # answer key: the field as the document names it
    for key, value in answers.items():
        question = form.questions.get(key)
        if question is None or question.group is not None:
            raise AnswersDocumentError(key, "not a question of the form")
        if question.type == QuestionType.REPEAT_GROUP:
            _give_group(interview, question, key, value, fields)
        else:
            _give(interview, question, key, key, value, fields)
    # Checks that compare answers (a date before the birth date) can only run on the whole.
    for message in interview.messages():
        raise AnswersDocumentError(fields.get(message.key, message.key), message.in_language("en"))
    return interview


def _give_group(
    interview: Interview, group: Question, key: str, value: Any, fields: dict[str, str]
) -> None:
    if value in ("unknown", "declined"):
        interview.set_state(key, AnswerState(value))
        return
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise AnswersDocumentError(key, "a repeat group is a list of objects of its questions")
    if group.max_items is not None and len(value) > group.max_items:
        raise AnswersDocumentError(key, f"at most {group.max_items} entries")
    members = {question.id: question for question in group.questions}
    for index, item in enumerate(value):
        number = interview.add_instance(key)
        for inner, inner_value in item.items():
            field = f"{key}[{index}].{inner}"
            if inner not in members:
                raise AnswersDocumentError(field, f"not a question of '{key}'")
            answer_key = instance_key(key, number, inner)
            _give(interview, members[inner], field, answer_key, inner_value, fields)


def _give(
    interview: Interview,
    question: Question,
    field: str,
    key: str,
    value: Any,
    fields: dict[str, str],
) -> None:
    fields[key] = field
    states = ("unknown", "declined")
    if value in states and question.type != QuestionType.YES_NO:
        interview.set_state(key, AnswerState(value))
        return
    if not (question.type == QuestionType.YES_NO and value in states):
        # The value's own shape, also for a question that does not apply (yet).
        _, problems = validate(question, key, value, interview.intake_date)
        if problems:
            raise AnswersDocumentError(field, problems[0].in_language("en"))
    try:
        interview.set_answer(key, value)
    except InterviewError as exc:
        raise AnswersDocumentError(field, str(exc)) from exc
