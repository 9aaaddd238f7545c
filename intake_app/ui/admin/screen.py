"""The administration screen: one tab per concern, only for an administrator.

screen = AdminScreen(session, data_folder)      # the window shows it to admins only
screen.refresh()                                 # after unlock, when shown again
screen.clear_personal_data()                     # on lock
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from intake_app.session import Session
from intake_app.store.models import utc_now
from intake_app.ui.admin.audit_tab import AuditTab
from intake_app.ui.admin.backup_tab import BackupTab
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.officers_tab import OfficersTab
from intake_app.ui.admin.recovery_tab import RecoveryTab
from intake_app.ui.admin.retention_tab import RetentionTab
from intake_app.ui.admin.services_tab import ServicesTab
from intake_app.ui.admin.station_tab import StationTab
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import MessageLabel, heading


def is_admin(session: Session) -> bool:
    """An administrator, or the recovery key (an administrator's rescue, no officer)."""
    if session.officer_id is None:
        return True
    return any(
        officer.id == session.officer_id and officer.role == "admin"
        for officer in session.vault.officers()
    )


class AdminScreen(QWidget):
    recovery_key_issued = Signal(str)  # a new recovery key: the window shows it once

    def __init__(
        self,
        session: Session,
        data_folder: Path,
        dialogs: Dialogs | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("admin_screen")
        self.setAccessibleName(self.tr("Beheer"))
        self.dialogs = dialogs or Dialogs(self)
        self.refusal = MessageLabel(self, "admin_refusal")
        self.refusal.setAccessibleName(self.tr("Geen toegang"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Beheer"), self))
        layout.addWidget(self.refusal)
        self.tabs: QTabWidget | None = None
        self._tabs: list[AdminTab] = []
        try:
            allowed = is_admin(session)
        except Exception:  # the vault's file unreadable: refuse rather than guess
            allowed = False
        if not allowed:
            self.refusal.show_message(
                self.tr(
                    "Alleen een beheerder kan het beheer openen. Vraag de beheerder van uw "
                    "bureau om dit te doen."
                )
            )
            layout.addStretch(1)
            return
        self.officers = OfficersTab(session, self.dialogs)
        self.station = StationTab(session, self.dialogs, data_folder)
        self.services = ServicesTab(session, self.dialogs, data_folder)
        self.retention = RetentionTab(session, self.dialogs, clock)
        self.audit = AuditTab(session, self.dialogs)
        self.backup = BackupTab(session, self.dialogs, data_folder)
        self.recovery = RecoveryTab(session, self.dialogs)
        self.recovery.issued.connect(self.recovery_key_issued)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het beheer"))
        for tab, title in (
            (self.officers, self.tr("Agenten")),
            (self.station, self.tr("Bureau")),
            (self.services, self.tr("Hulpverleners")),
            (self.retention, self.tr("Bewaartermijn")),
            (self.audit, self.tr("Logboek")),
            (self.backup, self.tr("Back-up")),
            (self.recovery, self.tr("Herstelsleutel")),
        ):
            self.tabs.addTab(tab, title)
            self._tabs.append(tab)
        # The log and the counts change while the screen is open: read them when shown.
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)
        self.refresh()

    @property
    def allowed(self) -> bool:
        return self.tabs is not None

    @property
    def busy(self) -> bool:
        """Work is running in the background (the window should not lock the store under it)."""
        return any(tab.busy for tab in self._tabs)

    def refresh(self) -> None:
        for tab in self._tabs:
            tab.refresh()

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._tabs):
            self._tabs[index].reload_unless_cleared()

    def clear_personal_data(self) -> None:
        for tab in self._tabs:
            tab.clear_personal_data()
