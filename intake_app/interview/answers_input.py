"""The answers document as input: what `intake-app forms walk` and `intake-app letter` read.

One JSON object: question ids to values as the interview stores them (ISO dates, lists for a
multiple choice, "yes"/"no" and "unknown"/"declined" for yes/no, a repeat group as a list of
objects of its questions), plus "intake_date". Example:
  {"intake_date": "2026-03-01", "victim_date_of_birth": "2011-05-02",
   "incident_kinds": ["image_abuse"], "suspects": [{"age_years": 17}]}
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
from intake_app.interview.answers import AnswerState, InterviewError, instance_key
from intake_app.interview.session import Interview
from intake_app.interview.validation import validate


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
