"""Answering through the widgets: each answer reaches persist at once, as the engine keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from intake_app.interview.answers import AnswerState
from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.conftest import (
    MakeScreen,
    Store,
    answered,
    choice,
    line_edit,
    press_enter,
    state_button,
    type_text,
)

NON_ASCII = "Şükrü Łukasz محمد"


def test_typed_non_ascii_text_is_saved_on_enter(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    saved: list[str] = []
    screen.answer_saved.connect(saved.append)
    type_text(edit, NON_ASCII)
    press_enter(edit)
    assert store.last("victim_name") == answered(NON_ASCII)
    assert saved == ["victim_name"]
    assert screen.row("victim_name").saved_mark.is_saved_shown()
    assert screen.interview.saved_answers()["victim_name"] == store.last("victim_name")


def test_typing_is_saved_after_a_pause_without_leaving_the_field(
    qtbot: QtBot, screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    type_text(edit, "Łukasz")
    qtbot.waitUntil(lambda: "victim_name" in store.saved_keys())
    assert store.last("victim_name") == answered("Łukasz")
    assert edit.hasFocus()  # saving did not interrupt typing


def test_leaving_the_field_saves_at_once(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    type_text(edit, "محمد")
    assert store.calls == []  # the pause has not passed yet
    line_edit(screen, "contact_avoid").setFocus()
    assert store.last("victim_name") == answered("محمد")


def test_long_text_saves_on_focus_out(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("closing")
    notes = screen.row("officer_notes").findChild(QPlainTextEdit)
    assert notes is not None
    type_text(notes, "Şükrü: aangifte later.")
    screen.next_button.setFocus()
    screen.previous_button.setFocus()
    assert store.last("officer_notes") == answered("Şükrü: aangifte later.")


def test_choices_yes_no_and_age(screen: InterviewScreen, store: Store) -> None:
    choice(screen, "purpose_explained", "Ja").click()
    assert store.last("purpose_explained") == answered("yes")
    choice(screen, "present_persons", "Tolk").click()
    choice(screen, "present_persons", "Ouder of voogd").click()
    assert store.last("present_persons") == answered(["parent_or_guardian", "interpreter"])
    choice(screen, "present_persons", "Tolk").click()
    assert store.last("present_persons") == answered(["parent_or_guardian"])
    choice(screen, "interview_language", "Engels").click()
    assert store.last("interview_language") == answered("en")

    screen.go_to_section("person")
    age = line_edit(screen, "victim_age_years")
    type_text(age, "34")
    press_enter(age)
    assert store.last("victim_age_years") == answered(34)


def test_unchecking_the_last_choice_clears_the_answer(
    screen: InterviewScreen, store: Store
) -> None:
    choice(screen, "present_persons", "Tolk").click()
    choice(screen, "present_persons", "Tolk").click()
    assert store.last("present_persons") is None


def test_state_buttons_record_and_take_back(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("safety")
    unknown = state_button(screen, "safe_now", AnswerState.UNKNOWN)
    unknown.click()
    assert store.last("safe_now") == {"value": None, "state": "unknown"}
    assert unknown.isChecked()
    state_button(screen, "safe_now", AnswerState.DECLINED).click()
    assert store.last("safe_now") == {"value": None, "state": "declined"}
    assert not unknown.isChecked()
    state_button(screen, "safe_now", AnswerState.DECLINED).click()  # taken back
    assert store.last("safe_now") is None


def test_choosing_a_state_empties_the_field_and_typing_replaces_it(
    screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    type_text(edit, "Ola")
    press_enter(edit)
    state_button(screen, "victim_name", AnswerState.DECLINED).click()
    assert store.last("victim_name") == {"value": None, "state": "declined"}
    assert edit.text() == ""
    assert "wil ik niet zeggen" in edit.placeholderText()
    press_enter(edit)  # leaving the empty field keeps the state
    assert store.last("victim_name") == {"value": None, "state": "declined"}

    type_text(edit, "Ola Nowak")
    press_enter(edit)
    assert store.last("victim_name") == answered("Ola Nowak")
    assert not state_button(screen, "victim_name", AnswerState.DECLINED).isChecked()


def test_shortcuts_act_on_the_focused_question(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert store.last("victim_name") == {"value": None, "state": "unknown"}
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert store.last("victim_name") == {"value": None, "state": "declined"}
    assert edit.hasFocus()


def test_state_buttons_name_their_shortcut(screen: InterviewScreen) -> None:
    unknown = state_button(screen, "safe_now", AnswerState.UNKNOWN)
    declined = state_button(screen, "safe_now", AnswerState.DECLINED)
    assert "Alt+W" in unknown.toolTip() and "Alt+W" in unknown.accessibleDescription()
    assert "Alt+Z" in declined.toolTip() and "Alt+Z" in declined.accessibleDescription()


def test_future_date_shows_a_message_and_keeps_the_text(
    screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "01-01-2030")
    press_enter(edit)
    assert edit.text() == "01-01-2030"
    assert "toekomst" in screen.row("victim_date_of_birth").message_text()
    assert store.last("victim_date_of_birth") == answered("2030-01-01")  # kept, counts nothing


def test_impossible_date_keeps_what_was_typed(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "31-02-2011")
    press_enter(edit)
    assert edit.text() == "31-02-2011"
    assert "dag-maand-jaar" in screen.row("victim_date_of_birth").message_text()
    assert store.last("victim_date_of_birth") == answered("31-02-2011")

    edit.clear()
    type_text(edit, "28-02-2011")
    press_enter(edit)
    assert store.last("victim_date_of_birth") == answered("2011-02-28")
    assert screen.row("victim_date_of_birth").message_text() == ""


def test_date_accepts_iso_too(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("when")
    edit = line_edit(screen, "incident_first_date")
    type_text(edit, "2026-11-02")
    press_enter(edit)
    assert store.last("incident_first_date") == answered("2026-11-02")


def test_no_message_while_still_typing_a_date(
    qtbot: QtBot, screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "17-04")
    qtbot.waitUntil(lambda: "victim_date_of_birth" in store.saved_keys())
    assert screen.row("victim_date_of_birth").message_text() == ""


def test_enter_in_a_field_does_not_leave_the_screen(screen: InterviewScreen) -> None:
    requested: list[str] = []
    screen.summary_requested.connect(lambda: requested.append("summary"))
    screen.readback_requested.connect(lambda: requested.append("readback"))
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    type_text(edit, "Ola")
    press_enter(edit)
    assert requested == []
    screen.summary_button.click()
    screen.readback_button.click()
    assert requested == ["summary", "readback"]


def test_english_shows_the_english_wording(make_screen: MakeScreen) -> None:
    english = make_screen(language="en")
    english.go_to_section("safety")
    # Age unknown: the careful default is a minor (R14), spoken to in a child's words.
    assert english.row("safe_now").ask.text() == "Are you safe right now?"


def test_too_long_text_is_kept_whole_with_a_message(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("opening")
    choice(screen, "present_persons", "Tolk").click()
    edit = line_edit(screen, "interpreter_language")
    text = "Ş" * 61  # the form allows 60
    type_text(edit, text)
    press_enter(edit)
    assert edit.text() == text
    assert store.last("interpreter_language") == answered(text)
    assert "Maximaal 60 tekens" in screen.row("interpreter_language").message_text()


def test_section_shortcuts(screen: InterviewScreen) -> None:
    edit = line_edit(screen, "interpreter_language")
    choice(screen, "purpose_explained", "Ja").setFocus()
    assert not edit.hasFocus()
    focused = choice(screen, "purpose_explained", "Ja")
    QTest.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert screen.current_section() == "safety"
    QTest.keyClick(
        screen.focusWidget() or screen, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier
    )
    assert screen.current_section() == "opening"
