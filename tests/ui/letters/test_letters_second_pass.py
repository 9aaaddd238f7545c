"""The letters screen, second pass (issue 18): the language box is not cut, a service without
a letter clears what was shown before, and the English interface says in English what a
letter leaves out."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.ui.letters import LettersScreen
from tests.ui.letters.conftest import DIRECTORY, Recorder, ScreenFactory
from tests.ui.letters.test_letters_screen import previewed, without_consent


def test_the_language_box_shows_the_whole_name(qtbot: QtBot, make_screen: ScreenFactory) -> None:
    screen = make_screen(example_case())
    screen.resize(1366, 700)
    screen.show()  # shown with nothing chosen yet: the box is empty at first
    qtbot.waitExposed(screen)
    previewed(qtbot, screen, "offlimits")
    qtbot.wait(20)
    box = screen.language_box
    needed = box.fontMetrics().horizontalAdvance("Nederlands")
    assert box.width() > needed + 20  # the text plus the arrow, never "Nederlar"


def test_a_service_without_a_letter_clears_the_preview_and_the_print_status(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    case = without_consent(example_case(), "victim")
    screen = previewed(qtbot, make_screen(case), "csg")
    screen.print_document()
    qtbot.waitUntil(
        lambda: screen.status_label.text() == "Naar de printer gestuurd.", timeout=20000
    )

    screen.select("offlimits")  # no consent: no letter

    assert screen.page_count() == 0
    assert screen.status_label.text() == ""
    assert not screen.print_button.isEnabled()


def test_the_english_interface_says_what_a_dutch_letter_leaves_out_in_english(
    qtbot: QtBot, recorder: Recorder, tmp_path: Path
) -> None:
    case = example_case()
    screen = LettersScreen(
        lambda: case,
        DIRECTORY,
        recorder.record,
        training=case.training,
        clock=lambda: EXAMPLE_NOW,
        hooks=recorder.hooks(),
        language="en",
    )
    qtbot.addWidget(screen)
    screen.refresh()
    screen.select("offlimits")
    dutch = screen.language_box.findData("nl")
    screen.language_box.setCurrentIndex(dutch)
    qtbot.waitUntil(lambda: screen.page_count() > 0, timeout=10000)

    from intake_app.referrals.letters import leaves_out

    assert screen.left_out_texts() == list(leaves_out("offlimits", "en"))
    assert screen.left_out_texts() != list(leaves_out("offlimits", "nl"))
