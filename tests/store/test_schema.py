"""Every older database opens in this release with its data intact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.orm import Session

from intake_app.store import audit
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import create_store_engine
from intake_app.store.errors import StoreTooNew
from intake_app.store.models import Base
from intake_app.store.schema import MIGRATIONS_DIR, current_revision, head_revision, upgrade
from intake_app.store.store import Store
from intake_app.store.verify import verify
from tests.store.conftest import OFFICER

WHEN = datetime(2026, 2, 3, 10, 0, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")


def _all_revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return [
        s.revision for s in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))
    ]


def _legacy_append(session: Session, event: str, reference: str, details: dict[str, str]) -> None:
    """An entry as releases before 0005 wrote it: hash-chained, no MAC."""
    last = session.execute(
        text("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1")
    ).first()
    entry_id, previous = (last[0] + 1, last[1]) if last else (1, audit.GENESIS_HASH)
    details_json = audit.canonical_json(details)
    entry_hash = audit.compute_hash(
        entry_id, WHEN, event, OFFICER, reference, details_json, previous
    )
    session.execute(
        text(
            "INSERT INTO audit_log (id, at, event, officer_id, intake_reference, details_json,"
            " previous_hash, entry_hash) VALUES (:id, :at, :event, :officer, :reference,"
            " :details, :previous, :hash)"
        ),
        {
            "id": entry_id,
            "at": WHEN,
            "event": event,
            "officer": OFFICER,
            "reference": reference,
            "details": details_json,
            "previous": previous,
            "hash": entry_hash,
        },
    )


def _fill_core(session: Session) -> None:
    statements = [
        "INSERT INTO officers VALUES ('officer-0001', 'Agent Fictief', 'admin', 1, :when)",
        "INSERT INTO intakes VALUES (1, '2026-0007', 'local', 'draft', 0, 'officer-0001',"
        " :when, :when, NULL)",
        "INSERT INTO answers (intake_id, answer_key, value_json, state, saved_at, saved_by)"
        " VALUES (1, 'suspects#2.age_years', '17', 'answered', :when, 'officer-0001')",
        "INSERT INTO answers (intake_id, answer_key, value_json, state, saved_at, saved_by)"
        " VALUES (1, 'victim_date_of_birth', NULL, 'unknown', :when, 'officer-0001')",
        "INSERT INTO consents (intake_id, service, given_by, given_at, recorded_by)"
        " VALUES (1, 'offlimits', 'victim', :when, 'officer-0001')",
    ]
    for statement in statements:
        session.execute(text(statement), {"when": WHEN})
    _legacy_append(session, "create", "2026-0007", {})


def _fill_identifiers_and_letters(session: Session) -> None:
    session.execute(
        text(
            "INSERT INTO suspect_identifiers (intake_id, answer_key, kind, raw, normalised,"
            " verified) VALUES (1, 'suspects#1.phone', 'phone', '06-12345678', '+31612345678', 0)"
        )
    )
    session.execute(
        text(
            "INSERT INTO letters (intake_id, service, produced_at, produced_by)"
            " VALUES (1, 'offlimits', :when, 'officer-0001')"
        ),
        {"when": WHEN},
    )
    _legacy_append(session, "letter", "2026-0007", {"service": "offlimits"})


def _fill_reference_counter(session: Session) -> None:
    session.execute(text("INSERT INTO reference_counters VALUES ('local', 2026, 7)"))


FILLERS = {
    "0001_core": [_fill_core],
    "0002_identifiers_letters": [_fill_core, _fill_identifiers_and_letters],
    "0003_reference_counters": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
    "0004_seriality_tokens": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
    "0005_audit_forward_secure": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
    "0006_identifier_renormalise": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
    "0007_home_list_indexes": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
    "0008_frontoffice": [
        _fill_core,
        _fill_identifiers_and_letters,
        _fill_reference_counter,
    ],
}


def test_there_are_several_revisions_and_each_older_one_is_tested() -> None:
    revisions = _all_revisions()

    assert len(revisions) >= 3
    assert revisions[-1] == head_revision()
    assert set(revisions[:-1]) == set(FILLERS)


@pytest.mark.parametrize("revision", sorted(FILLERS))
def test_database_made_at_an_older_revision_upgrades_with_its_data(
    revision: str, store_dir: Path, data_key: bytes
) -> None:
    engine = create_store_engine(store_dir / DATABASE_FILE, data_key)
    with engine.begin() as connection:
        upgrade(connection, revision)
    with Session(engine) as session, session.begin():
        for fill in FILLERS[revision]:
            fill(session)
    engine.dispose()

    with Store.open(store_dir, data_key) as store:
        with store.database.read() as session:
            assert current_revision(session.connection()) == head_revision()
        (intake,) = store.intakes.case_list()
        assert intake.reference == "2026-0007"
        answers = store.answers.load(intake.id)
        assert answers["suspects#2.age_years"].value == 17
        assert answers["victim_date_of_birth"].state == "unknown"
        assert [c.service for c in store.consents.for_intake(intake.id)] == ["offlimits"]
        if "_fill_identifiers_and_letters" in {f.__name__ for f in FILLERS[revision]}:
            assert [i.normalised for i in store.identifiers.find("+31612345678")] == [
                "+31612345678"
            ]
            assert [letter.service for letter in store.letters.for_intake(intake.id)] == [
                "offlimits"
            ]
        # R7: the seriality tables of 0004 start empty beside the data that was there.
        assert store.regional_key.current() is None
        assert store.imported_tokens.imports() == []
        # The reference counter was seeded from the intakes already there.
        next_one = store.intakes.create(OFFICER, now=datetime(2026, 5, 1, tzinfo=UTC))
        assert next_one.reference == "2026-0008"
        assert verify(store).ok


def test_models_match_the_newest_revision(store_dir: Path, data_key: bytes) -> None:
    engine = create_store_engine(store_dir / DATABASE_FILE, data_key)
    with engine.begin() as connection:
        upgrade(connection)
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()

    assert differences == []


def test_database_from_a_newer_release_is_refused(store: Store, data_key: bytes) -> None:
    with store.database.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    folder = store.data_dir
    store.close()

    with pytest.raises(StoreTooNew, match="nieuwere versie"):
        Store.open(folder, data_key)


def test_revisions_ship_inside_the_package() -> None:
    names = {path.name for path in (MIGRATIONS_DIR / "versions").glob("*.py")}

    assert {"0001_core.py", "0002_identifiers_letters.py", "0004_seriality_tokens.py"} <= names
    assert (MIGRATIONS_DIR / "env.py").is_file()


def test_pyinstaller_bundle_carries_the_revisions_as_files() -> None:
    # Alembic reads revisions from files on disk; PyInstaller would otherwise only keep bytecode.
    spec = (Path(__file__).resolve().parents[2] / "packaging" / "intake-app.spec").read_text()

    assert '"intake_app" / "store" / "migrations"' in spec
    assert '"intake_app/store/migrations"' in spec


def _store_at_0004(store_dir: Path, data_key: bytes) -> None:
    engine = create_store_engine(store_dir / DATABASE_FILE, data_key)
    with engine.begin() as connection:
        upgrade(connection, "0004_seriality_tokens")
    with Session(engine) as session, session.begin():
        for fill in FILLERS["0004_seriality_tokens"]:
            fill(session)
    engine.dispose()


def test_the_old_chain_is_verified_once_sealed_and_the_switch_over_reported(
    store_dir: Path, data_key: bytes
) -> None:
    _store_at_0004(store_dir, data_key)

    with Store.open(store_dir, data_key) as store:
        report = verify(store)
        switch = store.audit_entries()[-3]

    assert report.ok
    assert (report.chain.switch_over_id, report.chain.legacy_entries) == (3, 2)
    assert switch.event == "audit_start"
    assert switch.details == {"legacy_entries": 2, "legacy_intact": True}
    assert any(
        "vanaf regel 3" in line and "intact bij de overgang" in line for line in report.lines()
    )


def test_an_old_chain_already_broken_is_sealed_as_broken_and_said_so(
    store_dir: Path, data_key: bytes
) -> None:
    _store_at_0004(store_dir, data_key)
    engine = create_store_engine(store_dir / DATABASE_FILE, data_key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET event = 'open' WHERE id = 2"))
    engine.dispose()

    with Store.open(store_dir, data_key) as store:
        report = verify(store)
        switch = store.audit_entries()[-3]

    assert switch.details["legacy_broken_at"] == 2
    assert not report.ok  # the old part still fails its hash check
    assert report.chain.first_broken_id == 2


def test_0009_marks_the_urgent_consults_already_held(store_dir: Path, data_key: bytes) -> None:
    """The frontoffice's queue reads urgency from a column since 0009: consults kept before
    it get theirs from their content (a damaged content counts as not urgent)."""
    engine = create_store_engine(store_dir / DATABASE_FILE, data_key)
    with engine.begin() as connection:
        upgrade(connection, "0008_frontoffice")
        for number, content in enumerate(
            (
                '{"decision": {"urgent": ["publication_deadline"]}}',
                '{"decision": {"urgent": []}}',
                "not json",
            ),
            start=1,
        ):
            connection.execute(
                text(
                    "INSERT INTO fo_consults (package_id, station, station_fingerprint, "
                    "reference, training, package_created_at, intake_created_at, received_at, "
                    "content_json) VALUES (:package, 'Bureau Fictief', 'F', :reference, 0, "
                    ":when, :when, :when, :content)"
                ),
                {
                    "package": f"{number:032x}",
                    "reference": f"2026-000{number}",
                    "when": WHEN,
                    "content": content,
                },
            )
    engine.dispose()

    with Store.open(store_dir, data_key) as store:
        queue = store.frontoffice.queue(training=False)
    assert [(row.reference, row.urgent) for row in queue] == [
        ("2026-0001", True),
        ("2026-0002", False),
        ("2026-0003", False),
    ]
