"""The summary and the letters screen at 1366 x 768, a common station laptop (issue 18).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/capture_1366.py

The training store's fictional sextortion case (15 years old, a deadline): the summary opens
with every urgent action first; the letters screen shows the Offlimits letter, whose consent
the training case records. Throwaway data folder, fictional people only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    os.environ["INTAKE_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="intake-screens-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from intake_app.training_identity import TRAINING_PASSPHRASE
    from intake_app.ui.app import configure_application, create_application
    from intake_app.ui.main_window import MainWindow
    from intake_app.vault import KdfParams

    app, _language = create_application(sys.argv[:1])
    configure_application(app, "nl")
    quick = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # fictional data only
    base = Path(os.environ["INTAKE_APP_DATA_DIR"])
    window = MainWindow(data_dir=base / "training", training=True, kdf=quick)

    def grab(name: str) -> None:
        QApplication.processEvents()
        screen = window.screen()
        screen.grabWindow(0).save(str(OUT / f"{name}.png"))  # the whole 1366 x 768 screen

    steps: list[Callable[[], None]] = []

    def run_steps() -> None:
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(500, run_steps)

    def start() -> None:
        window.show_on_screen()
        window.unlock.passphrase.setText(TRAINING_PASSPHRASE)

    def wait_for_home() -> None:
        if window.screens.currentWidget() is not window.home or window.home.loading:
            steps.insert(0, wait_for_home)

    def open_urgent_case() -> None:
        model = window.home.model
        for row in range(model.rowCount()):
            case = model.row(model.index(row, 0))
            window.open_intake(case.intake_id)
            if window.case is not None and window.case.victim_name() == "Sam Voorbeeld":
                return
        raise RuntimeError("the fictional sextortion case is missing")

    def letters() -> None:
        window.show_letters()
        if window.letters is not None:
            window.letters.select("offlimits")

    def wait_for_letter() -> None:
        if window.letters is None or window.letters.page_count() == 0:
            steps.insert(0, wait_for_letter)

    steps.extend(
        [
            start,
            window.unlock.unlock_button.click,
            wait_for_home,
            open_urgent_case,
            window.show_summary,
            lambda: grab("summary-1366"),
            letters,
            wait_for_letter,
            lambda: grab("letters-1366"),
        ]
    )
    QTimer.singleShot(300, run_steps)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
