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


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, False)) / "settings.ini"


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
