"""An interview's answers written as a JSON file: for reviewers, tests and headless commands.

The one parser of that file (`intake-app letter`, `intake-app forms walk`). The document maps
question ids to values as the interview stores them, plus `intake_date`:

    {
      "intake_date": "2026-11-23",
      "victim_date_of_birth": "2007-06-01",          # dates as ISO text
      "incident_kinds": ["image_abuse"],             # choices as option ids
      "safe_now": "yes",                             # yes/no: "yes", "no", "unknown", "declined"
      "contact_avoid": {"state": "declined"},        # any question: "weet ik niet" / "wil ik
                                                     # niet zeggen" as a state
      "suspects": [{"age_years": 41, "family": "yes"}],   # a repeat group: one object each
      "consent_veilig_thuis": "yes"
    }

A saved answer as the store keeps it ({"value": ..., "state": ...}) is accepted too, and so are
repeat-group keys such as "suspects#1.age_years". Bad input is an `AnswersFileError` naming the
field, never echoing its value (values are personal data).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from intake_app.forms.model import Form
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import AnswerKey, AnswerState, InterviewError
from intake_app.interview.session import Interview

INTAKE_DATE = "intake_date"
DOCUMENT = "(the document)"


class AnswersFileError(InterviewError):
    """An answers file that cannot be used; `field` names where, `problem` says what."""

    code = "answers.bad_field"

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def parse_answers_file(text: str | bytes, form: Form) -> Interview:
    """The interview the file describes, answered in the file's order."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")  # a byte-order mark from Windows editors is fine
        data = json.loads(text)
    except UnicodeDecodeError:
        raise AnswersFileError(DOCUMENT, "is not UTF-8 text; save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise AnswersFileError(
            DOCUMENT, f"is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise AnswersFileError(DOCUMENT, "is nested too deeply to be an answers file") from None
    return answers_interview(data, form)


def answers_interview(data: object, form: Form) -> Interview:
    if not isinstance(data, dict):
        raise AnswersFileError(DOCUMENT, "must be a JSON object of question ids and answers")
    interview = Interview(form, _intake_date(data.get(INTAKE_DATE)))
    for key, value in data.items():
        if key == INTAKE_DATE:
            continue
        if not isinstance(key, str):
            raise AnswersFileError(DOCUMENT, "keys must be question ids")
        _answer(interview, key, value)
    problems = _messages(interview)
    if problems:
        key, text = problems[0]
        raise AnswersFileError(key, text)
    return interview


def _intake_date(value: object) -> date:
    if value is None:
        raise AnswersFileError(INTAKE_DATE, "is required (YYYY-MM-DD)")
    if not isinstance(value, str):
        raise AnswersFileError(INTAKE_DATE, "must be a date written as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise AnswersFileError(INTAKE_DATE, "must be a date written as YYYY-MM-DD") from None


def _answer(interview: Interview, key: str, value: Any) -> None:
    try:
        parsed = AnswerKey.parse(key)
    except InterviewError:
        raise AnswersFileError(key, "is not a question id") from None
    question = interview.form.questions.get(parsed.question)
    if question is None:
        raise AnswersFileError(key, "the form has no such question")
    if question.type == QuestionType.REPEAT_GROUP and parsed.group is None:
        _group(interview, key, value)
        return
    if parsed.group is not None and parsed.instance is not None:
        while max(interview.instances(parsed.group), default=0) < parsed.instance:
            if not interview.can_add_instance(parsed.group):
                raise AnswersFileError(key, "more entries than the form allows")
            interview.add_instance(parsed.group)
    _set(interview, key, value)


def _group(interview: Interview, key: str, value: Any) -> None:
    if isinstance(value, dict) and set(value) == {"state"}:
        _set(interview, key, value)
        return
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise AnswersFileError(key, "must be a list with one object of answers per entry")
    for index, entry in enumerate(value, start=1):
        if not interview.can_add_instance(key):
            raise AnswersFileError(f"{key}.{index}", "more entries than the form allows")
        number = interview.add_instance(key)
        for question_id, answer in entry.items():
            question = interview.form.questions.get(str(question_id))
            if question is None or question.group != key:
                raise AnswersFileError(
                    f"{key}.{index}.{question_id}", f"is not a question of {key}"
                )
            _set(interview, f"{key}#{number}.{question_id}", answer)


def _set(interview: Interview, key: str, value: Any) -> None:
    try:
        if isinstance(value, dict) and set(value) <= {"value", "state"} and "state" in value:
            state = value["state"]
            if state in ("unknown", "declined"):
                interview.set_state(key, AnswerState(state))
                return
            if state != "answered" or "value" not in value:
                raise AnswersFileError(key, 'state must be "answered", "unknown" or "declined"')
            value = value["value"]
        interview.set_answer(key, value)
    except AnswersFileError:
        raise
    except InterviewError:
        raise AnswersFileError(key, "is not an answer this question can take") from None


def _messages(interview: Interview) -> list[tuple[str, str]]:
    """What the form itself refuses (a wrong type, an impossible date, a failed check)."""
    found = []
    for message in interview.messages():
        found.append((message.key, message.in_language("en")))
    return found
