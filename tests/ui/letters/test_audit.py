"""The screen's record_letter callback on a real (fresh, fictional) store."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from intake_app.paths import data_dir
from intake_app.store.store import Store
from intake_app.ui.letters.audit import store_recorder

OFFICER = "officer-0042"


@pytest.fixture
def store() -> Iterator[Store]:
    folder = data_dir()
    # Stands in for the vault's keys.json, as in tests/store.
    (folder / "keys.json").write_text('{"format": 1, "wraps": []}', encoding="utf-8")
    opened = Store.create(folder, os.urandom(32))
    opened.officers.ensure(OFFICER, "Agent Fictief", "admin")
    try:
        yield opened
    finally:
        opened.close()


def test_letters_prints_and_saves_are_audited_without_content(store: Store) -> None:
    intake = store.intakes.create(OFFICER, is_training=True)
    record = store_recorder(store, intake.id, OFFICER)

    record("offlimits", "letter")
    record("offlimits", "print")
    record("information_sheet", "export")

    letters = store.letters.for_intake(intake.id)
    assert [(letter.service, letter.produced_by) for letter in letters] == [("offlimits", OFFICER)]
    entries = sorted(
        (e for e in store.audit_entries() if e.event in ("letter", "print", "export")),
        key=lambda entry: entry.id,
    )
    assert [(e.event, e.officer_id, e.intake_reference, e.details) for e in entries] == [
        ("letter", OFFICER, intake.reference, {"service": "offlimits"}),
        ("print", OFFICER, intake.reference, {"service": "offlimits"}),
        ("export", OFFICER, intake.reference, {"service": "information_sheet"}),
    ]
    assert all(entry.at for entry in entries)  # the time of each


def test_R13_professional_route_is_stored_with_who_when_why_and_audited(store: Store) -> None:
    from intake_app.ui.letters.audit import store_routes

    intake = store.intakes.create(OFFICER, is_training=True)
    record, load = store_routes(store, intake.id, OFFICER, lambda: {OFFICER: "Agent Fictief"})

    record("veilig_thuis", "guardian_not_safe")

    [route] = load()
    assert (route.service, route.decided_by, route.reason) == (
        "veilig_thuis",
        "Agent Fictief",
        "guardian_not_safe",
    )
    assert route.decided_at is not None
    consent_entries = [e for e in store.audit_entries() if e.event == "consent"]
    assert consent_entries[-1].details == {
        "service": "veilig_thuis",
        "basis": "route_guardian_not_safe",
    }
    assert consent_entries[-1].officer_id == OFFICER
