"""Logboek: the audit log, read-only (time, event, officer, intake reference; never content),
and the chain and integrity check run in the background. Beside a reopening, the reason the
officer gave, which is kept with the intake rather than in the chain."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from intake_app.casework import amendment_reasons
from intake_app.session import Session
from intake_app.store.audit import AuditRecord
from intake_app.store.verify import VerifyReport, verify
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import MessageLabel, explanation

SHOWN_ENTRIES = 2000  # the newest; the check itself always covers the whole chain


def _event_names() -> dict[str, str]:
    # Literal calls, so Qt Linguist finds every text.
    return {
        "unlock": QCoreApplication.translate("AuditTab", "ontgrendeld"),
        "failed_unlock": QCoreApplication.translate("AuditTab", "mislukte ontgrendeling"),
        "create": QCoreApplication.translate("AuditTab", "intake aangemaakt"),
        "open": QCoreApplication.translate("AuditTab", "opslag geopend"),
        "edit": QCoreApplication.translate("AuditTab", "intake bewerkt"),
        "finalise": QCoreApplication.translate("AuditTab", "intake afgerond"),
        "amend": QCoreApplication.translate("AuditTab", "afgeronde intake heropend"),
        "letter": QCoreApplication.translate("AuditTab", "brief gemaakt"),
        "print": QCoreApplication.translate("AuditTab", "afgedrukt"),
        "export": QCoreApplication.translate("AuditTab", "geëxporteerd"),
        "backup": QCoreApplication.translate("AuditTab", "back-up gemaakt"),
        "purge": QCoreApplication.translate("AuditTab", "opgeschoond"),
        "consent": QCoreApplication.translate("AuditTab", "toestemming vastgelegd"),
        "officer": QCoreApplication.translate("AuditTab", "agent gewijzigd"),
        "audit_start": QCoreApplication.translate(
            "AuditTab", "auditlog vooruit-beveiligd (oude regels verzegeld)"
        ),
    }


def _officer_changes() -> dict[str, str]:
    return {
        "added": QCoreApplication.translate("AuditTab", "agent toegevoegd"),
        "updated": QCoreApplication.translate("AuditTab", "agent gewijzigd"),
        "deactivated": QCoreApplication.translate("AuditTab", "agent verwijderd"),
    }


def event_text(entry: AuditRecord) -> str:
    """The event in words; details are counts and codes (never content), so a few help."""
    change = str(entry.details.get("change"))
    if entry.event == "officer" and change in _officer_changes():
        return _officer_changes()[change]
    text = _event_names().get(entry.event, entry.event)
    if entry.event == "purge" and isinstance(entry.details.get("count"), int):
        return QCoreApplication.translate("AuditTab", "{0}: {1} intake(s)").format(
            text, entry.details["count"]
        )
    return text


def officer_text(entry: AuditRecord) -> str:
    if entry.officer_id:
        return entry.officer_id
    if entry.details.get("recovery_key"):
        return QCoreApplication.translate("AuditTab", "(herstelsleutel)")
    return "—"  # the app itself, e.g. a new store being made


def time_text(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class AuditTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs) -> None:
        super().__init__(session, dialogs, "admin_audit")
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tijd"),
                self.tr("Gebeurtenis"),
                self.tr("Agent"),
                self.tr("Intake"),
                self.tr("Reden van heropenen"),
            ]
        )
        self.table.setAccessibleName(self.tr("Logboek, nieuwste regel bovenaan"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.check_button = self._button(
            self.tr("Keten controleren"),
            self.tr("Logboekketen en database controleren"),
            self.check_chain,
        )
        self.result = MessageLabel(self, "admin_audit_result")
        self.result.setAccessibleName(self.tr("Uitkomst van de controle"))
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Het logboek legt vast wie wat deed en wanneer, nooit de inhoud van een "
                    "intake. Elke regel draagt de controlewaarde van de regel ervoor, zodat "
                    "achteraf knoeien opvalt."
                ),
                self,
            )
        )
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(self._button_row(self.check_button))
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.message)

    def reload(self) -> None:
        entries: list[AuditRecord] = []
        reasons: list[str] = []

        def read() -> None:
            store = self._session.store
            entries.extend(store.audit_entries(limit=SHOWN_ENTRIES))
            reasons.extend(amendment_reasons(store, entries))

        if self._attempt(read):
            self._fill(entries, reasons)

    def _fill(self, entries: list[AuditRecord], reasons: list[str]) -> None:
        self.table.setRowCount(len(entries))
        for row, (entry, reason) in enumerate(zip(entries, reasons, strict=True)):
            cells = (
                time_text(entry.at),
                event_text(entry),
                officer_text(entry),
                entry.intake_reference or "",
                reason,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def clear_personal_data(self) -> None:
        super().clear_personal_data()
        self.table.setRowCount(0)
        self.result.clear_message()

    def check_chain(self) -> None:
        store = self._session.store
        self.result.show_message(self.tr("Bezig met controleren…"))

        def done(report: VerifyReport) -> None:
            self.result.show_message(self.report_text(report))

        self._run(lambda _report: verify(store), done)

    def report_text(self, report: VerifyReport) -> str:
        if report.ok:
            return self.tr(
                "In orde. De logboekketen is heel ({0} regels), de database is intact en elke "
                "versleutelde pagina klopt."
            ).format(report.chain.entries_checked)
        return "\n".join(
            [
                self.tr(
                    "De controle vond een afwijking; er is niets gewijzigd. Meld dit bij de "
                    "functioneel beheerder en bewaar de laatste back-up. Wat er gevonden is:"
                ),
                *report.lines(),
            ]
        )

    def _finish(self) -> None:
        super()._finish()
        if self.result.text() == self.tr("Bezig met controleren…"):
            self.result.clear_message()
