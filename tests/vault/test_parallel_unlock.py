"""Unlock attempts started together are each counted once, and each reaches the audit log;
editing the counters in keys.json without the installation secret is detected."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from intake_app.session import first_run, open_session
from intake_app.vault import TooSoon, Vault, WrongPassphrase
from intake_app.vault.errors import AttemptsTampered, KeyFileTampered
from intake_app.vault.throttle import FREE_FAILURES
from tests.vault.conftest import ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, CHEAP_KDF

PARALLEL = 8
WRONG = "dit is niet de goede zin"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    session, _ = first_run(target, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    session.close()
    return target


def _failures(folder: Path) -> int:
    document = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    count: int = document["officers"][0]["attempts"]["failures"]
    return count


def _parallel_wrong_attempts(folder: Path) -> list[BaseException]:
    start = threading.Barrier(PARALLEL)
    outcomes: list[BaseException] = []

    def attempt() -> None:
        vault = Vault.open(folder, kdf=CHEAP_KDF)
        start.wait()
        try:
            vault.unlock(ADMIN_ID, WRONG)
        except (WrongPassphrase, TooSoon) as problem:
            outcomes.append(problem)

    threads = [threading.Thread(target=attempt) for _ in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_eight_parallel_wrong_attempts_count_eight_and_reach_the_audit_log(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No wait between attempts here: every attempt is evaluated, so each must be counted.
    monkeypatch.setattr("intake_app.vault.vault.seconds_to_wait", lambda *args: 0)

    outcomes = _parallel_wrong_attempts(folder)

    assert [type(o) for o in outcomes] == [WrongPassphrase] * PARALLEL
    assert sorted(o.failures for o in outcomes if isinstance(o, WrongPassphrase)) == list(
        range(1, PARALLEL + 1)
    )
    assert _failures(folder) == PARALLEL
    session = open_session(folder, ADMIN_ID, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    try:
        failed = [e for e in session.store.audit_entries() if e.event == "failed_unlock"]
        assert len(session.failed_unlocks) == PARALLEL
    finally:
        session.close()
    assert len(failed) == PARALLEL
    assert _failures(folder) == 0


def test_with_the_wait_on_only_the_free_attempts_are_evaluated(folder: Path) -> None:
    outcomes = _parallel_wrong_attempts(folder)

    # Three failures cost nothing, the fourth starts the wait: four evaluated, four counted.
    evaluated = FREE_FAILURES + 1
    assert sum(isinstance(o, WrongPassphrase) for o in outcomes) == evaluated
    assert sum(isinstance(o, TooSoon) for o in outcomes) == PARALLEL - evaluated
    assert _failures(folder) == evaluated


def test_an_attempt_is_counted_before_the_key_is_derived(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def derive_and_die(*args: object) -> bytes:
        seen.append(_failures(folder))
        raise KeyboardInterrupt  # the process ended during Argon2id

    monkeypatch.setattr("intake_app.vault.wraps.passphrase_key_material", derive_and_die)
    with pytest.raises(KeyboardInterrupt):
        Vault.open(folder, kdf=CHEAP_KDF).unlock(ADMIN_ID, WRONG)

    assert seen == [1]
    assert _failures(folder) == 1


def _edit(folder: Path, change: dict[str, object]) -> None:
    path = folder / "keys.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["officers"][0]["attempts"].update(change)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_resetting_the_counter_in_keys_json_is_detected(folder: Path) -> None:
    vault = Vault.open(folder, kdf=CHEAP_KDF)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock(ADMIN_ID, WRONG)

    _edit(folder, {"failures": 0, "last_failure": None, "unacknowledged_failures": []})

    with pytest.raises(AttemptsTampered) as raised:
        Vault.open(folder, kdf=CHEAP_KDF).unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    assert isinstance(raised.value, KeyFileTampered)
    assert raised.value.code == "vault.attempts_tampered"
    assert "teller" in str(raised.value)


def test_removing_the_tag_and_the_counters_is_caught_by_the_audit_log(folder: Path) -> None:
    session = open_session(folder, ADMIN_ID, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    session.close()  # an unlock with authenticated counters is on record
    vault = Vault.open(folder, kdf=CHEAP_KDF)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock(ADMIN_ID, WRONG)
    path = folder / "keys.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["officers"][0]["attempts_tag"] = None  # as if written before tags existed
    document["officers"][0]["attempts"] = {
        "failures": 0,
        "last_failure": None,
        "unacknowledged_failures": [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")

    session = open_session(folder, ADMIN_ID, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    try:
        flagged = [
            e
            for e in session.store.audit_entries()
            if e.event == "failed_unlock" and e.details.get("counters_removed")
        ]
    finally:
        session.close()
    assert len(flagged) == 1
