"""The answers document as input: the one parser of what `intake-app forms walk` and
`intake-app letter` read.

One JSON object: question ids to values as the interview stores them, plus "intake_date":

    {
      "intake_date": "2026-11-23",
      "victim_date_of_birth": "2007-06-01",          # dates as ISO text
      "incident_kinds": ["image_abuse"],             # choices as option ids
      "safe_now": "yes",                             # yes/no: "yes", "no", "unknown", "declined"
      "contact_avoid": "declined",                   # any question: "weet ik niet" / "wil ik
                                                     # niet zeggen" as "unknown" / "declined"
      "suspects": [{"age_years": 41, "family": "yes"}],   # a repeat group: one object each
      "consent_veilig_thuis": "yes"
    }

A saved answer as the store keeps it ({"value": ..., "state": ...}, or {"state": "declined"})
is accepted too, and so are repeat-group keys such as "suspects#1.age_years". Bad input is an
`AnswersDocumentError` naming the field (`suspects[0].age_years`), never echoing its value
(values are personal data).

Its own module, apart from answers_document (the document triage reads), because it builds an
interview session, and the session imports answers_document.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from intake_app.forms.expressions import INTAKE_DATE
from intake_app.forms.model import Form, Question
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import AnswerKey, AnswerState, InterviewError, instance_key
from intake_app.interview.session import Interview
from intake_app.interview.validation import validate

DOCUMENT = "(document)"
_STATES = ("unknown", "declined")


class AnswersDocumentError(InterviewError):
    """An answers document that cannot be used; `field` names the offending entry."""

    code = "answers.invalid"

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


def parse_answers_document(text: str | bytes) -> tuple[date, dict[str, Any]]:
    """The intake date and the answers (id: JSON value) of an answers document."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        # A byte-order mark from Windows editors is fine.
        data = json.loads(text.removeprefix("\ufeff"))
    except UnicodeDecodeError:
        raise AnswersDocumentError(DOCUMENT, "not UTF-8 text; save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise AnswersDocumentError(
            DOCUMENT, f"not JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise AnswersDocumentError(DOCUMENT, "nested too deeply to be answers") from None
    if not isinstance(data, dict):
        raise AnswersDocumentError(DOCUMENT, "must be a JSON object of question ids")
    answers = dict(data)
    raw_date = answers.pop(INTAKE_DATE, None)
    if not isinstance(raw_date, str):
        raise AnswersDocumentError(INTAKE_DATE, "required, as an ISO date (YYYY-MM-DD)")
    try:
        intake_date = date.fromisoformat(raw_date)
    except ValueError:
        raise AnswersDocumentError(INTAKE_DATE, "not an ISO date (YYYY-MM-DD)") from None
    return intake_date, answers


def interview_from_document(form: Form, text: str | bytes) -> Interview:
    """An interview holding the answers of a document, in the document's order;
    AnswersDocumentError names the first field that is unknown to the form or whose value
    does not fit its question."""
    intake_date, answers = parse_answers_document(text)
    interview = Interview(form, intake_date)
    fields: dict[str, str] = {}  # answer key: the field as the document names it
    for key, value in answers.items():
        _answer(interview, key, value, fields)
    # Checks that compare answers (a date before the birth date) can only run on the whole.
    for message in interview.messages():
        raise AnswersDocumentError(fields.get(message.key, message.key), message.in_language("en"))
    return interview


def _answer(interview: Interview, key: str, value: Any, fields: dict[str, str]) -> None:
    try:
        parsed = AnswerKey.parse(key)
    except InterviewError:
        raise AnswersDocumentError(key, "not a question of the form") from None
    question = interview.form.questions.get(parsed.question)
    if question is None or question.group != parsed.group:
        raise AnswersDocumentError(key, "not a question of the form")
    if question.type == QuestionType.REPEAT_GROUP:
        _give_group(interview, question, key, value, fields)
        return
    if parsed.group is not None and parsed.instance is not None:
        # "suspects#2.age_years": the entries up to that one exist.
        while max(interview.instances(parsed.group), default=0) < parsed.instance:
            if not interview.can_add_instance(parsed.group):
                raise AnswersDocumentError(key, "more entries than the form allows")
            interview.add_instance(parsed.group)
    _give(interview, question, key, key, value, fields)


def _give_group(
    interview: Interview, group: Question, key: str, value: Any, fields: dict[str, str]
) -> None:
    state = _state_of(value)
    if state is not None:
        fields[key] = key
        interview.set_state(key, state)
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


def _state_of(value: Any) -> AnswerState | None:
    """A repeat group's "unknown" / "declined", as a value or as a saved state."""
    if isinstance(value, dict) and set(value) == {"state"}:
        value = value["state"]
    return AnswerState(value) if isinstance(value, str) and value in _STATES else None


def _give(
    interview: Interview,
    question: Question,
    field: str,
    key: str,
    value: Any,
    fields: dict[str, str],
) -> None:
    fields[key] = field
    if isinstance(value, dict) and set(value) <= {"value", "state"} and "state" in value:
        # A saved answer as the store keeps it.
        state = value["state"]
        if state in _STATES:
            interview.set_state(key, AnswerState(state))
            return
        if state != "answered" or "value" not in value:
            raise AnswersDocumentError(field, 'state must be "answered", "unknown" or "declined"')
        value = value["value"]
    if value in _STATES and question.type != QuestionType.YES_NO:
        interview.set_state(key, AnswerState(value))
        return
    if not (question.type == QuestionType.YES_NO and value in _STATES):
        # The value's own shape, also for a question that does not apply (yet).
        _, problems = validate(question, key, value, interview.intake_date)
        if problems:
            raise AnswersDocumentError(field, problems[0].in_language("en"))
    try:
        interview.set_answer(key, value)
    except InterviewError as exc:
        raise AnswersDocumentError(field, str(exc)) from exc
