"""Screenshot of the interview screen on a fictional case (docs/screenshots/interview.png).

Run under Xvfb from the repository root:
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.interview.screenshot
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.fictional_case import fictional_interview

ROOT = Path(__file__).resolve().parents[3]
TARGET = ROOT / "docs" / "screenshots" / "interview.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    screen = InterviewScreen(fictional_interview(), lambda _key, _entry: None)
    screen.resize(1280, 800)
    screen.show()
    screen.go_to_section("who")
    screen.show_identifier_matches(
        "suspects#1.identifiers",
        "@lisa_x_fictief (Instagram) komt ook voor in 2 andere meldingen van deze regio.",
    )
    screen.row("suspects#1.description").focus_input()
    page = screen.page("who")
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    for _ in range(20):
        app.processEvents()
    image = screen.grab()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(TARGET))
    sys.stdout.write(f"{TARGET}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
