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


class _FirstPaint:
    """Says "shown" once `widget` has painted after `ready()` holds: the first frame the
    person sees with the screen usable, not merely show() called."""

    def __init__(self, widget: object, ready: object = None) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self._ready = ready or (lambda: True)
        self._done = False

        class Filter(QObject):
            def eventFilter(inner, watched: QObject, event: QEvent) -> bool:
                if (
                    not self._done and event.type() == QEvent.Type.Paint and self._ready()  # type: ignore[operator]
                ):
                    self._done = True
                    QTimer.singleShot(0, _report_shown_and_quit)  # after the paint is done
                return False

        self._filter = Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]


def _run_bare_label() -> int:
    """The target's baseline: a bare PySide6 window with a label, to its first paint."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    label = QLabel("Ontgrendelen", window)
    window.setCentralWidget(label)
    window.resize(1100, 720)
    painted = _FirstPaint(label)
    window.show()
    result = app.exec()
    del painted
    return result


def _run_app_ready_painted() -> int:
    """The unlock screen ready to type (officers listed, button enabled, the cursor in the
    passphrase field), to the first paint after that."""
    from PySide6.QtCore import QTimer

    from intake_app.ui.app import run_gui
    from intake_app.ui.main_window import MainWindow

    watchers: list[object] = []

    def when_shown(window: MainWindow) -> None:
        unlock = window.unlock

        def ready() -> bool:
            return unlock.unlock_button.isEnabled() and unlock.officer.count() > 0

        watchers.append(_FirstPaint(unlock.passphrase, ready))

        def nudge() -> None:  # once ready, the field repaints with the cursor in it
            if ready():
                unlock.passphrase.update()
            else:
                QTimer.singleShot(5, nudge)

        nudge()

    return run_gui(sys.argv[:1], on_shown=when_shown)


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
    runs = {
        "bare": _run_bare,
        "bare-label": _run_bare_label,
        "app": _run_app,
        "app-ready": _run_app_until_ready,
        "app-ready-painted": _run_app_ready_painted,
    }
    sys.exit(runs[sys.argv[1]]())
