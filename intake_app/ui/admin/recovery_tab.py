"""Herstelsleutel: a new recovery key when the sheet is lost or may have been seen.

The tab only asks and runs the session's operation; the window shows the new key on its
recovery-key screen, which cannot be left until the administrator confirms it is put away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from intake_app.session import Session
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation


class RecoveryTab(AdminTab):
    issued = Signal(str)  # the new recovery key, for the window to show once

    def __init__(self, session: Session, dialogs: Dialogs) -> None:
        super().__init__(session, dialogs, "admin_recovery")
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Is het blad met de herstelsleutel kwijt, of kan iemand anders het gezien "
                    "hebben? Maak dan een nieuwe sleutel. De oude werkt daarna niet meer op deze "
                    "laptop; dat komt in het logboek. Back-ups van vóór vandaag openen nog wel "
                    "met de oude sleutel."
                ),
                self,
            )
        )
        self.replace_button = self._button(
            self.tr("Nieuwe herstelsleutel maken…"),
            self.tr("Nieuwe herstelsleutel maken en de oude intrekken"),
            self.replace_key,
        )
        self.replace_button.setObjectName("replaceRecoveryKey")
        self.layout_.addLayout(self._button_row(self.replace_button))
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def replace_key(self) -> None:
        question = self.tr(
            "Een nieuwe herstelsleutel maken? De huidige sleutel vervalt meteen. Houd papier "
            "of een printer bij de hand: de nieuwe sleutel ziet u maar één keer."
        )
        if not self._dialogs.confirm(question):
            return
        session = self._session
        self._run(lambda _report: session.replace_recovery_key(), self.issued.emit)
