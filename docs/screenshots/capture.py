"""Capture the README's screenshots from the real window on an X server (Xvfb in practice).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture.py
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture.py en

Uses throwaway data folders and the training store's fictional cases, so no real case can
appear in a screenshot.
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
    from PySide6.QtWidgets import QApplication, QWidget

    from intake_app.training_identity import TRAINING_PASSPHRASE
    from intake_app.ui.app import configure_application, create_application
    from intake_app.ui.main_window import MainWindow
    from intake_app.vault import KdfParams

    language = "en" if sys.argv[1:] == ["en"] else "nl"
    suffix = "-en" if language == "en" else ""
    app, _language = create_application(sys.argv[:1])
    configure_application(app, language)
    quick = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # fictional data only
    base = Path(os.environ["INTAKE_APP_DATA_DIR"])
    setup_window = MainWindow(data_dir=base / "station", kdf=quick, language=language)
    window = MainWindow(data_dir=base / "training", training=True, kdf=quick, language=language)

    def grab(widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        widget.screen().grabWindow(widget.winId()).save(str(OUT / f"{name}{suffix}.png"))

    steps: list[Callable[[], None]] = []

    def run_steps() -> None:
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(400, run_steps)

    def show_setup() -> None:
        setup_window.resize(1180, 760)
        setup_window.show()

    def unlock_training() -> None:
        setup_window.hide()
        window.resize(1180, 760)
        window.show()
        window.unlock.passphrase.setText(TRAINING_PASSPHRASE)

    def press_unlock() -> None:
        grab(window, "unlock")
        window.unlock.unlock_button.click()

    def wait_for_home() -> None:
        if window.screens.currentWidget() is not window.home or window.home.loading:
            steps.insert(0, wait_for_home)

    def open_first_case() -> None:
        grab(window, "main-window")
        # The oldest fictional case is the urgent one: sextortion with a deadline.
        model = window.home.model
        window.open_intake(model.row(model.index(model.rowCount() - 1, 0)).intake_id)

    def summary() -> None:
        window.show_summary()

    def readback() -> None:
        grab(window, "summary")
        window.show_readback()

    def about() -> None:
        grab(window, "readback")
        dialog = window.show_about()
        QApplication.processEvents()
        dialog.grab().save(str(OUT / f"about{suffix}.png"))
        dialog.close()

    steps.extend(
        [
            show_setup,
            lambda: grab(setup_window, "setup"),
            setup_window.setup.as_frontoffice.click,  # R1: the region's frontoffice
            lambda: grab(setup_window, "setup-frontoffice"),
            unlock_training,
            press_unlock,
            wait_for_home,
            open_first_case,
            summary,
            readback,
            about,
        ]
    )
    QTimer.singleShot(300, run_steps)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
