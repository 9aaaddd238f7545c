"""The real main window from first run through a whole interview to the finalised summary,
on the path "15-year-old, unknown adult suspect, money demanded, deadline tomorrow"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from intake_app.ui.settings import ALLOWED_KEYS, InterfaceSettings
from tests.ui.conftest import FakeClock
from tests.ui.flow import first_run, open_window, type_text, unlock

VICTIM = "Şükrü Łukasz محمد Testpersoon"  # fictional


def choose(window: MainWindow, key: str, text: str) -> None:
    screen = window.interview_screen
    for button in screen.row(key).findChildren(QAbstractButton):
        if button.text() == text and button.isCheckable():
            button.click()
            return
    raise AssertionError(f"{key} has no option {text!r}")


def type_answer(window: MainWindow, key: str, text: str) -> None:
    edit = window.interview_screen.row(key).findChild(QLineEdit)
    assert edit is not None, key
    type_text(edit, text)
    edit.clearFocus()
    window.interview_screen.save_pending()


def interview_15_year_old_with_deadline(window: MainWindow) -> None:
    screen = window.interview_screen
    screen.go_to_section("safety")
    choose(window, "safe_now", "Ja")
    choose(window, "extortion_deadline", "Ja")
    choose(window, "deadline_within_48h", "Ja")
    choose(window, "self_harm_thoughts", "Nee")
    screen.go_to_section("person")
    type_answer(window, "victim_name", VICTIM)
    type_answer(window, "victim_age_years", "15")
    screen.go_to_section("what_happened")
    choose(window, "incident_kinds", "Afpersing met seksuele beelden (sextortion)")
    screen.go_to_section("who")
    screen.group_box("suspects").add_button.click()
    choose(window, "suspects#1.known", "Nee")
    choose(window, "suspects#1.age_estimate", "18 of ouder")
    screen.go_to_section("pressure")
    choose(window, "financial_demand", "Ja")


def test_whole_intake_to_a_finalised_summary(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)

    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert window.interview_screen is not None
    interview_15_year_old_with_deadline(window)
    window.show_summary()

    assert window.screens.currentWidget() is window.summary
    decision_text = window.summary.decision_label.text()
    assert "Groep C" in decision_text
    assert "Onderzoek door het TSM" in decision_text
    urgent = [window.summary.urgent.item(i).text() for i in range(window.summary.urgent.count())]
    assert any("Termijn van de afperser" in line for line in urgent)
    reasons = [window.summary.reasons.item(i).text() for i in range(window.summary.reasons.count())]
    assert any(line.startswith("R2:") for line in reasons)

    window.summary.confirm = lambda question: True
    qtbot.mouseClick(window.summary.finalise_button, Qt.MouseButton.LeftButton)

    assert window.case is not None and window.case.summary.status == "completed"
    assert window.summary.message.text() == "De intake is afgerond."  # not "Afgerond (afgerond)"
    assert not window.summary.finalise_button.isVisible()
    assert window.windowTitle() == "Intake (politie)"  # never personal data in the title
    assert set(InterfaceSettings().keys()) <= ALLOWED_KEYS


def test_a_restart_in_the_middle_resumes_with_every_answer(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    interview_15_year_old_with_deadline(window)
    saved = window.case.interview.saved_answers() if window.case else {}
    window.close()

    restarted = open_window(qtbot, data_dir, clock)
    unlock(qtbot, restarted)
    qtbot.waitUntil(lambda: restarted.home.model.rowCount() == 1, timeout=10000)
    restarted.open_intake(restarted.home.model.row(restarted.home.model.index(0, 0)).intake_id)

    assert restarted.case is not None
    assert restarted.case.interview.saved_answers() == saved
    assert restarted.case.victim_name() == VICTIM
    name_field = restarted.interview_screen.row("victim_name").findChild(QLineEdit)
    assert name_field.text() == VICTIM


def test_locking_mid_interview_empties_the_screen_and_keeps_the_draft(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    interview_15_year_old_with_deadline(window)

    window.lock()

    assert window.interview_screen is None
    assert window.case is None
    assert window.screens.currentWidget() is window.unlock
    unlock(qtbot, window)
    # Back where the officer was (issue 18), with the draft; the list holds it too.
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.interview_host, timeout=10000)
    window.show_home()
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1, timeout=10000)
    status_column = window.home.model.COLUMNS.index("status")
    assert window.home.model.data(window.home.model.index(0, status_column)) == "concept"


def test_letters_open_from_the_summary(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    interview_15_year_old_with_deadline(window)
    window.show_summary()

    qtbot.mouseClick(window.summary.letters_button, Qt.MouseButton.LeftButton)

    assert window.screens.currentWidget() is window.letters_host
    assert window.letters is not None
    window.lock()
    assert window.letters is None


def test_administration_is_for_the_administrator(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)

    assert window.admin_action.isVisible()
    window.admin_action.trigger()

    assert window.screens.currentWidget() is window.admin_host
    assert window.admin is not None
