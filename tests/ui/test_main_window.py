from __future__ import annotations

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from intake_app import __version__
from intake_app.store.sqlcipher import cipher_version
from intake_app.ui.about import AboutDialog
from intake_app.ui.app import configure_application, register_bundled_fonts
from intake_app.ui.main_window import WINDOW_TITLE, MainWindow


def open_main_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_opens_on_the_empty_home_screen(qtbot: QtBot) -> None:
    window = open_main_window(qtbot)

    assert window.windowTitle() == WINDOW_TITLE
    assert window.screens.currentWidget() is window.home
    assert window.home.empty_state.isVisible()
    assert "nog geen intakes" in window.home.empty_state.text()
    menu_titles = [action.text() for action in window.menuBar().actions()]
    assert menu_titles == ["&Bestand", "&Help"]


def test_about_dialog_shows_version_sqlcipher_and_keyring(qtbot: QtBot) -> None:
    window = open_main_window(qtbot)

    window.about_action.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")

    assert dialog is not None and dialog.isVisible()
    assert dialog.facts["version"] == __version__
    assert dialog.facts["sqlcipher"] == cipher_version()
    assert "InMemoryKeyring" in dialog.facts["keyring"]
    assert "verminderde bescherming" not in dialog.facts["keyring"]


def test_about_dialog_says_protection_is_reduced_without_a_keyring(qtbot: QtBot) -> None:
    keyring.set_keyring(fail.Keyring())
    window = open_main_window(qtbot)

    dialog = window.show_about()

    assert "verminderde bescherming" in dialog.facts["keyring"]


def test_bundled_fonts_are_registered(qapp: QApplication) -> None:
    assert "DejaVu Sans" in register_bundled_fonts()


def test_qt_own_buttons_speak_dutch(qapp: QApplication) -> None:
    configure_application(qapp)

    close_button = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)

    assert close_button.buttons()[0].text() == "Annuleren"
