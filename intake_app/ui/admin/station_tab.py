"""Bureau: the station's name, address and phone (station.json), as letters show them."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from intake_app.session import Session
from intake_app.station_profile import (
    StationProfile,
    load_station_profile,
    save_station_profile,
)
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation

MAX_ADDRESS_LINES = 4


class StationTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs, data_folder: Path) -> None:
        super().__init__(session, dialogs, "admin_station")
        self._data_folder = data_folder
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Naam van het bureau"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Adres van het bureau, een regel per adresregel"))
        self.address.setTabChangesFocus(True)
        # Room for the four lines allowed, measured in the font in use (it scales with it).
        lines_height = self.address.fontMetrics().lineSpacing() * (MAX_ADDRESS_LINES + 1)
        self.address.setMaximumHeight(lines_height + 2 * self.address.frameWidth() + 8)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Telefoonnummer van het bureau"))
        form.addRow(self.tr("Naam van het bureau"), self.name)
        form.addRow(self.tr("Adres (een regel per adresregel)"), self.address)
        form.addRow(self.tr("Telefoon"), self.phone)
        self.save_button = self._button(
            self.tr("Bureaugegevens opslaan"), self.tr("Bureaugegevens opslaan"), self.save
        )
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Deze gegevens staan in het briefhoofd van verwijsbrieven en "
                    "informatiebladen. Ze zijn niet geheim en worden onversleuteld bewaard; zet "
                    "hier dus geen persoonsgegevens in."
                ),
                self,
            )
        )
        self.layout_.addLayout(form)
        self.layout_.addLayout(self._button_row(self.save_button))
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def reload(self) -> None:
        profiles: list[StationProfile | None] = []
        if not self._attempt(lambda: profiles.append(load_station_profile(self._data_folder))):
            return
        profile = profiles[0]
        self.name.setText(profile.name if profile else "")
        self.address.setPlainText("\n".join(profile.address) if profile else "")
        self.phone.setText(profile.phone if profile else "")

    def clear_personal_data(self) -> None:
        super().clear_personal_data()
        self.name.clear()
        self.address.clear()
        self.phone.clear()

    def save(self) -> None:
        lines = [line.strip() for line in self.address.toPlainText().splitlines() if line.strip()]
        if len(lines) > MAX_ADDRESS_LINES:
            self.message.show_message(
                self.tr("Het adres mag hoogstens {0} regels hebben.").format(MAX_ADDRESS_LINES)
            )
            return
        try:
            profile = StationProfile(
                name=self.name.text(), address=tuple(lines), phone=self.phone.text()
            )
        except ValidationError as problem:
            self.message.show_message(self._invalid_text(problem))
            return
        if self._attempt(lambda: save_station_profile(self._data_folder, profile)):
            self.message.show_message(self.tr("De bureaugegevens zijn opgeslagen."))

    def _invalid_text(self, problem: ValidationError) -> str:
        fields = {str(error["loc"][0]) for error in problem.errors() if error["loc"]}
        if "name" in fields:
            return self.tr("De naam van het bureau moet 2 tot 80 tekens lang zijn.")
        if "phone" in fields:
            return self.tr("Het telefoonnummer mag hoogstens 40 tekens lang zijn.")
        return self.tr("De bureaugegevens kloppen niet; controleer de velden.")
