"""Where the app puts things on Windows, computed with platformdirs' Windows rules on Linux."""

from __future__ import annotations

from pathlib import PureWindowsPath

import platformdirs
import pytest
from platformdirs import windows

from intake_app import APP_NAME
from intake_app.ui.settings import settings_path

KNOWN_FOLDERS = {
    "CSIDL_APPDATA": r"C:\Users\agent\AppData\Roaming",
    "CSIDL_LOCAL_APPDATA": r"C:\Users\agent\AppData\Local",
    "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
}


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "get_win_folder", KNOWN_FOLDERS.__getitem__)


def test_settings_ini_is_not_inside_the_data_folder(windows_folders: None) -> None:
    settings = PureWindowsPath(str(settings_path(windows.Windows)))
    data = PureWindowsPath(windows.Windows(APP_NAME, False).user_data_dir)  # intake_app/paths.py
    assert data == PureWindowsPath(r"C:\Users\agent\AppData\Local\intake-app")
    assert settings == PureWindowsPath(r"C:\Users\agent\AppData\Roaming\intake-app\settings.ini")
    assert data not in settings.parents


def test_the_tests_never_see_the_real_user_folders() -> None:
    # tests/conftest.py: platformdirs' isolation covers Windows' %LOCALAPPDATA% and %APPDATA%,
    # which ignore the XDG variables.
    real_home_parts = {"AppData", ".local", ".config"}
    for folder in (
        platformdirs.user_data_dir(APP_NAME, False),
        platformdirs.user_config_dir(APP_NAME, False, roaming=True),
        str(settings_path()),
    ):
        assert "platformdirs" in folder
        assert not real_home_parts & set(PureWindowsPath(folder).parts)
