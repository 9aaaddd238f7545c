"""One keystroke hides everything at once (someone walks in); one click brings it back.

The cover lies over the main window's content and every other window of the app is hidden
while it shows, so an open dialog does not stay on screen. Nothing is closed or cleared:
the officer continues exactly where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

# F12: one key, reachable without looking, unused by Qt's standard widgets.
PRIVACY_KEY = Qt.Key.Key_F12


class PrivacyCover(QWidget):
    """The neutral page shown instead of the window's content."""

    reveal_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("privacyCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        note = QLabel(self.tr("Scherm verborgen"), self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)
        self.reveal_button = QPushButton(self.tr("Scherm weer tonen"), self)
        self.reveal_button.setObjectName("privacyRevealButton")
        self.reveal_button.setAccessibleName(self.tr("Scherm weer tonen"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        layout.addWidget(self.reveal_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.hide()


class PrivacyScreen(QObject):
    """Toggles the cover over `window`; listens for the privacy key in every window of the app."""

    shown_changed = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.cover = PrivacyCover(window)
        self.cover.reveal_requested.connect(self.reveal)
        self._hidden_windows: list[QWidget] = []
        window.installEventFilter(self)  # follow the window's size
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def is_active(self) -> bool:
        return self.cover.isVisible()

    def hide_everything(self) -> None:
        if self.is_active():
            return
        self._hidden_windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self._window and widget.isVisible()
        ]
        for widget in self._hidden_windows:
            widget.hide()
        self.cover.setGeometry(self._window.rect())
        self.cover.show()
        self.cover.raise_()
        self.cover.reveal_button.setFocus()
        self.shown_changed.emit(True)

    def reveal(self) -> None:
        if not self.is_active():
            return
        self.cover.hide()
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows = []
        self.shown_changed.emit(False)

    def drop_hidden_windows(self) -> None:
        """On lock: windows hidden by the cover must not come back after unlocking."""
        for widget in self._hidden_windows:
            widget.close()
        self._hidden_windows = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.cover.setGeometry(self._window.rect())
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == PRIVACY_KEY
            and not event.isAutoRepeat()
        ):
            if not self.is_active():
                self.hide_everything()
            return True  # handled once, whichever widget had focus
        return False


def privacy_shortcut_text() -> str:
    return QKeySequence(PRIVACY_KEY).toString(QKeySequence.SequenceFormat.NativeText)
