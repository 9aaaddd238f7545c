"""Where the installation secret goes in each model, and that no backend error crashes."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer

from intake_app.vault import KeyringUnavailable, Vault, installation_secret
from intake_app.vault.keyring_status import keyring_status
from intake_app.windows import profile
from tests.conftest import InMemoryKeyring
from tests.vault.conftest import ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, CHEAP_KDF


class WindowsError(OSError):
    """Stands in for pywintypes.error, which is no keyring error (service accounts, runas)."""


class FailingCredentialManager(InMemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise WindowsError(1312, "CredRead", "A specified logon session does not exist.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise WindowsError(1312, "CredWrite", "A specified logon session does not exist.")


def test_a_credential_manager_error_means_reduced_protection_with_its_reason(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    data_dir = tmp_path / "data"
    _vault, recovery_key, data_key = Vault.create(
        data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    keyring.set_keyring(FailingCredentialManager())
    reopened = Vault.open(data_dir, kdf=CHEAP_KDF)  # a failing load on open: no crash
    with pytest.raises(KeyringUnavailable):
        reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    assert reopened.unlock_with_recovery_key(recovery_key) == data_key
    assert "WindowsError" in (installation_secret.last_problem() or "")

    fresh = data_dir.parent / "fresh"
    made, _, _ = Vault.create(fresh, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    assert made.reduced_protection
    assert "logon session" in (keyring_status().problem or "")


class CredentialManagerLike(InMemoryKeyring):
    persist = "enterprise"  # keyring's WinVaultKeyring default: roams with the profile


def test_the_credential_manager_secret_is_kept_on_this_machine(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backend = CredentialManagerLike()
    keyring.set_keyring(chainer.ChainerBackend())
    installation_secret.keep_on_this_machine(backend)
    assert backend.persist == "local machine"
    keyring.set_keyring(backend)
    Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    assert backend.persist == "local machine"
    assert len(backend.secrets) == 1


def fake_protect(secret: bytes) -> bytes:
    return b"DPAPI" + secret[::-1]


def fake_unprotect(blob: bytes) -> bytes:
    assert blob.startswith(b"DPAPI")
    return blob[5:][::-1]


@pytest.fixture
def shared_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared model as on a station laptop, with DPAPI replaced by a reversible fake."""
    shared = tmp_path / "ProgramData" / "intake-app"
    shared.mkdir(parents=True)
    store = installation_secret.DpapiMachineStore(
        installation_secret.secrets_folder(shared), fake_protect, fake_unprotect
    )
    monkeypatch.setattr(installation_secret, "current_store", lambda: store)
    return shared


def test_the_shared_store_keeps_its_secret_as_a_machine_blob_not_in_the_keyring(
    shared_store: Path, memory_keyring: InMemoryKeyring
) -> None:
    vault, _, data_key = Vault.create(
        shared_store, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert not vault.reduced_protection
    assert memory_keyring.secrets == {}
    blobs = list(installation_secret.secrets_folder(shared_store).iterdir())
    assert len(blobs) == 1 and blobs[0].read_bytes().startswith(b"DPAPI")
    # Another officer's Windows account on the same laptop: same blob, same machine key.
    keyring.set_keyring(InMemoryKeyring())
    assert Vault.open(shared_store, kdf=CHEAP_KDF).unlock(ADMIN_ID, ADMIN_PASSPHRASE) == data_key


def test_a_dpapi_failure_means_reduced_protection_never_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(secret: bytes) -> bytes:
        raise OSError(-2146893813, "CryptProtectData", "Key not valid for use in specified state.")

    store = installation_secret.DpapiMachineStore(tmp_path / "secrets", refuse, fake_unprotect)
    monkeypatch.setattr(installation_secret, "current_store", lambda: store)
    vault, _, _ = Vault.create(
        tmp_path / "data", ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert vault.reduced_protection
    assert "DPAPI (machine): OSError" in (installation_secret.last_problem() or "")


def test_real_dpapi_off_windows_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    store = installation_secret.DpapiMachineStore(tmp_path)
    with pytest.raises(Exception, match="Windows only"):
        store.put("0123", "secret")


def test_the_shared_model_applies_only_on_windows_without_an_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.windows.shared_store import active_shared_store

    (tmp_path / "intake-app").mkdir()
    windows = {"ProgramData": str(tmp_path)}
    assert active_shared_store(windows, "win32") == tmp_path / "intake-app"
    assert active_shared_store(windows, "linux") is None
    assert active_shared_store({**windows, "INTAKE_APP_DATA_DIR": "D:\\x"}, "win32") is None
    assert active_shared_store({"ProgramData": str(tmp_path / "none")}, "win32") is None


@pytest.mark.parametrize(
    ("flags", "kind"),
    [
        (0, None),
        (profile.PT_ROAMING, None),
        (profile.PT_TEMPORARY, "temporary"),
        (profile.PT_MANDATORY | profile.PT_ROAMING, "mandatory"),
    ],
)
def test_temporary_and_mandatory_profiles_are_refused(flags: int, kind: str | None) -> None:
    assert profile.profile_problem(flags) == kind
    if kind is None:
        profile.refuse_unsuitable_profile(flags)
    else:
        with pytest.raises(profile.UnsuitableProfile, match="afmelden") as refused:
            profile.refuse_unsuitable_profile(flags)
        assert refused.value.code == "windows.unsuitable_profile"
        assert refused.value.kind == kind


def test_a_temporary_profile_stops_a_command_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from intake_app import cli

    monkeypatch.delenv("INTAKE_APP_DATA_DIR")
    monkeypatch.setattr(profile, "profile_type", lambda: profile.PT_TEMPORARY)
    assert cli.main(["verify"]) == cli.EXIT_UNSUITABLE_PROFILE
    assert "tijdelijk" in capsys.readouterr().err


def test_data_dir_is_the_shared_store_when_it_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app import paths
    from intake_app.windows import shared_store

    shared = tmp_path / "intake-app"
    monkeypatch.delenv("INTAKE_APP_DATA_DIR")
    monkeypatch.setattr(shared_store, "active_shared_store", lambda: shared)
    assert paths.data_dir() == shared
