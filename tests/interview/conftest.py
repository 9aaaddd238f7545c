from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from intake_app.forms.loader import load_form
from intake_app.forms.model import Form
from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview

INTAKE_DATE = date(2026, 11, 23)
SHIPPED_FORM = load_form()


@pytest.fixture
def form() -> Form:
    return SHIPPED_FORM


@pytest.fixture
def interview(form: Form) -> Interview:
    return Interview(form, INTAKE_DATE)


def give(interview: Interview, answers: Mapping[str, Any]) -> None:
    """Answer in order, as an officer would; AnswerState values record unknown / declined.

    Every answer given must apply at the moment it is given and be accepted, so a scenario
    that drifts from the form fails loudly instead of testing nothing.
    """
    for key, value in answers.items():
        assert interview.is_applicable(key), f"{key} does not apply here"
        if isinstance(value, AnswerState):
            interview.set_state(key, value)
        else:
            assert interview.set_answer(key, value) == [], key
