"""Properties over many generated interviews of the real form."""

from __future__ import annotations

import json
import random

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.forms.model import Form
from intake_app.interview.reachability import SAMPLE_DATE, sample_answers
from intake_app.interview.session import Interview
from tests.interview.conftest import SHIPPED_FORM
from tests.interview.contract_schema import TRIAGE_INPUT
from tests.interview.triage_cli import run_triage


def _generated(form: Form, seed: int) -> Interview:
    answers = sample_answers(form, random.Random(seed))  # noqa: S311 - test data
    saved = {key: answer.to_json() for key, answer in answers.items()}
    return Interview.restore(form, SAMPLE_DATE, saved)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_every_interview_gives_a_document_the_triage_contract_accepts(seed: int) -> None:
    interview = _generated(SHIPPED_FORM, seed)

    document = interview.answers_document()

    jsonschema.validate(document, TRIAGE_INPUT)
    assert json.loads(json.dumps(document)) == document
    code, _, errors = run_triage(document)  # never a document the triage refuses as bad input
    assert (code, errors) == (0, "")


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_saving_and_restoring_changes_nothing(seed: int) -> None:
    interview = _generated(SHIPPED_FORM, seed)
    saved = json.loads(json.dumps(interview.saved_answers()))

    restored = Interview.restore(SHIPPED_FORM, SAMPLE_DATE, saved)

    assert restored.answers_document() == interview.answers_document()
    assert [slot.key for slot in restored.applicable()] == [s.key for s in interview.applicable()]
    assert restored.progress() == interview.progress()


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_only_applying_answers_are_open_or_done(seed: int) -> None:
    interview = _generated(SHIPPED_FORM, seed)
    applying = {slot.key for slot in interview.applicable()}

    assert {slot.key for slot in interview.open_questions()} <= applying
    assert sum(p.total for p in interview.progress()) == len(applying)
    assert {message.key for message in interview.messages()} <= applying
