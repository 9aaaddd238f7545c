"""Start the QApplication and the main window."""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from intake_app import APP_NAME, __version__
from intake_app.paths import resource_path
from intake_app.ui.system_libraries import qt_startup_problem

if TYPE_CHECKING:  # Qt is imported lazily so that the command line starts fast
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.main_window import MainWindow
    from intake_app.windows.profile import UnsuitableProfile


class QtUnavailableError(RuntimeError):
    """Qt cannot start on this machine; the message says what to install or set."""


def create_application(argv: Sequence[str]) -> tuple[QApplication, str]:
    """The one QApplication, configured; returns it with the interface language chosen."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    return app, configure_application(app)


def configure_application(app: QApplication, language: str | None = None) -> str:
    """Name, interface language with Qt's own translations, bundled fonts; returns the language."""
    from intake_app.ui.garbage import collect_on_this_thread
    from intake_app.ui.language import install_language
    from intake_app.ui.settings import InterfaceSettings
    from intake_app.ui.worker import favour_the_window_thread

    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    collect_on_this_thread(app)  # never a Qt object freed on a worker thread
    favour_the_window_thread()
    chosen = install_language(app, language or InterfaceSettings().language)
    register_bundled_fonts()
    return chosen


BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# A temporary or mandatory Windows profile (intake_app/windows/profile.py): refused.
EXIT_UNSUITABLE_PROFILE = 7


def register_bundled_fonts() -> list[str]:
    """Make DejaVu Sans available even where the system has no font for Turkish, Polish or
    Arabic letters, so names of every victim and suspect display with real glyphs."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for file_name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def run_gui(
    argv: Sequence[str],
    training: bool = False,
    on_shown: Callable[[MainWindow], None] | None = None,
) -> int:
    """Open the main window and run until it closes; `on_shown` is a hook for benchmarks."""
    problem = qt_startup_problem()
    if problem:
        raise QtUnavailableError(problem)
    from PySide6.QtCore import QTimer

    from intake_app.diagnostics import install_crash_log
    from intake_app.paths import data_dir
    from intake_app.training_identity import training_data_dir
    from intake_app.ui.main_window import MainWindow

    app, language = create_application(argv)
    try:
        folder = training_data_dir(data_dir()) if training else data_dir()
    except UnsuitableProfile as problem:  # a temporary profile would lose the store at logoff
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Intake-app", str(problem))
        return EXIT_UNSUITABLE_PROFILE
    install_crash_log(folder)  # a windowed build has no stderr: crashes leave a trace here
    window = MainWindow(data_dir=folder, training=training, language=language)
    close_on_interrupt(window)
    window.show_on_screen()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    return app.exec()


def close_on_interrupt(window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the window as its close button would (the session is
    locked and closed). Qt's event loop keeps Python from running signal handlers, so a timer
    hands control back to the interpreter a few times a second."""
    from PySide6.QtCore import QTimer

    def on_interrupt(_signal: int, _frame: object) -> None:
        window.close()

    signal.signal(signal.SIGINT, on_interrupt)
    wake = QTimer(window)
    wake.setInterval(200)
    wake.timeout.connect(lambda: None)
    wake.start()
