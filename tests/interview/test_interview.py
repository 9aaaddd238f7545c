"""The interview API the UI drives and the store saves."""

from __future__ import annotations

import json

import pytest

from intake_app.forms.model import Form
from intake_app.interview.answers import Answer, AnswerKey, AnswerState, InterviewError
from intake_app.interview.session import Interview
from tests.interview.conftest import INTAKE_DATE, give


def test_an_invalid_answer_is_kept_as_typed_with_messages_in_both_languages(
    interview: Interview,
) -> None:
    messages = interview.set_answer("victim_date_of_birth", "2030-01-01")

    assert [m.code for m in messages] == ["date_in_future"]
    assert messages[0].in_language("nl") == "Deze datum ligt in de toekomst. Controleer de datum."
    assert messages[0].in_language("en") == "This date is in the future. Check the date."
    assert interview.answer("victim_date_of_birth") == Answer("2030-01-01")
    assert interview.usable_value("victim_date_of_birth") is None
    assert interview.answers_document()["victim"]["date_of_birth"] is None
    assert "victim_date_of_birth" in [slot.key for slot in interview.open_questions()]


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("victim_date_of_birth", "23-11-2010", "not_a_date"),
        ("victim_date_of_birth", "2010-02-30", "not_a_date"),
        ("victim_date_of_birth", "1900-01-01", "date_too_early"),
        ("victim_age_years", 121, "age_out_of_range"),
        ("victim_age_years", "vijftien", "wrong_type"),
        ("safe_now", "misschien", "unknown_option"),
        ("incident_kinds", ["sextortion", "sextortion"], "unknown_option"),
        ("incident_kinds", ["hacking"], "unknown_option"),
        ("contact_avoid", "x" * 301, "too_long"),
        ("contact_avoid", 12, "wrong_type"),
        ("officer_notes", "regel\n" * 100, "too_many_lines"),  # 600 characters, 101 lines
    ],
)
def test_validation_messages_name_what_to_fix(
    interview: Interview, key: str, value: object, code: str
) -> None:
    assert [message.code for message in interview.set_answer(key, value)] == [code]


def test_typed_ages_are_accepted_as_text_too(interview: Interview) -> None:
    assert interview.set_answer("victim_age_years", " 15 ") == []
    assert interview.usable_value("victim_age_years") == 15


@pytest.mark.parametrize(
    ("identifier", "code"),
    [
        ({"kind": "handle", "value": "@fictief"}, "identifier_platform"),
        ({"kind": "fax", "value": "123"}, "identifier_kind"),
        ({"kind": "email", "value": "  "}, "identifier_value"),
        ({"value": "x"}, "identifier_incomplete"),
        ({"kind": "email", "value": "a@b.invalid", "note": "x"}, "identifier_kind"),
    ],
)
def test_identifier_lists_are_checked_item_by_item(
    interview: Interview, identifier: dict[str, str], code: str
) -> None:
    number = interview.add_instance("suspects")

    messages = interview.set_answer(f"suspects#{number}.identifiers", [identifier])

    assert [message.code for message in messages] == [code]


def test_the_date_of_birth_must_precede_the_incident(interview: Interview) -> None:
    give(interview, {"victim_date_of_birth": "2011-03-02"})

    messages = interview.set_answer("incident_first_date", "2010-01-01")

    assert [message.code for message in messages] == ["check:after_birth"]
    assert interview.answers_document()["incident"]["first_date"] is None


def test_ages_must_fit_the_incident_date(interview: Interview) -> None:
    # The triage refuses a document in which someone was not yet born at the incident.
    give(interview, {"victim_age_years": 14})
    number = interview.add_instance("suspects")

    victim = interview.set_answer("incident_first_date", "2010-01-01")
    give(interview, {"incident_first_date": "2024-01-01"})
    suspect = interview.set_answer(f"suspects#{number}.age_years", 1)

    assert [message.code for message in victim] == ["check:after_birth_by_age"]
    assert [message.code for message in suspect] == ["check:born_by_then"]
    assert interview.answers_document()["suspects"][0]["age_years"] is None


def test_empty_answers_are_not_recorded(interview: Interview) -> None:
    give(interview, {"contact_avoid": "Geen post"})

    interview.set_answer("contact_avoid", "   ")
    interview.set_answer("incident_kinds", [])

    assert interview.answer("contact_avoid") is None
    assert interview.answer("incident_kinds") is None


def test_unknown_and_declined_are_states_not_empty_values(interview: Interview) -> None:
    interview.set_answer("safe_now", "unknown")
    interview.set_state("victim_date_of_birth", AnswerState.DECLINED)

    assert interview.saved_answers() == {
        "safe_now": {"value": None, "state": "unknown"},
        "victim_date_of_birth": {"value": None, "state": "declined"},
    }
    assert interview.answers_document()["safety"] == {"in_danger_now": "unknown"}
    assert interview.is_applicable("victim_age_years")  # asked instead of the date of birth


