"""After each answer the screen shows what applies, without rebuilding what is being typed in."""

from __future__ import annotations

from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.conftest import Store, answered, choice, line_edit, press_enter, type_text


def test_a_minor_is_not_asked_in_depth(screen: InterviewScreen, store: Store) -> None:
    """R14: the date of birth of a minor hides the account and shows the spontaneous note."""
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "01-06-2012")
    press_enter(edit)
    assert store.last("victim_date_of_birth") == answered("2012-06-01")
    assert screen.row("account").isHidden()
    assert not screen.row("minor_spontaneous_note").isHidden()
    assert not screen.row("guardian_safe_to_involve").isHidden()
    assert screen.row("victim_age_years").isHidden()  # the date of birth is known
    # the field being typed in is the same widget, still focused, text intact
    assert line_edit(screen, "victim_date_of_birth") is edit
    assert edit.hasFocus() and edit.text() == "01-06-2012"


def test_an_adult_gets_the_account_question(screen: InterviewScreen) -> None:
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "17-04-1990")
    press_enter(edit)
    assert not screen.row("account").isHidden()
    assert screen.row("minor_spontaneous_note").isHidden()
    assert screen.row("guardian_safe_to_involve").isHidden()


def test_physical_violence_shows_the_physical_section(screen: InterviewScreen) -> None:
    assert not screen.nav.is_shown("physical")
    screen.go_to_section("what_happened")
    choice(screen, "incident_kinds", "Verkrachting").click()
    assert screen.nav.is_shown("physical")
    assert not screen.nav.is_shown("pressure")  # no image-based abuse chosen
    choice(screen, "incident_kinds", "Afpersing met seksuele beelden (sextortion)").click()
    assert screen.nav.is_shown("pressure")


def test_answers_in_a_branch_that_no_longer_applies_are_kept(
    screen: InterviewScreen, store: Store
) -> None:
    choice(screen, "present_persons", "Tolk").click()
    interpreter = line_edit(screen, "interpreter_language")
    assert not screen.row("interpreter_language").isHidden()
    type_text(interpreter, "Pools")
    press_enter(interpreter)
    choice(screen, "present_persons", "Tolk").click()
    assert screen.row("interpreter_language").isHidden()
    assert screen.interview.answer("interpreter_language") is not None
    assert interpreter.text() == "Pools"
    assert "interpreter_language" not in [k for k, e in store.calls if e is None]


def test_progress_counts_per_section(screen: InterviewScreen) -> None:
    assert screen.nav.item_text("opening").endswith("0 van 6")
    choice(screen, "purpose_explained", "Ja").click()
    assert screen.nav.item_text("opening").endswith("1 van 6")
    choice(screen, "present_persons", "Tolk").click()
    assert screen.nav.item_text("opening").endswith("2 van 7")  # the interpreter's language


def test_next_and_previous_skip_sections_that_do_not_apply(screen: InterviewScreen) -> None:
    screen.go_to_section("who")
    screen.go_next()
    assert screen.current_section() == "needs"  # pressure, images, physical do not apply
    screen.go_previous()
    assert screen.current_section() == "who"
    screen.go_to_section("opening")
    assert not screen.previous_button.isEnabled()
