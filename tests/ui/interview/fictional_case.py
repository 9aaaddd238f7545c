"""A fictional case (invented people, numbers and handles) for tests and the screenshot."""

from __future__ import annotations

from datetime import date
from typing import Any

from intake_app.forms.loader import load_form
from intake_app.forms.model import Form
from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview

INTAKE_DATE = date(2026, 11, 23)
SHIPPED_FORM: Form = load_form()


def fictional_interview() -> Interview:
    """An adult, sextortion by an online-only account, money demanded, deadline tomorrow."""
    interview = Interview(SHIPPED_FORM, INTAKE_DATE)
    answers: dict[str, Any] = {
        "purpose_explained": "yes",
        "pause_right_explained": "yes",
        "present_persons": ["nobody"],
        "interview_language": "nl",
        "safe_now": "yes",
        "threat_ongoing": "yes",
        "extortion_deadline": "yes",
        "deadline_within_48h": "yes",
        "deadline_when": "24-11-2026 20:00",
        "self_harm_thoughts": AnswerState.DECLINED,
        "victim_name": "Şükrü Demir (fictief)",
        "victim_date_of_birth": "1998-04-17",
        "contact_safe_ways": ["phone"],
        "contact_phone": "06 12345678",
        "account": "Via een chat-app om beelden gevraagd; nu wordt geld geëist.",
        "incident_kinds": ["sextortion"],
        "incident_first_date": "2026-11-02",
        "incident_ongoing": "yes",
    }
    for key, value in answers.items():
        if isinstance(value, AnswerState):
            interview.set_state(key, value)
        else:
            interview.set_answer(key, value)
    number = interview.add_instance("suspects")
    prefix = f"suspects#{number}."
    interview.set_answer(prefix + "known", "no")
    interview.set_answer(prefix + "description", "Account 'lisa_x_fictief'")
    interview.set_state(prefix + "age_years", AnswerState.UNKNOWN)
    interview.set_answer(prefix + "age_estimate", "adult")
    interview.set_answer(prefix + "relation", "online_only")
    interview.set_answer(prefix + "family", "no")
    interview.set_answer(prefix + "lives_with_victim", "no")
    interview.set_answer(
        prefix + "identifiers",
        [
            {"kind": "handle", "value": "@lisa_x_fictief", "platform": "Instagram"},
            {"kind": "iban", "value": "NL91 ABNA 0417 1643 00"},
        ],
    )
    return interview
