"""Every test runs with its own data folder, settings folder and an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from platformdirs.testing import isolated_dirs

from intake_app.vault import installation_secret


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything: tests never touch the machine's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("INTAKE_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # platformdirs ignores XDG on Windows (%LOCALAPPDATA%, %APPDATA%): redirect it there too,
    # and keep an installed station's shared store (%ProgramData%) out of reach.
    monkeypatch.setenv("ProgramData", str(tmp_path / "programdata"))
    with isolated_dirs(tmp_path / "platformdirs"):
        yield


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemoryKeyring]:
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(installation_secret, "_last_problem", None)
    yield backend
