"""Started as a child process by benchmarks.startup: opens a window and says when it shows.

`app` starts the real app the way `intake-app` does; `bare` starts a bare PySide6 window the
same way, as the baseline.
"""

from __future__ import annotations

import sys


def _report_shown_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    sys.stdout.write("shown\n")
    sys.stdout.flush()
    QApplication.quit()


def _run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    window.show()
    QTimer.singleShot(0, _report_shown_and_quit)
    return app.exec()


def _run_app() -> int:
    from intake_app.ui.app import run_gui

    return run_gui(sys.argv[:1], on_shown=lambda _window: _report_shown_and_quit())


def _run_app_until_ready() -> int:
    """Until the officer can unlock: the officers read from the key file, the button enabled."""
    from PySide6.QtCore import QTimer

    from intake_app.ui.app import run_gui
    from intake_app.ui.main_window import MainWindow

    def when_ready(window: MainWindow) -> None:
        if window.unlock.unlock_button.isEnabled() and window.unlock.officer.count():
            _report_shown_and_quit()
        else:
            QTimer.singleShot(10, lambda: when_ready(window))

    return run_gui(sys.argv[:1], on_shown=when_ready)


if __name__ == "__main__":
    runs = {"bare": _run_bare, "app": _run_app, "app-ready": _run_app_until_ready}
    sys.exit(runs[sys.argv[1]]())
