"""Capture docs/screenshots/letters.png: the letters screen with the invented example case's
Offlimits letter previewed. Run on an X server (Xvfb in practice):

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture_letters.py

Uses intake_app.referrals.example (nobody real) and a throwaway data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    os.environ["INTAKE_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="intake-screens-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from intake_app.referrals.directory import load_directory
    from intake_app.referrals.example import EXAMPLE_NOW, example_case
    from intake_app.ui.letters import LettersScreen

    app = QApplication(sys.argv[:1])
    example = example_case(training=True)
    # No consent for Perspectief Herstelbemiddeling, so the list also shows a refusal.
    consents = tuple(c for c in example.consents if c.service != "herstelbemiddeling")
    case = example.model_copy(update={"consents": consents})
    screen = LettersScreen(
        lambda: case,
        load_directory(),
        lambda document, action: None,
        training=True,
        clock=lambda: EXAMPLE_NOW,
    )
    screen.setWindowTitle("Intake-app — verwijsbrieven")
    screen.resize(1260, 760)
    screen.show()
    screen.refresh()
    screen.select("offlimits")

    def capture() -> None:
        if screen.page_count() == 0:  # the worker is still building the PDF
            QTimer.singleShot(200, capture)
            return
        QApplication.processEvents()
        screen.grab().save(str(OUT / "letters.png"))
        app.quit()

    QTimer.singleShot(500, capture)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
