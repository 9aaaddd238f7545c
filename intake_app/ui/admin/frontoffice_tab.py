"""Frontoffice: this installation's key and the keys it trusts (docs/frontoffice.md).

At a station: trust (or replace) the region's TSM frontoffice key, and export the station's
own public key for the frontoffice. At the frontoffice: trust, replace and revoke stations.
Trusting asks for the fingerprint as read aloud by phone; a file whose fingerprint differs is
refused and nothing changes. Every step is audited by the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from intake_app.consultation import Consultation
from intake_app.session import Session
from intake_app.station_profile import load_station_profile
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.frontoffice.dialogs import KEY_SUFFIX, FrontofficeDialogs
from intake_app.ui.frontoffice.files import write_new
from intake_app.ui.frontoffice.texts import when
from intake_app.ui.widgets.forms import explanation, heading

if TYPE_CHECKING:
    from intake_app.frontoffice.keys import Role


def peer_status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "active": QCoreApplication.translate("FrontofficeTab", "vertrouwd"),
        "replaced": QCoreApplication.translate("FrontofficeTab", "vervangen"),
        "revoked": QCoreApplication.translate("FrontofficeTab", "ingetrokken"),
    }
    return texts.get(status, status)


class FrontofficeTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs, data_folder: Path) -> None:
        super().__init__(session, dialogs, "admin_frontoffice")
        self._data_folder = data_folder
        self.files = FrontofficeDialogs(self)
        self.files.confirm = lambda question: self._dialogs.confirm(question)
        self.work = Consultation(session)
        self.role_text = explanation("", self)
        self.role_text.setObjectName("frontofficeRole")
        self.layout_.addWidget(self.role_text)
        self.layout_.addWidget(heading(self.tr("Sleutel van deze installatie"), self, 1.1))
        self.own_key = QLabel(self)
        self.own_key.setObjectName("ownFingerprint")
        font = self.own_key.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.own_key.setFont(font)
        self.layout_.addWidget(self.own_key)
        self.export_button = self._button(
            self.tr("Openbare sleutel opslaan…"), self.tr("Openbare sleutel opslaan"), self.export
        )
        self.replace_button = self._button(
            self.tr("Sleutel vervangen"), self.tr("Sleutel vervangen"), lambda: self.replace(False)
        )
        self.revoke_own_button = self._button(
            self.tr("Sleutel intrekken (verloren of gezien)"),
            self.tr("Sleutel intrekken"),
            lambda: self.replace(True),
        )
        self.layout_.addLayout(
            self._button_row(self.export_button, self.replace_button, self.revoke_own_button)
        )
        self.peers_heading = heading("", self, 1.1)
        self.layout_.addWidget(self.peers_heading)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("frontofficePeers")
        self.table.setAccessibleName(self.tr("Vertrouwde sleutels"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Rol"),
                self.tr("Vingerafdruk"),
                self.tr("Status"),
                self.tr("Vertrouwd op"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, stretch=1)
        self.trust_button = self._button("", self.tr("Sleutel vertrouwen"), self.trust)
        self.revoke_button = self._button(
            self.tr("Gekozen sleutel intrekken"), self.tr("Gekozen sleutel intrekken"), self.revoke
        )
        self.layout_.addLayout(self._button_row(self.trust_button, self.revoke_button))
        self.layout_.addWidget(self.message)
        self._fingerprints: list[str] = []

    @property
    def is_frontoffice(self) -> bool:
        return self.work.records.role() == "frontoffice"

    def reload(self) -> None:
        records = self.work.records
        own = records.own_key()
        if self.is_frontoffice:
            self.role_text.setText(
                self.tr(
                    "Deze installatie is de TSM-frontoffice {name}. Geef de bureaus haar openbare "
                    "sleutel en lees de vingerafdruk met hun beheerder door aan de telefoon; "
                    "vertrouw hun sleutels hieronder."
                ).replace("{name}", own.name if own else "")
            )
            self.peers_heading.setText(self.tr("Vertrouwde bureaus"))
            self.trust_button.setText(self.tr("Sleutel van een bureau vertrouwen…"))
        else:
            self.role_text.setText(
                self.tr(
                    "Dit bureau legt intakes voor aan de TSM-frontoffice van de regio. Vertrouw "
                    "haar sleutel na controle van de vingerafdruk per telefoon, en geef de "
                    "frontoffice de openbare sleutel van dit bureau."
                )
            )
            self.peers_heading.setText(self.tr("TSM-frontoffice"))
            self.trust_button.setText(self.tr("Sleutel van de frontoffice vertrouwen…"))
        if own is None:
            self.own_key.setText(
                self.tr("Nog geen sleutelpaar: het wordt gemaakt bij het eerste opslaan.")
            )
        else:
            self.own_key.setText(f"{own.name}\n{own.fingerprint}")
        self.replace_button.setEnabled(own is not None)
        self.revoke_own_button.setEnabled(own is not None)
        self.table.setRowCount(0)
        self._fingerprints = []
        for peer in records.peers():
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [
                peer.name,
                peer.role,
                peer.fingerprint,
                peer_status_text(peer.status),
                when(peer.trusted_at),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._fingerprints.append(peer.fingerprint)

    def clear_personal_data(self) -> None:
        super().clear_personal_data()
        self.table.setRowCount(0)
        self._fingerprints = []

    def export(self) -> None:
        folder = self._dialogs.ask_folder(self.tr("Map voor de openbare sleutel"))
        if folder is None:
            return
        written: list[Path] = []
        keys = []

        def export_key() -> None:
            if self.is_frontoffice:
                pair = self.work.own_key("frontoffice")
            else:
                profile = load_station_profile(self._data_folder)
                if profile is None:
                    raise FileNotFoundError(2, "station.json")
                pair, _made = self.work.station_key(profile.name)
            written.append(write_new(folder, "openbare-sleutel", KEY_SUFFIX, pair.public.to_file()))
            self.work.store.record_event(
                "export",
                self.work.session.officer_id,
                details={"what": "public_key", "fingerprint": pair.fingerprint},
            )
            keys.append(pair)

        if self._attempt(export_key):
            self.reload()
            self.message.show_message(
                self.tr(
                    "Openbare sleutel opgeslagen als {path}. Vingerafdruk: {fingerprint}. Lees "
                    "deze aan de telefoon voor aan wie het bestand importeert."
                )
                .replace("{path}", str(written[0]))
                .replace("{fingerprint}", keys[0].fingerprint)
            )

    def replace(self, revoke: bool) -> None:
        question = (
            self.tr(
                "Sleutel intrekken? Pakketten voor de oude sleutel gaan daarna niet meer open. "
                "Geef de nieuwe openbare sleutel aan de andere kant en laat de oude intrekken."
            )
            if revoke
            else self.tr(
                "Een nieuw sleutelpaar maken? De oude sleutel opent nog pakketten die onderweg "
                "zijn. Geef de nieuwe openbare sleutel aan de andere kant."
            )
        )
        if not self._dialogs.confirm(question):
            return
        made = []
        if self._attempt(lambda: made.append(self.work.replace_key(revoke))):
            self.reload()
            self.message.show_message(
                self.tr("Nieuwe vingerafdruk: {fingerprint}. Sla de openbare sleutel op.").replace(
                    "{fingerprint}", made[0][1].fingerprint
                )
            )

    def trust(self) -> None:
        role: Role = "station" if self.is_frontoffice else "frontoffice"
        path = self.files.ask_key_file(self.tr("Openbare sleutel om te vertrouwen"))
        if path is None:
            return
        heard = self.files.ask_text(
            self.tr(
                "Bel de beheerder van de andere kant via een bekend nummer en typ de "
                "vingerafdruk die hij of zij voorleest (acht groepen van vier tekens):"
            )
        )
        if not heard:
            self.message.show_message(self.tr("Zonder vingerafdruk wordt niets vertrouwd."))
            return
        trusted = []
        if self._attempt(
            lambda: trusted.append(self.work.trust(Path(path).read_bytes(), role, heard))
        ):
            identity, replaced = trusted[0]
            self.reload()
            text = (
                self.tr("Vertrouwd: {name}, vingerafdruk {fingerprint}.")
                .replace("{name}", identity.name)
                .replace("{fingerprint}", identity.fingerprint)
            )
            if replaced:
                text += " " + self.tr("Dit vervangt de eerdere sleutel {old}.").replace(
                    "{old}", replaced
                )
            self.message.show_message(text)

    def revoke(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._fingerprints):
            self.message.show_message(self.tr("Kies eerst een sleutel in de lijst."))
            return
        fingerprint = self._fingerprints[row]
        if not self._dialogs.confirm(
            self.tr(
                "Sleutel {fingerprint} intrekken? Pakketten ervan worden daarna geweigerd, en "
                "deze sleutel wordt nooit meer vertrouwd."
            ).replace("{fingerprint}", fingerprint)
        ):
            return
        if self._attempt(lambda: self.work.revoke(fingerprint)):
            self.reload()
            self.message.show_message(
                self.tr("Sleutel {fingerprint} ingetrokken.").replace("{fingerprint}", fingerprint)
            )
