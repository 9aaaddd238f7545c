"""R7 in the window: an image location shared with an earlier intake is shown beside the
question like an identifier match, and the summary carries the R7 reason (issue 16)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from tests.ui.conftest import FakeClock
from tests.ui.flow import first_run, open_window

GROUP = [{"kind": "url", "value": "https://t.me/+FiCtIeFgRoEp1"}]


def record(window: MainWindow, answers: dict[str, object]) -> None:
    """Answers as the interview screen saves them, then the window's after-save signal."""
    case, screen = window.case, window.interview_screen
    assert case is not None and screen is not None
    for key, value in answers.items():
        case.interview.set_answer(key, value)
        case.persist(key, case.interview.saved_answers().get(key))
        screen.answer_saved.emit(key)


def images_in_a_group(window: MainWindow) -> None:
    record(
        window,
        {
            "victim_age_years": 15,
            "incident_kinds": ["sextortion"],
            "images_exist": "yes",
            "images_distributed": "yes",
            "image_locations": GROUP,
        },
    )


def test_an_image_location_match_is_shown_and_reaches_the_summary(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    window.start_intake()
    images_in_a_group(window)
    assert window.case is not None
    earlier = window.case.summary.reference

    window.show_home()
    window.start_intake()
    images_in_a_group(window)

    assert window.interview_screen is not None
    shown = window.interview_screen.seriality.texts()
    assert earlier in shown["image_locations"]
    assert window.interview_screen.seriality.isVisibleTo(window.interview_screen)
    window.show_summary()
    reasons = [window.summary.reasons.item(i).text() for i in range(window.summary.reasons.count())]
    assert any(line.startswith("R7") and earlier in line for line in reasons)
