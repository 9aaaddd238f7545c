from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from intake_app.ui.security.privacy_screen import PRIVACY_KEY, PrivacyScreen


def make_window(qtbot: QtBot) -> tuple[QMainWindow, PrivacyScreen]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Fictieve naam: Şükrü Testpersoon"))
    qtbot.addWidget(window)
    privacy = PrivacyScreen(window)
    window.show()
    qtbot.waitExposed(window)
    return window, privacy


def test_one_key_hides_everything_and_one_click_brings_it_back(qtbot: QtBot) -> None:
    window, privacy = make_window(qtbot)
    dialog = QDialog(window)
    dialog.show()

    qtbot.keyClick(window, PRIVACY_KEY)

    assert privacy.is_active()
    assert privacy.cover.geometry() == window.rect()
    assert not dialog.isVisible()

    qtbot.mouseClick(privacy.cover.reveal_button, Qt.MouseButton.LeftButton)

    assert not privacy.is_active()
    assert dialog.isVisible()


def test_key_works_while_a_dialog_has_focus(qtbot: QtBot) -> None:
    window, privacy = make_window(qtbot)
    dialog = QDialog(window)
    dialog.show()

    qtbot.keyClick(dialog, PRIVACY_KEY)

    assert privacy.is_active()
    assert not dialog.isVisible()


def test_cover_follows_the_window_size(qtbot: QtBot) -> None:
    window, privacy = make_window(qtbot)
    privacy.hide_everything()

    window.resize(900, 650)
    qtbot.wait(10)

    assert privacy.cover.geometry() == window.rect()


def test_windows_hidden_before_a_lock_do_not_return(qtbot: QtBot) -> None:
    window, privacy = make_window(qtbot)
    dialog = QDialog(window)
    dialog.show()
    privacy.hide_everything()

    privacy.drop_hidden_windows()
    privacy.reveal()

    assert not dialog.isVisible()
