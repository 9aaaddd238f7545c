"""The Taal / Language menu: the officer's choice of interface language, kept in the settings.

The names of the languages are written in their own language and never translated, so an
officer who cannot read the current interface still finds their own. The choice takes effect
at the next start: rebuilding every screen mid-interview could lose what is being typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from intake_app.ui.settings import InterfaceSettings

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def build_language_menu(
    menu_bar: QMenuBar, current: str, on_chosen: Callable[[str], None]
) -> QMenu:
    menu = menu_bar.addMenu("&Taal / Language")  # bilingual on purpose: see above
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, code=code: on_chosen(code))
        group.addAction(action)
        menu.addAction(action)
    return menu


def remember_language(code: str, settings: InterfaceSettings | None = None) -> None:
    (settings or InterfaceSettings()).language = code


def next_start_message(code: str) -> str:
    """Said in the chosen language, since that is the one the officer reads."""
    if code == "en":
        return "The interface will be in English from the next start of the app."
    return "De app is vanaf de volgende start in het Nederlands."
