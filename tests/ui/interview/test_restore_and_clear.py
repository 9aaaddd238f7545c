"""A restored interview shows every answer; on lock every widget is emptied, nothing deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview
from intake_app.ui.interview import InterviewScreen
from intake_app.ui.interview.identifier_list import IdentifierListInput
from tests.ui.interview.conftest import (
    MakeScreen,
    Store,
    answered,
    choice,
    line_edit,
    state_button,
    type_text,
)
from tests.ui.interview.fictional_case import INTAKE_DATE, SHIPPED_FORM, fictional_interview


def restored() -> Interview:
    return Interview.restore(SHIPPED_FORM, INTAKE_DATE, fictional_interview().saved_answers())


def test_restore_shows_every_kind_of_answer(make_screen: MakeScreen, store: Store) -> None:
    screen = make_screen(restored())
    assert line_edit(screen, "victim_name").text() == "Şükrü Demir (fictief)"
    assert line_edit(screen, "victim_date_of_birth").text() == "17-04-1998"
    assert choice(screen, "safe_now", "Ja").isChecked()
    assert choice(screen, "contact_safe_ways", "Telefoon").isChecked()
    assert not choice(screen, "contact_safe_ways", "E-mail").isChecked()
    assert state_button(screen, "self_harm_thoughts", AnswerState.DECLINED).isChecked()
    account = screen.row("account").findChild(QPlainTextEdit)
    assert account is not None and "geld" in account.toPlainText()
    assert line_edit(screen, "suspects#1.description").text() == "Account 'lisa_x_fictief'"
    assert state_button(screen, "suspects#1.age_years", AnswerState.UNKNOWN).isChecked()
    identifiers = screen.row("suspects#1.identifiers").input
    assert isinstance(identifiers, IdentifierListInput)
    assert [row.value.text() for row in identifiers.rows] == [
        "@lisa_x_fictief",
        "NL91 ABNA 0417 1643 00",
    ]
    assert identifiers.rows[0].platform.currentText() == "Instagram"
    assert screen.nav.item_text("safety").endswith("6 van 6")
    assert store.calls == []  # showing saved answers saves nothing


def test_restore_keeps_an_invalid_date_visible_with_its_message(
    make_screen: MakeScreen,
) -> None:
    interview = Interview(SHIPPED_FORM, INTAKE_DATE)
    interview.set_answer("victim_date_of_birth", "31-02-2011")
    screen = make_screen(Interview.restore(SHIPPED_FORM, INTAKE_DATE, interview.saved_answers()))
    assert line_edit(screen, "victim_date_of_birth").text() == "31-02-2011"
    assert screen.row("victim_date_of_birth").message_text() != ""


def test_focus_first_open_question(make_screen: MakeScreen) -> None:
    screen = make_screen(restored())
    screen.focus_first_open_question()
    first_open = screen.interview.open_questions()[0]
    open_key = first_open.key
    assert screen.current_section() == first_open.question.section
    focused = screen.focusWidget()
    assert focused is not None and screen.row(open_key).isAncestorOf(focused)


def test_clear_personal_data_empties_every_widget(make_screen: MakeScreen, store: Store) -> None:
    screen = make_screen(restored())
    screen.show_identifier_matches("suspects#1.identifiers", "komt ook voor in 1 melding")
    screen.clear_personal_data()
    for edit in screen.findChildren(QLineEdit):
        assert edit.text() == "", edit.accessibleName()
    for text in screen.findChildren(QPlainTextEdit):
        assert text.toPlainText() == ""
    for button in screen.findChildren(QAbstractButton):
        assert not button.isChecked(), button.text()
    assert screen.group_box("suspects").boxes == {}
    assert screen.seriality.isHidden() and screen.seriality.texts() == {}
    assert screen.guidance.text.text() == ""
    assert all(entry is not None for _key, entry in store.calls)  # nothing was deleted


def test_clear_saves_what_was_being_typed_first(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    type_text(line_edit(screen, "victim_name"), "Łukasz")
    screen.clear_personal_data()
    assert store.last("victim_name") == answered("Łukasz")
    calls = len(store.calls)
    choice(screen, "safe_now", "Ja").click()  # a stray click after locking saves nothing
    assert len(store.calls) == calls
