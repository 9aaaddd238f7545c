"""Screenshots of the interview screen on a fictional case (docs/screenshots/interview*.png).

Run under Xvfb from the repository root:
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.interview.screenshot
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.fictional_case import fictional_interview

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def save(screen: InterviewScreen, name: str) -> None:
    path = SHOTS / name
    screen.grab().save(str(path))
    sys.stdout.write(f"{path}\n")


def main() -> int:
    app = QApplication(sys.argv[:1])
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen = InterviewScreen(fictional_interview(), lambda _key, _entry: None)
    screen.resize(1280, 800)
    screen.show()
    screen.activateWindow()
    settle(app)

    # The suspects: a repeat group with identifiers and a seriality match.
    screen.go_to_section("who")
    screen.show_identifier_matches(
        "suspects#1.identifiers",
        "@lisa_x_fictief (Instagram) komt ook voor in 2 andere meldingen van deze regio.",
    )
    identifiers = screen.row("suspects#1.identifiers").findChild(QLineEdit)
    if identifiers is not None:
        identifiers.setFocus()
    page = screen.page("who")
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    settle(app)
    save(screen, "interview.png")

    # About the person: a date in the future keeps its text and gets a calm message.
    screen.go_to_section("person")
    date_field = screen.row("victim_date_of_birth").findChild(QLineEdit)
    if date_field is not None:
        date_field.setFocus()
        date_field.selectAll()
        for character in "17-04-2028\r":
            key = Qt.Key.Key_Return if character == "\r" else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
                QApplication.sendEvent(date_field, event)
    settle(app)
    save(screen, "interview-person.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
