"""Interface settings: only preferences, never personal data (no names, no recent cases).

An INI file in the user's config folder rather than the Windows registry, so an administrator
can read exactly what is kept.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from intake_app import APP_NAME
from intake_app.ui.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

ALLOWED_KEYS = frozenset({"interface/language", "window/geometry"})


def settings_path(dirs: type[platformdirs.api.PlatformDirsABC] = platformdirs.PlatformDirs) -> Path:
    """The roaming config folder: on Windows %APPDATA%\\intake-app, not the data folder
    (%LOCALAPPDATA%\\intake-app, which platformdirs also gives as the local config folder), so
    backup, restore and the uninstaller see only the store there. Language and window size
    may roam; they hold no personal data."""
    return Path(dirs(APP_NAME, False, roaming=True).user_config_dir) / "settings.ini"


class InterfaceSettings:
    def __init__(self, path: Path | None = None) -> None:
        self._settings = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value("interface/language", DEFAULT_LANGUAGE)
        return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self._settings.setValue("interface/language", value)
        self._settings.sync()

    def keys(self) -> list[str]:
        return list(self._settings.allKeys())
