"""The window speaks to the person at the desk: je, u, or about the child (R14)."""

from __future__ import annotations

from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.conftest import MakeScreen, choice, line_edit, press_enter, type_text


def test_the_questions_follow_who_tells_and_the_age(make_screen: MakeScreen) -> None:
    screen: InterviewScreen = make_screen()
    assert screen.row("interview_language").isVisible()  # the language comes first

    choice(screen, "reporter", "Een ouder of voogd, over het kind").click()
    assert screen.row("safe_now").ask.text() == "Is uw kind op dit moment veilig?"
    assert screen.row("victim_name").ask.text() == "Wat is de naam van uw kind?"

    choice(screen, "reporter", "Het slachtoffer zelf").click()
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "10-09-2010")  # 16 on the intake date
    press_enter(edit)
    assert screen.row("safe_now").ask.text() == "Ben je nu veilig?"
    assert screen.row("victim_name").ask.text() == "Hoe heet je?"

    edit.selectAll()
    type_text(edit, "10-09-1990")
    press_enter(edit)
    assert screen.row("safe_now").ask.text() == "Bent u op dit moment veilig?"
    assert screen.row("safe_now").guidance.startswith('Bij "nee" of "weet ik niet"')


def test_english_speaks_to_a_parent_about_the_child(make_screen: MakeScreen) -> None:
    screen: InterviewScreen = make_screen(language="en")

    choice(screen, "reporter", "A parent or guardian, about the child").click()

    assert screen.row("safe_now").ask.text() == "Is your child safe at this moment?"


def test_a_young_childs_intake_leaves_the_in_depth_sections_out(make_screen: MakeScreen) -> None:
    """R14: under 12 at the facts, no pressure, images or material pages; safety stays."""
    screen: InterviewScreen = make_screen()
    choice(screen, "reporter", "Een ouder of voogd, over het kind").click()
    screen.go_to_section("person")
    edit = line_edit(screen, "victim_date_of_birth")
    type_text(edit, "03-05-2018")
    press_enter(edit)
    screen.go_to_section("what_happened")
    choice(screen, "incident_kinds", "Afpersing met seksuele beelden (sextortion)").click()

    for section in ("pressure", "images", "material"):
        assert not screen.nav.is_shown(section), section
    assert screen.nav.is_shown("safety")
    assert screen.row("report_wish").isHidden()
    assert screen.row("wants_offender_informed").isHidden()
    assert not screen.row("safe_now").isHidden()

    # A teenager keeps the coercion questions that decide B or C.
    screen.go_to_section("person")
    edit.selectAll()
    type_text(edit, "03-05-2011")
    press_enter(edit)
    assert screen.nav.is_shown("pressure")
