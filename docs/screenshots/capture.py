"""Capture the README's screenshots from the real window on an X server (Xvfb in practice).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture.py

Uses a throwaway data folder and keyring, so no real case can appear in a screenshot.
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

    from intake_app.ui.app import create_application
    from intake_app.ui.main_window import MainWindow

    app, _language = create_application(sys.argv[:1])
    window = MainWindow()
    window.resize(1100, 700)
    window.show()

    def grab_screen(name: str) -> None:
        screen = window.screen()
        screen.grabWindow(window.winId()).save(str(OUT / f"{name}.png"))

    def capture() -> None:
        grab_screen("main-window")
        about = window.show_about()
        QApplication.processEvents()
        about.grab().save(str(OUT / "about.png"))
        app.quit()

    QTimer.singleShot(500, capture)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
