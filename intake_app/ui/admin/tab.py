"""What every admin tab shares: the session, the dialogs, a calm message line and the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from intake_app.session import Session
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.messages import problem_text
from intake_app.ui.widgets.forms import MessageLabel
from intake_app.ui.worker import Task, run_in_background

Work = Callable[[Callable[[float], None]], Any]


class AdminTab(QWidget):
    def __init__(self, session: Session, dialogs: Dialogs, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._session = session
        self._dialogs = dialogs
        self._task: Task | None = None
        self._busy_buttons: list[QPushButton] = []
        self._focus_after: QWidget | None = None
        self._cleared = False  # locked: work finishing now must not fill the views again
        self.layout_ = QVBoxLayout(self)
        self.message = MessageLabel(self, f"{name}_message")
        self.message.setAccessibleName(self.tr("Melding"))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Read again what the tab shows (after unlock, after a change)."""
        self._cleared = False
        self.reload()

    def reload(self) -> None:
        """Each tab reads its own data here."""

    def reload_unless_cleared(self) -> None:
        if not self._cleared and not self.busy:
            self.reload()

    def clear_personal_data(self) -> None:
        self._cleared = True
        self.message.clear_message()

    def _button(self, text: str, accessible_name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        button.clicked.connect(slot)
        self._busy_buttons.append(button)
        return button

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        """Buttons at their natural width, from the left, as dialogs place them."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _progress_bar(self, accessible_name: str) -> QProgressBar:
        bar = QProgressBar(self)
        bar.setRange(0, 100)
        bar.setValue(0)
        bar.setAccessibleName(accessible_name)
        return bar

    def _run(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        progress_bar: QProgressBar | None = None,
    ) -> None:
        """Long work on the thread pool; the buttons wait, the window stays responsive."""
        if self._task is not None:
            return
        self.message.clear_message()
        # Disabling the focused button would push the focus on to the next field (an
        # officer added, the cursor in "Eigen wachtwoordzin wijzigen"): it comes back after.
        focused = self.focusWidget()
        self._focus_after = focused if focused in self._busy_buttons else None
        for button in self._busy_buttons:
            button.setEnabled(False)
        if progress_bar is not None:
            progress_bar.setValue(0)

        def show_progress(fraction: float) -> None:
            if progress_bar is not None:
                progress_bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))

        def succeeded(result: Any) -> None:
            self._finish()
            if not self._cleared:
                on_success(result)

        def failed(problem: Exception) -> None:
            self._finish()
            if not self._cleared:
                self.message.show_message(problem_text(problem))

        self._task = run_in_background(work, succeeded, failed, show_progress, owner=self)

    def _finish(self) -> None:
        self._task = None
        for button in self._busy_buttons:
            button.setEnabled(True)
        if self._focus_after is not None:
            self._focus_after.setFocus()
            self._focus_after = None

    def _attempt(self, action: Callable[[], object]) -> bool:
        """A quick action on the window's thread; its problem becomes the tab's message."""
        try:
            action()
        except Exception as problem:  # shown as a message, never a traceback
            self.message.show_message(problem_text(problem))
            return False
        return True
