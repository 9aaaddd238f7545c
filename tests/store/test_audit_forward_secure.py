"""An insider with the data key rewrites the audit log as well as they can; verify finds it.

The insider has sqlcipher3, the data key (any officer has it once unlocked) and keys.json, but
neither the recovery key nor the installation secret. They re-chain every hash after their
change, so the plain hash chain alone would pass. Caught: with the recovery key by the MACs
(the earlier keys are gone), with an officer's credentials by the anchors outside the
database, the key state's position and the switch-over.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intake_app.cli import main
from intake_app.paths import data_dir
from intake_app.session import first_run, open_with_recovery_key
from intake_app.store import audit, audit_keys
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import connect_keyed
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional

Tamper = Callable[[Any, Path], None]


class Installed:
    def __init__(self, folder: Path, recovery_key: str, data_key: bytes) -> None:
        self.folder, self.recovery_key, self.data_key = folder, recovery_key, data_key


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Installed:
    folder = data_dir()
    session, recovery = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    store = session.store
    for _ in range(2):
        intake = store.intakes.create(ADMIN)
        store.answers.save(intake.id, "victim_safe_now", "yes", "answered", ADMIN)
        store.letters.record(intake.id, "offlimits", ADMIN)
        store.record_event("print", ADMIN, intake.id, {"service": "offlimits"})
    data_key = store.database.data_key
    session.close()  # anchors the head in keys.json
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    return Installed(folder, recovery, data_key)


# -- what the insider does -------------------------------------------------------------------


def _rows(connection: Any) -> list[dict[str, Any]]:
    cursor = connection.execute("SELECT * FROM audit_log ORDER BY id")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _rechain(connection: Any) -> None:
    """Renumber from 1 and recompute every hash, as the app would have written them."""
    rows = _rows(connection)
    connection.execute("DELETE FROM audit_log")
    previous = audit.GENESIS_HASH
    for number, row in enumerate(rows, start=1):
        entry_hash = audit.compute_hash(
            number,
            row["at"],
            row["event"],
            row["officer_id"],
            row["intake_reference"],
            row["details_json"],
            previous,
        )
        connection.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                row["at"],
                row["event"],
                row["officer_id"],
                row["intake_reference"],
                row["details_json"],
                previous,
                entry_hash,
                row["mac"],
            ),
        )
        previous = entry_hash
    connection.execute("UPDATE audit_chain SET next_id = ?", (len(rows) + 1,))


def _edit_and_rechain(statement: str) -> Tamper:
    def tamper(connection: Any, folder: Path) -> None:
        connection.execute(statement)
        _rechain(connection)

    return tamper


def _forge_new_chain(connection: Any, folder: Path) -> None:
    """Everything anew: a new first key sealed to the auditor's public key (which is public),
    every entry re-MACed, the letters turned into openings."""
    keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    import base64

    public_key = base64.b64decode(keys["auditor_public_key"])
    connection.execute("UPDATE audit_log SET event = 'open' WHERE event = 'letter'")
    _rechain(connection)
    key = audit_keys.new_first_key()
    connection.execute(
        "UPDATE audit_chain SET first_key_sealed = ?",
        (audit_keys.seal_first_key(key, public_key),),
    )
    for row in _rows(connection):
        connection.execute(
            "UPDATE audit_log SET mac = ? WHERE id = ?",
            (audit_keys.entry_mac(key, row["entry_hash"]), row["id"]),
        )
        key = audit_keys.evolve(key)
    connection.execute("UPDATE audit_chain SET current_key = ?", (key,))


def _remac_with_current_key(connection: Any, folder: Path) -> None:
    """Change an entry and give it a MAC under the one key the insider has."""
    (current,) = connection.execute("SELECT current_key FROM audit_chain").fetchone()
    connection.execute("UPDATE audit_log SET event = 'open' WHERE id = 5")
    _rechain(connection)
    (entry_hash,) = connection.execute("SELECT entry_hash FROM audit_log WHERE id = 5").fetchone()
    connection.execute(
        "UPDATE audit_log SET mac = ? WHERE id = 5", (audit_keys.entry_mac(current, entry_hash),)
    )


def _insert_in_the_middle(connection: Any, folder: Path) -> None:
    connection.execute("UPDATE audit_log SET id = id + 10000 WHERE id >= 4")
    connection.execute(
        "INSERT INTO audit_log SELECT 4, at, 'purge', officer_id, NULL, '{}', '', '', mac"
        " FROM audit_log WHERE id = 3"
    )
    _rechain(connection)


def _delete_everything(connection: Any, folder: Path) -> None:
    connection.execute("DELETE FROM audit_log")
    connection.execute("DELETE FROM audit_chain")


def _cut_the_newest(connection: Any, folder: Path) -> None:
    connection.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")
    _rechain(connection)


def _cut_newest_without_fixing_state(connection: Any, folder: Path) -> None:
    connection.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")


TAMPERINGS: dict[str, Tamper] = {
    "letter turned into open": _edit_and_rechain(
        "UPDATE audit_log SET event = 'open' WHERE event = 'letter'"
    ),
    "print deleted": _edit_and_rechain("DELETE FROM audit_log WHERE event = 'print'"),
    "backdated": _edit_and_rechain(
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000000+00:00' WHERE event = 'create'"
    ),
    "officer changed": _edit_and_rechain(
        "UPDATE audit_log SET officer_id = 'agent99' WHERE event = 'print'"
    ),
    "entry inserted in the middle": _insert_in_the_middle,
    "every row deleted": lambda connection, folder: connection.execute("DELETE FROM audit_log"),
    "every row and the key state deleted": _delete_everything,
    "newest cut, chain and state made consistent": _cut_the_newest,
    "newest cut, state left": _cut_newest_without_fixing_state,
    "whole chain forged under a new first key": _forge_new_chain,
    "one entry re-MACed with the current key": _remac_with_current_key,
    "a MAC changed": lambda connection, folder: connection.execute(
        "UPDATE audit_log SET mac = ? WHERE id = 4", ("0" * 64,)
    ),
    "key state replaced": lambda connection, folder: connection.execute(
        "UPDATE audit_chain SET current_key = ?", (bytes(32),)
    ),
}
# What an officer's check cannot see: a MAC or the key itself changed without touching the
# content (that needs the auditor's recomputation; the content is still what was written).
OFFICER_BLIND = {"a MAC changed", "key state replaced"}


def _tamper(installed: Installed, name: str) -> None:
    connection = connect_keyed(installed.folder / DATABASE_FILE, installed.data_key)
    try:
        connection.execute("BEGIN")
        TAMPERINGS[name](connection, installed.folder)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_an_untouched_chain_passes_both_checks(
    installed: Installed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify"]) == 0
    officer_out = capsys.readouterr().out
    monkeypatch.setenv("INTAKE_APP_RECOVERY_KEY", installed.recovery_key)
    assert main(["verify"]) == 0
    recovery_out = capsys.readouterr().out

    assert "MAC's: niet gecontroleerd" in officer_out
    assert "Ankers: kloppen (sleutelbestand)" in officer_out
    assert "Vooruit-beveiligd (MAC per regel) vanaf regel 1" in officer_out
    assert "MAC's: alle" in recovery_out


@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_the_recovery_key_check_detects_every_tampering(
    installed: Installed,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _tamper(installed, name)
    monkeypatch.setenv("INTAKE_APP_RECOVERY_KEY", installed.recovery_key)

    assert main(["verify"]) == 1
    assert "GEBROKEN" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(set(TAMPERINGS) - OFFICER_BLIND))
def test_the_officer_check_detects_every_rewrite_of_content(
    installed: Installed, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(installed, name)

    assert main(["verify"]) == 1
    assert "GEBROKEN" in capsys.readouterr().out
    # And again: the first verify's own close must not have moved the anchor over the cut.
    assert main(["verify"]) == 1


def test_a_printed_head_catches_a_cut_after_the_last_anchor(
    installed: Installed, capsys: pytest.CaptureFixture[str]
) -> None:
    session = open_with_recovery_key(installed.folder, installed.recovery_key, False)
    count, head_hash = session.store.audit_head()
    session.store.close()  # no anchor in keys.json this time: only the printed head
    printed = audit.format_head(count, head_hash)
    _tamper(installed, "newest cut, chain and state made consistent")

    assert main(["verify", "--expect-head", printed]) == 1
    assert "opgegeven kop" in capsys.readouterr().out
    assert main(["verify", "--expect-head", "nonsense"]) == 2


def test_a_backup_manifest_is_an_anchor(
    installed: Installed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup_file = tmp_path / "backup.zip"
    assert main(["backup", str(backup_file)]) == 0
    assert "Auditlog-kop in de back-up:" in capsys.readouterr().out

    assert main(["verify", "--against-backup", str(backup_file)]) == 0
    _tamper(installed, "letter turned into open")
    assert main(["verify", "--against-backup", str(backup_file)]) == 1


def test_the_anchor_in_keys_json_cannot_be_moved_without_the_secret(
    installed: Installed, capsys: pytest.CaptureFixture[str]
) -> None:
    path = installed.folder / "keys.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["audit_anchor"]["count"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")

    assert main(["verify"]) == 1
    assert "anker" in capsys.readouterr().err
