"""When the store fails, the field says so calmly, keeps the text, and saves when it can."""

from __future__ import annotations

from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.conftest import Store, answered, choice, line_edit, press_enter, type_text


def test_failed_save_shows_a_calm_message_and_keeps_the_text(
    screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    store.failing = True
    type_text(edit, "Şükrü")
    press_enter(edit)
    mark = screen.row("victim_name").saved_mark
    assert mark.is_failure_shown() and not mark.is_saved_shown()
    assert mark.not_saved.text() == "Niet opgeslagen — probeer opnieuw"
    assert edit.text() == "Şükrü"
    assert screen.unsaved_keys() == {"victim_name"}

    store.failing = False
    mark.retry.click()
    assert store.last("victim_name") == answered("Şükrü")
    assert mark.is_saved_shown() and not mark.is_failure_shown()
    assert screen.unsaved_keys() == set()


def test_unsaved_answers_are_saved_with_the_next_save(
    screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    store.failing = True
    type_text(edit, "Łukasz")
    press_enter(edit)
    store.failing = False
    screen.go_to_section("safety")
    choice(screen, "safe_now", "Ja").click()
    assert store.last("victim_name") == answered("Łukasz")
    assert screen.row("victim_name").saved_mark.is_saved_shown()


def test_leaving_a_field_again_retries_it(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_name")
    store.failing = True
    type_text(edit, "محمد")
    press_enter(edit)
    store.failing = False
    press_enter(edit)
    assert store.last("victim_name") == answered("محمد")
