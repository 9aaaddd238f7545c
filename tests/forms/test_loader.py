"""The shipped intake form as loaded, and the loader's refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake_app.forms.loader import InvalidFormError, load_form
from intake_app.forms.model import Form
from intake_app.forms.schema import QuestionType
from intake_app.paths import forms_dir

FORM = load_form()


@pytest.fixture
def form() -> Form:
    return FORM


def test_sections_come_in_the_order_of_the_issue(form: Form) -> None:
    assert [section.id for section in form.sections] == [
        "opening",
        "safety",
        "person",
        "what_happened",
        "when",
        "who",
        "pressure",
        "images",
        "physical",
        "needs",
        "material",
        "consent",
        "closing",
    ]


def test_safety_comes_first_after_the_opening(form: Form) -> None:
    # DOMAIN.md: before anything else, ask about safety, a deadline and self-harm.
    safety = [question.id for question in form.sections[1].questions]

    assert safety == [
        "safe_now",
        "threat_ongoing",
        "extortion_deadline",
        "deadline_within_48h",
        "deadline_when",  # Offlimits needs the deadline's date and time
        "self_harm_thoughts",
    ]


def test_every_question_has_wording_and_guidance_in_dutch_and_english(form: Form) -> None:
    assert form.languages == ("nl", "en")
    for question in form.walk():
        for language in form.languages:
            text = question.text[language]
            assert text.ask and text.guidance, (question.id, language)
        for option in question.options:
            assert set(question.option_text[option]) == {"nl", "en"}, (question.id, option)


def test_the_question_types_of_the_issue_are_all_used(form: Form) -> None:
    assert {question.type for question in form.walk()} == set(QuestionType)


def test_minors_are_not_asked_for_an_account_or_further_demands(form: Form) -> None:
    # R14: these questions apply to adults only; pain or injury is asked at every age.
    for question_id in (
        "account",
        "more_images_demanded",
        "contact_demanded",
        "restorative_interest",
    ):
        relevant = form.question(question_id).relevant
        assert relevant is not None and relevant.source.startswith("adult_now"), question_id
    assert form.question("physical_injuries").relevant is None


def test_R14_pain_or_injury_is_asked_at_every_age(form: Form) -> None:
    # R14: safety and pain or injury are asked at every age (of the parent if need be).
    assert form.question("physical_injuries").relevant is None


def test_rules_are_cited_in_guidance(form: Form) -> None:
    guidance = " ".join(question.text["nl"].guidance for question in form.walk())

    for rule in ("R1", "R2", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14"):
        assert rule in guidance, rule


def test_the_material_question_carries_no_blame(form: Form) -> None:
    # R9: asked without any suggestion of blame or of an offence.
    text = form.question("victim_made_or_shared_material").text["nl"].ask.lower()

    for word in ("schuld", "strafbaar", "waarom", "fout"):
        assert word not in text


def test_policy_numbers_are_usable_in_conditions(form: Form) -> None:
    assert "policy.acute.csg_acute_days" in form.computed["physical_recent"].source
    assert form.policy.age_gap.more_than_slight_years == 3


def test_a_broken_form_is_refused_with_every_schema_problem(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    source = folder / "intake.nl.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace("max_items: 10\n", "max_items: 100\n", 1)
    source.write_text(text.replace("type: age\n", "type: age\n        colour: red\n", 1))

    with pytest.raises(InvalidFormError) as caught:
        load_form(source)

    assert len(caught.value.problems) == 2
    assert caught.value.path == source
    assert "max_items: Input should be less than or equal to 50" in str(caught.value.problems[1])
