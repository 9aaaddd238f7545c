"""The interview feeds every key of triage contract version 2 (R1, R4, R7, R8, R9, R10, R13)."""

from __future__ import annotations

from typing import Any

from intake_app.forms.policy import load_policy
from intake_app.interview.session import Interview
from intake_app.triage.contract import parse_answers
from intake_app.triage.decide import decide
from tests.interview.conftest import give

POLICY = load_policy()


def decision_of(interview: Interview, series_matches: int = 0) -> Any:
    return decide(parse_answers(interview.answers_document(series_matches)), POLICY)


def _image_case(interview: Interview, born: str) -> None:
    give(
        interview,
        {
            "safe_now": "yes",
            "threat_ongoing": "no",
            "self_harm_thoughts": "no",
            "victim_date_of_birth": born,
            "incident_kinds": ["sextortion"],
            "incident_first_date": "2026-09-01",
        },
    )


def test_R9_material_of_others_is_asked_from_12_at_the_facts_and_reaches_triage(
    interview: Interview,
) -> None:
    _image_case(interview, "2012-03-01")  # 14 at the facts

    give(interview, {"victim_made_or_shared_material": "yes", "material_of_others": "yes"})

    document = interview.answers_document()
    assert document["material_of_others"] == "yes"
    assert "victim_also_suspect" in decision_of(interview).flags


def test_R9_R14_material_of_others_is_never_asked_under_12(interview: Interview) -> None:
    _image_case(interview, "2016-01-10")  # 10 at the facts

    # R14: a child who was under 12 is asked about no images at all, of self or of others.
    assert not interview.is_applicable("material_of_others")
    assert not interview.is_applicable("victim_made_or_shared_material")
    assert "victim_also_suspect" not in decision_of(interview).flags


def test_R9_question_has_no_follow_up(interview: Interview) -> None:
    """Nothing in the form depends on the answer: no questions after a yes (art. 29 Sv)."""
    form = interview.form
    dependent = [
        question.id
        for question in form.walk()
        if question.relevant is not None and "material_of_others" in question.relevant.uses
    ]
    assert dependent == []


def test_R8_the_mediation_question_is_the_only_source_of_mediation(interview: Interview) -> None:
    give(
        interview,
        {
            "safe_now": "yes",
            "threat_ongoing": "no",
            "self_harm_thoughts": "no",
            "victim_date_of_birth": "1990-01-01",
            "incident_kinds": ["image_abuse"],
        },
    )
    number = interview.add_instance("suspects")
    give(interview, {f"suspects#{number}.age_years": 36, f"suspects#{number}.known": "yes"})
    give(interview, {"wants_offender_informed": "yes", "restorative_interest": "no"})
    assert "herstelbemiddeling" not in {r.service for r in decision_of(interview).referrals}

    give(interview, {"restorative_interest": "yes"})
    assert "herstelbemiddeling" in {r.service for r in decision_of(interview).referrals}


def test_R10_report_wish_undecided_is_unknown_and_not_is_not(interview: Interview) -> None:
    give(interview, {"report_wish": "undecided"})
    assert interview.answers_document()["report_wish"] == "unknown"
    give(interview, {"report_wish": "not"})
    assert interview.answers_document()["report_wish"] == "not"


def test_R1_threat_ongoing_reaches_triage_as_urgent(interview: Interview) -> None:
    give(interview, {"threat_ongoing": "yes"})

    assert "ongoing_threat" in decision_of(interview).urgent


def test_R7_series_matches_come_from_the_caller(interview: Interview) -> None:
    assert interview.answers_document()["series_matches"] == 0
    assert "series_suspected" in decision_of(interview, series_matches=3).flags


def test_R13_guardian_safety_and_reporter_are_mapped(interview: Interview) -> None:
    give(interview, {"victim_date_of_birth": "2017-02-01", "guardian_safe_to_involve": "no"})

    document = interview.answers_document()
    # Absent "who is telling" question (issue 17 adds it): the victim.
    assert document["reporter"] == "victim"
    assert document["guardian_safe_to_involve"] == "no"
    assert "guardian_unsafe" in decision_of(interview).flags


def test_R4_the_officers_age_estimate_reaches_triage(interview: Interview) -> None:
    give(interview, {"victim_age_estimate": "adult", "incident_kinds": ["image_abuse"]})

    assert interview.answers_document()["victim"]["age_estimate"] == "adult"
    assert decision_of(interview).category == "A"
