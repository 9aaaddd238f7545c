"""`intake-app verify | backup | restore`: exit codes, messages, credentials from env or stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.commands.store import (
    EXIT_BACKUP,
    EXIT_CHECK_FAILED,
    EXIT_CREDENTIALS,
    EXIT_STORE_SIZE,
    EXIT_USAGE,
    CredentialsMissing,
    read_credentials,
)
from intake_app.paths import data_dir
from intake_app.session import first_run, open_with_recovery_key
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import connect_keyed
from intake_app.vault import KdfParams
from tests.conftest import InMemoryKeyring

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional


class Installed:
    def __init__(self, folder: Path, recovery_key: str, data_key: bytes) -> None:
        self.folder, self.recovery_key, self.data_key = folder, recovery_key, data_key


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Installed:
    folder = data_dir()
    session, recovery = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    intake = session.store.intakes.create(ADMIN)
    session.store.answers.save(intake.id, "victim_first_name", "Testa", "answered", ADMIN)
    data_key = session.store.database.data_key
    session.close()
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    return Installed(folder, recovery, data_key)


def test_verify_passes_on_a_sound_store(
    installed: Installed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify"]) == 0

    out = capsys.readouterr().out
    assert "Auditlog: intact" in out
    assert "Testa" not in out


def test_verify_exits_non_zero_after_tampering(
    installed: Installed, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = connect_keyed(installed.folder / DATABASE_FILE, installed.data_key)
    connection.execute("UPDATE audit_log SET officer_id = 'agent99' WHERE id = 2")
    connection.close()

    assert main(["verify"]) == EXIT_CHECK_FAILED
    assert "GEBROKEN bij regel 2" in capsys.readouterr().out


def test_verify_of_a_damaged_file_exits_non_zero_with_a_message(
    installed: Installed, capsys: pytest.CaptureFixture[str]
) -> None:
    database = installed.folder / DATABASE_FILE
    database.write_bytes(database.read_bytes()[: 4096 * 3])

    assert main(["verify"]) == EXIT_STORE_SIZE
    err = capsys.readouterr().err
    assert "intake-app restore" in err
    assert "Traceback" not in err


def test_wrong_passphrase_is_a_clear_refusal(
    installed: Installed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", "verkeerde wachtwoordzin")

    assert main(["verify"]) == EXIT_CREDENTIALS
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert "verkeerde wachtwoordzin" not in err


def test_no_credentials_without_a_terminal_says_how_to_give_them(
    installed: Installed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INTAKE_APP_OFFICER")
    monkeypatch.delenv("INTAKE_APP_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main(["verify"]) == EXIT_USAGE
    assert "--credentials-stdin" in capsys.readouterr().err


def test_backup_and_restore_with_the_recovery_key_from_stdin(
    installed: Installed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "backup.zip"
    assert main(["backup", str(target)]) == 0
    assert "back-up: 100%" in capsys.readouterr().err
    new_folder = tmp_path / "restored"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"recovery:{installed.recovery_key}\n"))

    code = main(["restore", str(target), "--data-dir", str(new_folder), "--credentials-stdin"])

    assert code == 0, capsys.readouterr().err
    session = open_with_recovery_key(new_folder, installed.recovery_key)
    try:
        (intake,) = session.store.intakes.case_list()
        assert session.store.answers.load(intake.id)["victim_first_name"].value == "Testa"
    finally:
        session.close()


def test_restore_refuses_a_folder_in_use_and_undoes_a_failed_unlock(
    installed: Installed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "backup.zip"
    assert main(["backup", str(target)]) == 0

    assert main(["restore", str(target), "--data-dir", str(installed.folder)]) == EXIT_BACKUP
    assert "niet leeg" in capsys.readouterr().err

    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", "verkeerde wachtwoordzin")
    new_folder = tmp_path / "restored"
    assert main(["restore", str(target), "--data-dir", str(new_folder)]) == EXIT_CREDENTIALS
    assert not new_folder.exists()


def test_backup_refuses_to_overwrite(
    installed: Installed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "exists.zip"
    target.write_bytes(b"keep")

    assert main(["backup", str(target)]) == EXIT_BACKUP
    assert "bestaat al" in capsys.readouterr().err
    assert target.read_bytes() == b"keep"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_credentials_from_stdin_lines() -> None:
    officer = read_credentials(True, stdin=io.StringIO("agent07\ngeheime zin hier\n"), environ={})
    rescue = read_credentials(True, stdin=io.StringIO("recovery: ABCD-EFGH\n"), environ={})

    assert (officer.officer_id, officer.passphrase) == ("agent07", "geheime zin hier")
    assert rescue.recovery_key == "ABCD-EFGH"
    with pytest.raises(CredentialsMissing):
        read_credentials(True, stdin=io.StringIO("agent07\n"), environ={})


def test_credentials_from_the_environment_prefer_the_recovery_key() -> None:
    environ = {
        "INTAKE_APP_OFFICER": "agent07",
        "INTAKE_APP_PASSPHRASE": "geheime zin hier",
        "INTAKE_APP_RECOVERY_KEY": "ABCD-EFGH",
    }

    assert read_credentials(False, stdin=io.StringIO(), environ=environ).recovery_key == "ABCD-EFGH"


def test_credentials_are_prompted_with_hidden_input_on_a_terminal() -> None:
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return "verborgen invoer"

    err = io.StringIO()
    officer = read_credentials(False, stdin=_Terminal("agent07\n"), environ={}, ask=ask, err=err)
    rescue = read_credentials(False, stdin=_Terminal("\n"), environ={}, ask=ask, err=err)

    assert (officer.officer_id, officer.passphrase) == ("agent07", "verborgen invoer")
    assert rescue.recovery_key == "verborgen invoer"
    assert prompts == ["Wachtwoordzin: ", "Herstelsleutel: "]
    assert "verborgen invoer" not in err.getvalue()


def test_backup_on_another_installation_opens_with_the_recovery_key_only(
    installed: Installed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: InMemoryKeyring,
) -> None:
    target = tmp_path / "backup.zip"
    assert main(["backup", str(target)]) == 0
    memory_keyring.secrets.clear()  # another laptop: its credential store lacks this secret
    capsys.readouterr()

    officer_code = main(["restore", str(target), "--data-dir", str(tmp_path / "by-officer")])
    officer_err = capsys.readouterr().err
    monkeypatch.setenv("INTAKE_APP_RECOVERY_KEY", installed.recovery_key)
    recovery_code = main(["restore", str(target), "--data-dir", str(tmp_path / "by-recovery")])

    assert officer_code == EXIT_CREDENTIALS
    assert "herstelsleutel" in officer_err.lower()
    assert not (tmp_path / "by-officer").exists()
    assert recovery_code == 0
