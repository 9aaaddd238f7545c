"""Screenshots of the first interview pages for a 15-year-old and for a parent telling for an
8-year-old (docs/screenshots/interview-teen-*.png, interview-parent-*.png), all fictional.

Run under Xvfb from the repository root:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m tests.ui.interview.screenshot_address
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from intake_app.interview.session import Interview
from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.fictional_case import INTAKE_DATE, SHIPPED_FORM
from tests.ui.interview.screenshot import save, settle

PEOPLE: dict[str, dict[str, Any]] = {
    # A 15-year-old telling herself.
    "teen": {
        "interview_language": "nl",
        "reporter": "victim",
        "victim_age_estimate": "minor",
        "victim_date_of_birth": "2011-02-14",
    },
    # A parent telling for an 8-year-old.
    "parent": {
        "interview_language": "nl",
        "reporter": "guardian",
        "victim_age_estimate": "minor",
        "present_persons": ["parent_or_guardian"],
        "victim_date_of_birth": "2018-05-03",
    },
}


def main() -> int:
    app = QApplication(sys.argv[:1])
    for name, answers in PEOPLE.items():
        interview = Interview(SHIPPED_FORM, INTAKE_DATE)
        for key, value in answers.items():
            interview.set_answer(key, value)
        screen = InterviewScreen(interview, lambda _key, _entry: None)
        screen.resize(1366, 768)
        screen.show()
        screen.activateWindow()
        settle(app)
        for section in ("opening", "safety"):
            screen.go_to_section(section)
            settle(app)
            save(screen, f"interview-{name}-{section}.png")
        screen.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
