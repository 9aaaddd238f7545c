from __future__ import annotations

import pytest

from intake_app.store.database import StoreWriteFailed
from intake_app.store.errors import IntakeNotEditable, IntakeNotFound, InvalidValue
from intake_app.store.store import Store
from tests.store.conftest import OFFICER


def test_saved_answers_load_back_with_state_time_and_officer(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    store.answers.save(intake.id, "victim_first_name", "Testa", "answered", OFFICER)
    store.answers.save(intake.id, "suspects#2.age_years", 17, "answered", OFFICER)
    store.answers.save(intake.id, "incident_places", ["thuis", "online"], "answered", OFFICER)
    store.answers.save(intake.id, "victim_date_of_birth", None, "unknown", OFFICER)
    store.answers.save(intake.id, "suspect_relation", None, "declined", OFFICER)

    answers = store.answers.load(intake.id)
    assert answers["victim_first_name"].value == "Testa"
    assert answers["suspects#2.age_years"].value == 17
    assert answers["incident_places"].value == ["thuis", "online"]
    assert (answers["victim_date_of_birth"].state, answers["victim_date_of_birth"].value) == (
        "unknown",
        None,
    )
    assert answers["suspect_relation"].state == "declined"
    assert answers["victim_first_name"].saved_by == OFFICER
    assert answers["victim_first_name"].saved_at.tzinfo is not None


def test_saving_again_replaces_the_answer(store: Store) -> None:
    intake = store.intakes.create(OFFICER)
    store.answers.save(intake.id, "victim_safe_now", "no", "answered", OFFICER)

    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", OFFICER)

    assert store.answers.load(intake.id)["victim_safe_now"].value == "yes"
    assert store.scalar("SELECT count(*) FROM answers") == 1


def test_removed_answer_is_gone(store: Store) -> None:
    intake = store.intakes.create(OFFICER)
    store.answers.save(intake.id, "suspects#1.name", "Onbekend", "answered", OFFICER)

    store.answers.remove(intake.id, "suspects#1.name", OFFICER)

    assert store.answers.load(intake.id) == {}


def test_answers_survive_closing_and_reopening(store: Store, data_key: bytes) -> None:
    intake = store.intakes.create(OFFICER)
    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", OFFICER)
    folder = store.data_dir
    store.close()

    with Store.open(folder, data_key) as reopened:
        assert reopened.answers.load(intake.id)["victim_safe_now"].value == "yes"


@pytest.mark.parametrize(
    ("key", "value", "state"),
    [
        ("", "x", "answered"),
        ("k" * 256, "x", "answered"),
        ("line\nbreak", "x", "answered"),
        ("victim_safe_now", "x", "maybe"),
        ("victim_safe_now", None, "answered"),
        ("victim_safe_now", object(), "answered"),
        ("victim_safe_now", float("nan"), "answered"),
    ],
)
def test_bad_answers_are_refused_with_a_message_without_the_value(
    store: Store, key: str, value: object, state: str
) -> None:
    intake = store.intakes.create(OFFICER)

    with pytest.raises(InvalidValue) as raised:
        store.answers.save(intake.id, key, value, state, OFFICER)

    assert "x" not in str(raised.value).split()
    assert store.answers.load(intake.id) == {}


def test_answer_key_of_255_characters_is_accepted(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    store.answers.save(intake.id, "k" * 255, "x", "answered", OFFICER)

    assert list(store.answers.load(intake.id)) == ["k" * 255]


def test_completed_intake_refuses_changes_until_amended(store: Store) -> None:
    intake = store.intakes.create(OFFICER)
    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", OFFICER)
    store.intakes.finalise(intake.id, OFFICER)

    with pytest.raises(IntakeNotEditable, match="reden"):
        store.answers.save(intake.id, "victim_safe_now", "no", "answered", OFFICER)

    store.intakes.amend(intake.id, OFFICER, "Telefoonnummer verschreven")
    store.answers.save(intake.id, "victim_safe_now", "no", "answered", OFFICER)
    assert store.answers.load(intake.id)["victim_safe_now"].value == "no"
    assert store.intakes.get(intake.id).status == "amended"
    assert [a.reason for a in store.intakes.amendments(intake.id)] == ["Telefoonnummer verschreven"]


def test_saving_to_a_missing_intake_says_so(store: Store) -> None:
    with pytest.raises(IntakeNotFound):
        store.answers.save(999, "victim_safe_now", "yes", "answered", OFFICER)


def test_a_failed_write_says_so_without_echoing_the_value(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    with pytest.raises(StoreWriteFailed) as raised:  # unknown officer: a foreign key fails
        store.answers.save(intake.id, "victim_first_name", "Geheim-Testa", "answered", "nobody")

    assert "Geheim-Testa" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert store.answers.load(intake.id) == {}
