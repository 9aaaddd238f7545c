"""`intake-app seriality set-key | export | import` between two stations' data folders (R7)."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.commands.seriality import (
    EXIT_BAD_INPUT,
    EXIT_NOT_ALLOWED,
    EXIT_OK,
    EXIT_TOKEN_FILE,
    export_command,
    import_command,
    set_key_command,
)
from intake_app.seriality.matching import IdentifierIndex, IntakeRef, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.seriality.regional_key import RegionalKey, generate_regional_key
from intake_app.session import Session, first_run, open_session
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.store.seriality_index import StoreIdentifierIndex, to_stored
from intake_app.store.token_exchange import StoreTokenIndex
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional
NOORD, ZUID = "Bureau Fictief-Noord", "Bureau Fictief-Zuid"
# Fictional identifiers of a suspect, as two officers might type them.
SHARED_PHONE = "06-12345678"
NOORD_ONLY = "fictief.verdachte@example.org"
TRAINING_PHONE = "0698765432"
KEY = generate_regional_key()


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def _station(folder: Path, name: str, phones: list[tuple[str, str]]) -> dict[str, str]:
    """A data folder after first run, with one intake per (kind, text); references by text."""
    session, _ = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    save_station_profile(folder, StationProfile(name=name))
    references = {}
    try:
        for kind, text in phones:
            intake = session.store.intakes.create(ADMIN, now=datetime(2026, 3, 2, 10, tzinfo=UTC))
            session.store.identifiers.replace(
                intake.id, "suspects#1.identifiers", [to_stored(normalise(kind, text))], ADMIN
            )
            references[text] = intake.reference
        training = session.store.intakes.create(ADMIN, is_training=True)
        session.store.identifiers.replace(
            training.id,
            "suspects#1.identifiers",
            [to_stored(normalise("phone", TRAINING_PHONE))],
            ADMIN,
        )
    finally:
        session.close()
    return references


@pytest.fixture
def noord(tmp_path: Path) -> Path:
    folder = tmp_path / "noord"
    _station(folder, NOORD, [("phone", SHARED_PHONE), ("email", NOORD_ONLY)])
    return folder


@pytest.fixture
def zuid(tmp_path: Path) -> Path:
    folder = tmp_path / "zuid"
    _station(folder, ZUID, [("phone", "+31 6 1234 5678")])
    return folder


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def _args(folder: Path, file: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(data_dir=folder, credentials_stdin=False, file=file)


def _run(command: Callable[..., int], *args: object, **streams: object) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = command(*args, out=out, err=err, **streams)
    return Result(code, out.getvalue(), err.getvalue())


def _set_key(folder: Path, key: RegionalKey = KEY) -> Result:
    return _run(set_key_command, _args(folder), stdin=io.StringIO(key.as_text() + "\n"))


def _export(folder: Path, file: Path) -> Result:
    return _run(export_command, _args(folder, file))


def _import(folder: Path, file: Path) -> Result:
    return _run(import_command, _args(folder, file))


def _session(folder: Path) -> Session:
    return open_session(folder, ADMIN, PASSPHRASE, apply_retention=False, kdf=CHEAP_KDF)


def _matches(folder: Path, kind: str, text: str) -> list[IntakeRef]:
    """What the case handling would find for this identifier in a new intake at `folder`."""
    session = _session(folder)
    try:
        indexes: list[IdentifierIndex] = [
            StoreIdentifierIndex(session.store),
            StoreTokenIndex(session.store),
        ]
        return find_matches(normalise(kind, text), indexes, "2026-9999")
    finally:
        session.close()


def _audit_events(folder: Path) -> list[tuple[str, dict[str, object]]]:
    session = _session(folder)
    try:
        return [(entry.event, dict(entry.details)) for entry in session.store.audit_entries()]
    finally:
        session.close()


def _imports(folder: Path) -> list[tuple[str, int]]:
    session = _session(folder)
    try:
        return [(i.station, i.token_count) for i in session.store.imported_tokens.imports()]
    finally:
        session.close()


def test_export_and_import_round_trip_and_a_match_names_the_other_station(
    noord: Path, zuid: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    assert _set_key(noord).code == EXIT_OK
    assert _set_key(zuid).code == EXIT_OK

    exported = _export(noord, exchange)
    imported = _import(zuid, exchange)

    assert exported.code == EXIT_OK, exported.err
    assert "Exported 2 tokens" in exported.out  # the training intake is left out
    assert imported.code == EXIT_OK, imported.err
    assert f"Imported 2 tokens from station {NOORD!r}" in imported.out
    assert _imports(zuid) == [(NOORD, 2)]
    # R7: the number typed another way at Zuid matches Noord's intake, named by station.
    noord_matches = [m for m in _matches(zuid, "phone", "0031612345678") if m.station]
    assert [(m.station, m.reference, m.date.isoformat()) for m in noord_matches] == [
        (NOORD, "2026-0001", "2026-03-02")
    ]
    assert [m.station for m in _matches(zuid, "email", NOORD_ONLY.upper())] == [NOORD]
    assert _matches(zuid, "phone", TRAINING_PHONE) == []
    assert _matches(zuid, "email", "other.person@example.org") == []
    assert ("export", {"what": "seriality_tokens", "tokens": 2}) in _audit_events(noord)
    assert (
        "import",
        {"what": "seriality_tokens", "station": NOORD, "tokens": 2, "replaced": False},
    ) in _audit_events(zuid)


def test_the_token_file_holds_no_identifier(noord: Path, tmp_path: Path) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    assert _export(noord, exchange).code == EXIT_OK

    content = exchange.read_bytes()

    for text in ("12345678", "fictief.verdachte", "example.org", TRAINING_PHONE[2:]):
        assert text.encode() not in content


def test_importing_again_replaces_the_earlier_import_from_that_station(
    noord: Path, zuid: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _set_key(zuid)
    _export(noord, exchange)
    _import(zuid, exchange)

    again = _import(zuid, exchange)

    assert again.code == EXIT_OK
    assert "replacing its earlier import" in again.out
    assert _imports(zuid) == [(NOORD, 2)]


def test_a_file_under_another_regional_key_is_refused_and_never_matches(
    noord: Path, zuid: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _set_key(zuid, generate_regional_key())
    _export(noord, exchange)

    refused = _import(zuid, exchange)

    assert refused.code == EXIT_TOKEN_FILE
    assert "another regional key" in refused.err
    assert "Nothing was imported" in refused.err
    assert _imports(zuid) == []
    assert [m for m in _matches(zuid, "phone", SHARED_PHONE) if m.station] == []


def test_a_file_from_an_older_app_is_refused_and_nothing_is_imported(
    noord: Path, zuid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.seriality import tokens

    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _set_key(zuid)
    with monkeypatch.context() as older_app:  # noord still runs the app of token format 1
        older_app.setattr(tokens, "VERSION", 1)
        assert _export(noord, exchange).code == EXIT_OK

    refused = _import(zuid, exchange)

    assert refused.code == EXIT_TOKEN_FILE
    assert "older version of the intake app" in refused.err
    assert "Nothing was imported" in refused.err
    assert _imports(zuid) == []


def test_a_tampered_file_is_refused_and_nothing_is_imported(
    noord: Path, zuid: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _set_key(zuid)
    _export(noord, exchange)
    original = exchange.read_bytes()
    tampered = original.replace(b'"2026-0001"', b'"2026-0666"', 1)
    assert tampered != original
    exchange.write_bytes(tampered)

    refused = _import(zuid, exchange)

    assert refused.code == EXIT_TOKEN_FILE
    assert "was changed after it was exported" in refused.err
    assert "Traceback" not in refused.err
    assert _imports(zuid) == []
    assert [event for event, _ in _audit_events(zuid)].count("import") == 0


def test_a_file_with_this_stations_own_name_is_ignored_with_a_message(
    noord: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _export(noord, exchange)

    own = _import(noord, exchange)

    assert own.code == EXIT_OK
    assert "this station" in own.out and "Nothing was imported" in own.out
    assert _imports(noord) == []


def _key_forms(key: RegionalKey) -> list[bytes]:
    text = key.as_text()
    compact = text.replace("-", "")
    forms = [text, compact, compact.removeprefix("RSK1"), text.lower(), key.secret.hex()]
    encoded = [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le")]
    return [*encoded, key.secret]


def test_the_regional_key_is_never_in_plain_text_in_the_data_folder_nor_the_audit_log(
    noord: Path, zuid: Path, tmp_path: Path
) -> None:
    exchange = tmp_path / "noord.tokens"
    _set_key(noord)
    _set_key(zuid)
    _export(noord, exchange)
    _import(zuid, exchange)
    events = _audit_events(noord) + _audit_events(zuid)

    for folder in (noord, zuid):
        files = [path for path in folder.rglob("*") if path.is_file()]
        assert files
        for path in files:
            content = path.read_bytes()
            for form in _key_forms(KEY):
                assert form not in content, path.name
    assert ("regional_key", {"fingerprint": KEY.fingerprint, "replaced": False}) in events
    for form in _key_forms(KEY)[:5]:
        assert form.decode() not in repr(events)
    for form in _key_forms(KEY):
        assert form not in exchange.read_bytes()


def test_set_key_without_a_key_says_what_to_do(noord: Path) -> None:
    result = _run(set_key_command, _args(noord), stdin=io.StringIO(""))

    assert result.code == EXIT_BAD_INPUT
    assert "No regional key was given" in result.err
    assert "never put it on the command line" in result.err


def test_set_key_with_a_mistyped_key_changes_nothing(noord: Path) -> None:
    text = KEY.as_text()
    typo = text[:-1] + ("A" if text[-1] != "A" else "B")

    result = _run(set_key_command, _args(noord), stdin=io.StringIO(typo + "\n"))

    assert result.code == EXIT_BAD_INPUT
    assert "typing error" in result.err and "Nothing was changed" in result.err
    assert "regional_key" not in [event for event, _ in _audit_events(noord)]


def test_only_an_administrator_may_set_the_key(
    noord: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(noord)
    session.vault.add_officer(
        session.store.database.data_key, "agent02", "Agent Fictief", "groene appel loopt snel"
    )
    session.close()
    monkeypatch.setenv("INTAKE_APP_OFFICER", "agent02")
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", "groene appel loopt snel")

    result = _set_key(noord)

    assert result.code == EXIT_NOT_ALLOWED
    assert "Only an administrator" in result.err


def test_export_and_import_without_a_key_say_to_set_it_first(noord: Path, tmp_path: Path) -> None:
    exchange = tmp_path / "noord.tokens"
    exchange.write_bytes(b"whatever")

    for result in (_export(noord, tmp_path / "out.tokens"), _import(noord, exchange)):
        assert result.code == EXIT_BAD_INPUT
        assert "intake-app seriality set-key" in result.err
    assert not (tmp_path / "out.tokens").exists()


def test_export_without_a_station_name_says_to_finish_the_set_up(
    noord: Path, tmp_path: Path
) -> None:
    _set_key(noord)
    (noord / "station.json").unlink()

    result = _export(noord, tmp_path / "out.tokens")

    assert result.code == EXIT_BAD_INPUT
    assert "no name yet" in result.err
    assert not (tmp_path / "out.tokens").exists()


def test_a_missing_or_foreign_file_gets_a_clear_message(noord: Path, tmp_path: Path) -> None:
    _set_key(noord)
    not_tokens = tmp_path / "notes.txt"
    not_tokens.write_text("boodschappenlijst\n", encoding="utf-8")

    missing = _import(noord, tmp_path / "absent.tokens")
    foreign = _import(noord, not_tokens)

    assert missing.code == EXIT_BAD_INPUT and "cannot be read" in missing.err
    assert foreign.code == EXIT_TOKEN_FILE and "not a seriality token file" in foreign.err


def test_set_key_reads_credentials_then_the_key_from_standard_input(
    noord: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INTAKE_APP_OFFICER")
    monkeypatch.delenv("INTAKE_APP_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ADMIN}\n{PASSPHRASE}\n{KEY.as_text()}\n"))

    code = main(["seriality", "set-key", "--data-dir", str(noord), "--credentials-stdin"])

    assert code == EXIT_OK
    assert KEY.fingerprint in capsys.readouterr().out
    session = _session(noord)
    try:
        assert session.store.regional_key.current() == KEY
    finally:
        session.close()