def test_answers_in_branches_that_no_longer_apply_are_kept_but_not_used(
    interview: Interview,
) -> None:
    give(interview, {"incident_kinds": ["rape"], "physical_last_date": "2026-11-20"})

    interview.set_answer("incident_kinds", ["sextortion"])

    assert interview.answer("physical_last_date") == Answer("2026-11-20")
    assert not interview.is_applicable("physical_last_date")
    assert interview.answers_document()["incident"]["physical_last_date"] is None
    interview.set_answer("incident_kinds", ["sextortion", "rape"])  # the branch returns
    assert interview.answers_document()["incident"]["physical_last_date"] == "2026-11-20"


def test_a_hidden_answer_does_not_steer_later_questions(interview: Interview) -> None:
    give(interview, {"extortion_deadline": "yes", "deadline_within_48h": "yes"})

    interview.set_answer("extortion_deadline", "no")

    assert interview.answers_document()["coercion"] == {"deadline_within_48h": "no"}


def test_R13_access_to_the_victim_is_not_living_together_for_triage(
    interview: Interview,
) -> None:
    # R13: "has access" is not "lives with": only living with a child makes it acute.
    number = interview.add_instance("suspects")
    give(interview, {f"suspects#{number}.lives_with_victim": "no"})
    give(interview, {f"suspects#{number}.has_access": "yes"})

    suspect = interview.answers_document()["suspects"][0]
    assert (suspect["lives_with_victim"], suspect["has_access"]) == ("no", "yes")
    interview.set_answer(f"suspects#{number}.lives_with_victim", "yes")
    assert not interview.is_applicable(f"suspects#{number}.has_access")


def test_repeat_group_numbers_are_never_reused(interview: Interview, form: Form) -> None:
    first, second = interview.add_instance("suspects"), interview.add_instance("suspects")
    give(interview, {f"suspects#{second}.age_years": 40, f"suspects#{second}.family": "no"})

    removed = interview.remove_instance("suspects", second)
    third = interview.add_instance("suspects")
    restored = Interview.restore(form, INTAKE_DATE, interview.saved_answers())

    assert (first, second, third) == (1, 2, 3)
    assert sorted(removed) == ["suspects#2.age_years", "suspects#2.family"]
    assert interview.instances("suspects") == [1, 3]
    assert restored.add_instance("suspects") == 4
    with pytest.raises(InterviewError, match="has no entry 2"):
        interview.set_answer("suspects#2.age_years", 30)


def test_a_repeat_group_has_a_maximum(interview: Interview, form: Form) -> None:
    limit = form.question("suspects").max_items
    assert limit is not None
    for _ in range(limit):
        interview.add_instance("suspects")

    assert not interview.can_add_instance("suspects")
    with pytest.raises(InterviewError, match="maximum"):
        interview.add_instance("suspects")


@pytest.mark.parametrize(
    ("key", "match"),
    [
        ("nonsense", "has no question 'nonsense'"),
        ("Safe Now", "is not an answer key"),
        ("suspects#1.safe_now", "belongs to no group"),
        ("age_years", "belongs to the repeat group 'suspects'"),
        ("suspects", "is a repeat group"),
    ],
)
def test_wrong_keys_are_refused_clearly(interview: Interview, key: str, match: str) -> None:
    with pytest.raises(InterviewError, match=match):
        interview.set_answer(key, "yes")


def test_restore_gives_the_same_interview_and_keeps_what_it_cannot_use(
    interview: Interview, form: Form
) -> None:
    number = interview.add_instance("suspects")
    give(
        interview,
        {
            "safe_now": "yes",
            "victim_date_of_birth": "2011-03-02",
            "incident_kinds": ["sextortion"],
            f"suspects#{number}.age_years": 19,
            f"suspects#{number}.identifiers": [{"kind": "email", "value": "f@voorbeeld.invalid"}],
        },
    )
    interview.set_answer("contact_avoid", "x" * 400)  # invalid, kept as typed
    saved = json.loads(json.dumps(interview.saved_answers()))  # the store keeps plain JSON
    saved["question_of_an_older_form"] = {"value": "ja", "state": "answered"}
    saved["safe_now_broken"] = "not an answer"

    restored = Interview.restore(form, INTAKE_DATE, saved)

    assert restored.answers_document() == interview.answers_document()
    assert restored.saved_answers() == saved
    assert [m.code for m in restored.messages("contact_avoid")] == ["too_long"]


def test_progress_and_open_questions_follow_the_answers(interview: Interview) -> None:
    before = {p.section: (p.done, p.total) for p in interview.progress()}

    give(interview, {"safe_now": "yes", "threat_ongoing": "no", "extortion_deadline": "yes"})
    after = {p.section: (p.done, p.total) for p in interview.progress()}

    assert before["safety"] == (0, 4)
    assert after["safety"] == (3, 6)  # the deadline questions now apply
    assert [s.key for s in interview.open_questions() if s.question.section == "safety"] == [
        "deadline_within_48h",
        "deadline_when",
        "self_harm_thoughts",
    ]


def test_answer_keys_round_trip() -> None:
    key = AnswerKey.parse("suspects#12.age_years")

    assert key == AnswerKey("age_years", "suspects", 12)
    assert str(key) == "suspects#12.age_years"
    with pytest.raises(InterviewError):
        AnswerKey.parse("suspects#0.age_years")  # numbers start at 1
