"""`intake-app forms walk`: which questions apply to whom, and how they are said (R14)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intake_app import cli
from intake_app.forms.address import je_word, u_word

INTAKE = "2026-03-01"
IMAGES = ["image_abuse"]
ADULT_30 = {"victim_date_of_birth": "1995-06-01", "incident_kinds": IMAGES, "suspects": [{}]}
TEEN_15 = {"victim_date_of_birth": "2010-09-10", "incident_kinds": IMAGES, "suspects": [{}]}
CHILD_8 = {"victim_date_of_birth": "2017-09-10", "incident_kinds": IMAGES, "suspects": [{}]}
PARENT_OF_8 = CHILD_8 | {"reporter": "guardian"}

# R14: not applied to a child under 12 at the facts who is still a minor.
CHILD_ONLY_EXCLUDED = (
    "pressure_or_force",
    "threat_to_publish",
    "financial_demand",
    "paid_already",
    "more_images_demanded",
    "contact_demanded",
    "images_exist",
    "images_distributed",
    "image_locations",
    "victim_made_or_shared_material",
    "material_of_others",
    "report_wish",
    "wants_offender_informed",
    "restorative_interest",
)
SAFETY = ("safe_now", "threat_ongoing", "extortion_deadline", "self_harm_thoughts")
MINORS_ONLY = (
    "guardian_safe_to_involve",
    "guardian_name",
    "guardian_phone",
    "minor_spontaneous_note",
    "consent_given_by",
    "age_gap_assessment",
)


def walk(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    answers: dict[str, Any],
    language: str = "nl",
) -> list[dict[str, Any]]:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"intake_date": INTAKE} | answers), encoding="utf-8")
    assert cli.main(["forms", "walk", str(path), "--lang", language]) == 0
    items: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert all(set(item) == {"id", "text", "officer"} for item in items)
    return items


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def said_to_the_person(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items if not item["officer"]]


def test_a_young_child_gets_at_most_three_quarters_of_an_adults_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adult = walk(tmp_path, capsys, ADULT_30)
    child = walk(tmp_path, capsys, CHILD_8)

    assert len(child) <= 0.75 * len(adult), (len(child), len(adult))


def test_r14_a_child_under_12_is_asked_safety_but_not_the_in_depth_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for answers in (CHILD_8, PARENT_OF_8):
        asked = ids(walk(tmp_path, capsys, answers))
        assert not set(CHILD_ONLY_EXCLUDED) & set(asked)
        assert set(SAFETY) <= set(asked)
        assert "suspects#1.age_years" not in asked  # group C whatever the age gap

    # Pain or injury is asked at every age, of the parent when a parent tells.
    physical = walk(tmp_path, capsys, PARENT_OF_8 | {"incident_kinds": ["physical_assault"]})
    injuries = [item for item in physical if item["id"] == "physical_injuries"]
    assert injuries[0]["text"] == "Heeft uw kind pijn of letsel waarvoor nu zorg nodig is?"


ACUTE = {"incident_kinds": ["rape"], "physical_last_date": "2026-02-28"}  # R6: within days


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def test_r6_r14_csg_time_and_already_called_are_asked_of_the_parent_for_a_young_child(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = by_id(walk(tmp_path, capsys, CHILD_8 | ACUTE))

    for key in ("physical_last_time", "csg_already_called"):
        assert child[key]["officer"] is True  # asked of the parent, about the child
        assert "uw kind" in child[key]["text"]
    assert child["physical_injuries"]["officer"] is False  # every age
    # Penetration and drugging are not asked of a minor (R14).
    assert not {"physical_penetration", "physical_drugging"} & set(child)

    adult = by_id(walk(tmp_path, capsys, ADULT_30 | ACUTE))
    assert adult["physical_penetration"]["text"] == (
        "Is er bij het contact iets in uw lichaam gebracht (penetratie)?"
    )
    assert adult["csg_already_called"]["officer"] is False
    assert "door u of" in adult["csg_already_called"]["text"]


def test_r9_images_of_others_are_asked_of_a_teenager_telling_herself_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    teen = by_id(walk(tmp_path, capsys, TEEN_15))
    assert (
        "Is jou dat ook overkomen? Je hoeft het niet te zeggen."
        in (teen["material_of_others"]["text"])
    )

    parent = ids(walk(tmp_path, capsys, TEEN_15 | {"reporter": "guardian"}))
    assert "material_of_others" not in parent  # left for the TSM


def test_the_deadline_is_asked_at_every_age_in_the_persons_own_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deadline = {"extortion_deadline": "yes"}
    teen = by_id(walk(tmp_path, capsys, TEEN_15 | deadline))
    parent = by_id(walk(tmp_path, capsys, PARENT_OF_8 | deadline))

    assert "als je die weet" in teen["deadline_when"]["text"]
    assert "die uw kind gesteld is" in parent["deadline_when"]["text"]


def test_a_teenager_keeps_the_coercion_questions_that_decide_b_or_c(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = ids(walk(tmp_path, capsys, TEEN_15))

    assert {"pressure_or_force", "threat_to_publish", "financial_demand"} <= set(asked)
    assert "suspects#1.age_years" in asked
    # R14 still holds for a teenager: no account, no further demands, no mediation.
    assert not {"account", "more_images_demanded", "restorative_interest"} & set(asked)


def test_an_adult_gets_none_of_the_minors_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = ids(walk(tmp_path, capsys, ADULT_30))

    assert not set(MINORS_ONLY) & set(asked)
    assert {"account", "pressure_or_force", "report_wish", "restorative_interest"} <= set(asked)


def test_an_adult_reporting_childhood_abuse_is_asked_as_an_adult(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = ADULT_30 | {"incident_first_date": "2003-01-01"}  # 7 years old then
    items = walk(tmp_path, capsys, answers)

    assert {"pressure_or_force", "images_exist", "report_wish"} <= set(ids(items))
    assert not set(MINORS_ONLY) - {"age_gap_assessment"} & set(ids(items))
    assert next(i for i in items if i["id"] == "safe_now")["text"] == "Bent u op dit moment veilig?"


def test_minors_hear_je_and_adults_u(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for answers in (CHILD_8, TEEN_15):
        for item in said_to_the_person(walk(tmp_path, capsys, answers)):
            assert u_word(item["text"]) is None, item
    for answers in (ADULT_30, PARENT_OF_8):
        for item in said_to_the_person(walk(tmp_path, capsys, answers)):
            assert je_word(item["text"]) is None, item

    teen = {item["id"]: item["text"] for item in walk(tmp_path, capsys, TEEN_15)}
    assert teen["safe_now"] == "Ben je nu veilig?"
    assert teen["self_harm_thoughts"] == "Heb je gedachten om jezelf iets aan te doen?"
    # The extortionist's quoted words keep their own form, also to an adult.
    adult = {item["id"]: item["text"] for item in walk(tmp_path, capsys, ADULT_30)}
    assert '"als je niet vóór morgen betaalt, zet ik het online"' in adult["extortion_deadline"]
    assert adult["extortion_deadline"].startswith("Heeft iemand u een termijn gesteld?")


def test_a_parent_is_asked_about_the_child(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dutch = {item["id"]: item["text"] for item in walk(tmp_path, capsys, PARENT_OF_8)}
    english = {item["id"]: item["text"] for item in walk(tmp_path, capsys, PARENT_OF_8, "en")}

    assert dutch["safe_now"] == "Is uw kind op dit moment veilig?"
    assert dutch["victim_name"] == "Wat is de naam van uw kind?"
    assert dutch["suspects#1.lives_with_victim"] == "Woont deze persoon bij uw kind in huis?"
    assert english["safe_now"] == "Is your child safe at this moment?"
    # Questions only the victim can answer are left for the TSM.
    assert "guardian_safe_to_involve" not in dutch
    assert "victim_made_or_shared_material" not in walk_ids(tmp_path, capsys, TEEN_15, "guardian")
    assert "wants_offender_informed" not in walk_ids(tmp_path, capsys, TEEN_15, "guardian")


def walk_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: dict[str, Any], reporter: str
) -> list[str]:
    return ids(walk(tmp_path, capsys, answers | {"reporter": reporter}))


def test_another_adult_tells_about_the_child(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {
        item["id"]: item["text"] for item in walk(tmp_path, capsys, TEEN_15 | {"reporter": "other"})
    }

    assert texts["safe_now"] == "Is het kind op dit moment veilig?"
    assert texts["guardian_safe_to_involve"] == (
        "Is het veilig als wij contact hebben met de ouder of voogd van het kind?"
    )


def test_english_to_a_child_uses_everyday_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = {item["id"]: item["text"] for item in walk(tmp_path, capsys, TEEN_15, "en")}
    adult = {item["id"]: item["text"] for item in walk(tmp_path, capsys, ADULT_30, "en")}

    assert child["threat_ongoing"] == (
        "Is anyone threatening you or pushing you to do things right now?"
    )
    assert adult["threat_ongoing"] == "Are you being threatened or pressured at this moment?"


def test_no_question_is_asked_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The language comes first, before any explanation.
    assert ids(walk(tmp_path, capsys, {}))[0] == "interview_language"

    # Pressure told under Safety is not asked again; sextortion or a deadline is the threat.
    threatened = walk_ids(tmp_path, capsys, TEEN_15 | {"threat_ongoing": "yes"}, "victim")
    assert "pressure_or_force" not in threatened
    sextortion = TEEN_15 | {"incident_kinds": ["sextortion"]}
    assert "threat_to_publish" not in walk_ids(tmp_path, capsys, sextortion, "victim")
    deadline = TEEN_15 | {"extortion_deadline": "yes"}
    assert "threat_to_publish" not in walk_ids(tmp_path, capsys, deadline, "victim")

    # Home and access only when the suspect is known offline.
    for relation in ("online_only", "stranger"):
        answers = ADULT_30 | {"suspects": [{"relation": relation}]}
        asked = walk_ids(tmp_path, capsys, answers, "victim")
        assert not {"suspects#1.lives_with_victim", "suspects#1.has_access"} & set(asked)
    answers = ADULT_30 | {"suspects": [{"relation": "acquaintance"}]}
    asked = walk_ids(tmp_path, capsys, answers, "victim")
    assert {"suspects#1.lives_with_victim", "suspects#1.has_access"} <= set(asked)


def test_officer_items_are_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    child = {item["id"]: item for item in walk(tmp_path, capsys, CHILD_8)}
    adult = {item["id"]: item for item in walk(tmp_path, capsys, ADULT_30)}

    for key in ("reporter", "victim_age_estimate", "present_persons", "officer_notes"):
        assert adult[key]["officer"] is True, key
    assert adult["safe_now"]["officer"] is False
    # A young child's consent is asked of the parent, about the child.
    assert child["consent_shn"]["officer"] is True
    assert child["consent_shn"]["text"] == (
        "Mogen wij de gegevens van uw kind delen met Slachtofferhulp Nederland?"
    )
    assert adult["consent_shn"]["officer"] is False


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ('{"victim_date_of_birth": "2010-01-01"}', "intake_date"),
        ('{"intake_date": "1-3-2026"}', "intake_date"),
        ('{"intake_date": "2026-03-01", "shoe_size": 42}', "shoe_size"),
        (
            '{"intake_date": "2026-03-01", "victim_date_of_birth": "2010-02-31"}',
            "victim_date_of_birth",
        ),
        ('{"intake_date": "2026-03-01", "incident_kinds": ["fax"]}', "incident_kinds"),
        ('{"intake_date": "2026-03-01", "suspects": [{"hair": "red"}]}', "suspects[0].hair"),
        ('{"intake_date": "2026-03-01", "suspects": {"age_years": 3}}', "suspects"),
        (
            '{"intake_date": "2026-03-01", "suspects": [{"age_years": 400}]}',
            "suspects[0].age_years",
        ),
        ("[1, 2]", "(document)"),
        ("{not json", "(document)"),
    ],
)
def test_bad_input_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str, field: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(document, encoding="utf-8")

    assert cli.main(["forms", "walk", str(path)]) == 2
    output = capsys.readouterr()
    assert output.out == ""
    assert f"{path}: {field}: " in output.err


def test_answers_that_contradict_each_other_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps(
            {
                "intake_date": INTAKE,
                "victim_date_of_birth": "2010-01-01",
                "incident_first_date": "2009-01-01",
            }
        ),
        encoding="utf-8",
    )

    assert cli.main(["forms", "walk", str(path)]) == 2
    assert "incident_first_date: The first date is before the date of birth" in (
        capsys.readouterr().err
    )


def test_the_one_parser_takes_a_bom_saved_answers_and_entry_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The document `intake-app letter` reads too: a BOM from a Windows editor, an answer as
    the store saves it, and repeat-group keys such as suspects#1.relation."""
    document = {
        "intake_date": INTAKE,
        "victim_date_of_birth": {"value": "1995-06-01", "state": "answered"},
        "contact_avoid": {"state": "declined"},
        "incident_kinds": IMAGES,
        "suspects#1.relation": "acquaintance",
    }
    path = tmp_path / "answers.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode("utf-8"))

    assert cli.main(["forms", "walk", str(path)]) == 0
    asked = ids(json.loads(capsys.readouterr().out))
    assert "suspects#1.lives_with_victim" in asked  # the entry exists, known offline

    path.write_text(json.dumps(document | {"suspects#11.relation": "other"}), encoding="utf-8")
    assert cli.main(["forms", "walk", str(path)]) == 2
    assert "suspects#11.relation: more entries than the form allows" in capsys.readouterr().err
