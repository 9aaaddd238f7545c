from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from intake_app.store.errors import InvalidValue
from intake_app.store.records import NewIdentifier
from intake_app.store.retention import purge_expired
from intake_app.store.store import Store
from tests.store.conftest import OFFICER


def test_references_count_up_per_station_and_year(store: Store) -> None:
    in_2026 = datetime(2026, 3, 1, 12, tzinfo=UTC)
    in_2027 = datetime(2027, 3, 1, 12, tzinfo=UTC)

    first = store.intakes.create(OFFICER, station="Utrecht-Noord", now=in_2026)
    second = store.intakes.create(OFFICER, station="Utrecht-Noord", now=in_2026)
    elsewhere = store.intakes.create(OFFICER, station="Zeist", now=in_2026)
    next_year = store.intakes.create(OFFICER, station="Utrecht-Noord", now=in_2027)

    assert [first.reference, second.reference] == ["2026-0001", "2026-0002"]
    assert elsewhere.reference == "2026-0001"
    assert next_year.reference == "2027-0001"


def test_a_purged_reference_is_never_given_again(store: Store) -> None:
    long_ago = datetime(2026, 1, 2, tzinfo=UTC)
    old = store.intakes.create(OFFICER, now=long_ago)
    store.intakes.finalise(old.id, OFFICER, now=long_ago)
    purge_expired(store, OFFICER, retention_days=30, now=datetime(2026, 6, 1, tzinfo=UTC))

    again = store.intakes.create(OFFICER, now=datetime(2026, 6, 1, tzinfo=UTC))

    assert again.reference == "2026-0002"


def test_case_list_is_newest_first_and_carries_no_content(store: Store) -> None:
    first = store.intakes.create(OFFICER, now=datetime(2026, 3, 1, tzinfo=UTC))
    second = store.intakes.create(OFFICER, now=datetime(2026, 3, 2, tzinfo=UTC), is_training=True)
    store.answers.save(first.id, "victim_first_name", "Testa", "answered", OFFICER)

    listed = store.intakes.case_list()

    assert [item.reference for item in listed] == [second.reference, first.reference]
    assert [item.reference for item in store.intakes.case_list(include_training=False)] == [
        first.reference
    ]
    assert {field.name for field in dataclasses.fields(listed[0])} == {
        "id",
        "reference",
        "station",
        "status",
        "is_training",
        "created_by",
        "created_at",
        "updated_at",
        "completed_at",
    }


def test_finalise_sets_completion_and_amend_needs_a_reason(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    done = store.intakes.finalise(intake.id, OFFICER)

    assert done.status == "completed"
    assert done.completed_at is not None
    with pytest.raises(InvalidValue, match="reden"):
        store.intakes.amend(intake.id, OFFICER, "   ")


def test_only_a_completed_intake_can_be_amended(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    with pytest.raises(InvalidValue, match="draft"):
        store.intakes.amend(intake.id, OFFICER, "reden")


def test_consents_record_who_gave_them(store: Store) -> None:
    intake = store.intakes.create(OFFICER)

    store.consents.record(intake.id, "offlimits", "victim", OFFICER)
    store.consents.record(intake.id, "csg", "parent_or_guardian", OFFICER)

    assert [(c.service, c.given_by) for c in store.consents.for_intake(intake.id)] == [
        ("offlimits", "victim"),
        ("csg", "parent_or_guardian"),
    ]
    store.consents.withdraw(intake.id, "csg", OFFICER)
    assert [c.service for c in store.consents.for_intake(intake.id)] == ["offlimits"]
    with pytest.raises(InvalidValue, match="victim"):
        store.consents.record(intake.id, "csg", "neighbour", OFFICER)


def test_letters_are_recorded_without_content(store: Store) -> None:
    intake = store.intakes.create(OFFICER)
    store.intakes.finalise(intake.id, OFFICER)

    store.letters.record(intake.id, "offlimits", OFFICER)

    (letter,) = store.letters.for_intake(intake.id)
    assert (letter.service, letter.produced_by) == ("offlimits", OFFICER)
    assert store.audit_entries(1)[0].event == "letter"


def test_identifiers_are_found_across_intakes_by_normalised_form(store: Store) -> None:
    first = store.intakes.create(OFFICER)
    second = store.intakes.create(OFFICER)
    phone = NewIdentifier("phone", "06-12345678", "+31612345678")
    store.identifiers.replace(first.id, "suspects#1.phone", [phone], OFFICER)
    store.identifiers.replace(
        second.id,
        "suspects#1.contact",
        [NewIdentifier("phone", "0612 345 678", "+31612345678")],
        OFFICER,
    )

    matches = store.identifiers.find("+31612345678")

    assert [(m.intake_reference, m.raw) for m in matches] == [
        (first.reference, "06-12345678"),
        (second.reference, "0612 345 678"),
    ]
    store.identifiers.replace(first.id, "suspects#1.phone", [], OFFICER)
    assert store.identifiers.for_intake(first.id) == []


def test_officers_are_added_updated_and_deactivated(store: Store) -> None:
    store.officers.ensure("officer-0002", "Agent Voorbeeld")
    store.officers.ensure("officer-0002", "Agent Voorbeeld-Jansen", "admin")
    store.officers.deactivate("officer-0002")

    officers = {officer.id: officer for officer in store.officers.all()}
    assert officers["officer-0002"].display_name == "Agent Voorbeeld-Jansen"
    assert officers["officer-0002"].role == "admin"
    assert officers["officer-0002"].active is False
