"""First run: what this installation is (a station, or the region's TSM frontoffice), its
name, the first administrator and their passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.widgets.forms import MessageLabel, explanation, heading, passphrase_field

Role = Literal["station", "frontoffice"]


@dataclass(frozen=True)
class SetupRequest:
    station_name: str  # the station's, or the frontoffice's region name
    station_address: tuple[str, ...]
    station_phone: str
    admin_id: str
    admin_name: str
    passphrase: str
    role: Role = "station"


class SetupScreen(QWidget):
    submitted = Signal(object)  # SetupRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading(self.tr("Deze laptop inrichten"), self))
        layout.addWidget(
            explanation(
                self.tr(
                    "Dit doet de beheerder van het bureau één keer. De gegevens van intakes "
                    "worden versleuteld op deze laptop bewaard; alleen agenten met een eigen "
                    "wachtwoordzin kunnen ze openen."
                ),
                self,
            )
        )
        self.reduced_protection = explanation(
            self.tr(
                "Let op: deze laptop heeft geen beveiligde sleutelopslag van het "
                "besturingssysteem. De intakes worden dan alleen met de wachtwoordzinnen "
                "beschermd (verminderde bescherming). Richt de sleutelopslag zo mogelijk eerst "
                "in, of vraag de ICT-beheerder om hulp."
            ),
            self,
        )
        self.reduced_protection.setObjectName("setupReducedProtection")
        self.reduced_protection.hide()
        layout.addWidget(self.reduced_protection)
        # R1: the region's frontoffice runs the same app; it is chosen here, once.
        self.as_station = QRadioButton(self.tr("Een politiebureau: intakes afnemen"), self)
        self.as_station.setObjectName("setupAsStation")
        self.as_frontoffice = QRadioButton(
            self.tr("De TSM-frontoffice van de regio: voorleggingen van bureaus adviseren"), self
        )
        self.as_frontoffice.setObjectName("setupAsFrontoffice")
        self.as_station.setChecked(True)
        layout.addWidget(QLabel(self.tr("Deze laptop is voor:"), self))
        self._roles = QButtonGroup(self)
        for button in (self.as_station, self.as_frontoffice):
            self._roles.addButton(button)
            layout.addWidget(button)
        self.as_frontoffice.toggled.connect(self._show_role)
        form = QFormLayout()
        self._form = form
        self.station_name = QLineEdit(self)
        self.station_name.setMaxLength(80)
        self.station_address = QLineEdit(self)
        self.station_address.setPlaceholderText(self.tr("Straat en nummer, postcode en plaats"))
        self.station_phone = QLineEdit(self)
        self.station_phone.setMaxLength(40)
        self.admin_id = QLineEdit(self)
        self.admin_id.setMaxLength(40)
        self.admin_name = QLineEdit(self)
        self.admin_name.setMaxLength(80)
        self.passphrase = passphrase_field(self, self.tr("Wachtwoordzin"))
        self.passphrase_again = passphrase_field(self, self.tr("Wachtwoordzin herhalen"))
        self._name_label = self.tr("Naam van het bureau")
        rows = (
            (self._name_label, self.station_name),
            (self.tr("Adres van het bureau"), self.station_address),
            (self.tr("Telefoon van het bureau"), self.station_phone),
            (self.tr("Uw personeelsnummer"), self.admin_id),
            (self.tr("Uw naam"), self.admin_name),
            (self.tr("Wachtwoordzin"), self.passphrase),
            (self.tr("Wachtwoordzin herhalen"), self.passphrase_again),
        )
        for label, field in rows:
            field.setAccessibleName(label)
            form.addRow(label, field)
            field.returnPressed.connect(self._submit)  # Enter sends the form, as in a dialog
        layout.addLayout(form)
        layout.addWidget(
            explanation(
                self.tr(
                    "Kies als wachtwoordzin een paar losse woorden (minstens 10 tekens) die u "
                    "onthoudt en nergens anders gebruikt."
                ),
                self,
            )
        )
        self.message = MessageLabel(self, "setupMessage")
        layout.addWidget(self.message)
        self.submit_button = QPushButton(self.tr("Inrichten"), self)
        self.submit_button.setObjectName("setupSubmit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        layout.addWidget(self.submit_button)
        layout.addStretch(1)

    @property
    def role(self) -> Role:
        return "frontoffice" if self.as_frontoffice.isChecked() else "station"

    def _show_role(self) -> None:
        """A frontoffice has a region's name and sends no letters: no address or phone."""
        frontoffice = self.role == "frontoffice"
        name = self.tr("Naam van de regio (TSM-frontoffice)") if frontoffice else self._name_label
        label = self._form.labelForField(self.station_name)
        if isinstance(label, QLabel):
            label.setText(name)
        self.station_name.setAccessibleName(name)
        for field in (self.station_address, self.station_phone):
            self._form.setRowVisible(field, not frontoffice)

    def _submit(self) -> None:
        if not self.submit_button.isEnabled():
            return  # already being set up
        problem, field = self._problem()
        if problem:
            self.message.show_message(problem)
            if field is not None:
                field.setFocus()
            return
        self.message.clear_message()
        address = tuple(part.strip() for part in self.station_address.text().split(","))
        frontoffice = self.role == "frontoffice"
        if frontoffice:
            address = ()
        self.submitted.emit(
            SetupRequest(
                station_name=self.station_name.text().strip(),
                station_address=tuple(part for part in address if part),
                station_phone="" if frontoffice else self.station_phone.text().strip(),
                admin_id=self.admin_id.text().strip(),
                admin_name=self.admin_name.text().strip(),
                passphrase=self.passphrase.text(),
                role=self.role,
            )
        )

    def _problem(self) -> tuple[str, QLineEdit | None]:
        """What is wrong first, and the field to put the cursor in."""
        name = self.station_name.text().strip()
        if len(name) < 2:
            if self.role == "frontoffice":
                return self.tr("Vul de naam van de regio in."), self.station_name
            return self.tr("Vul de naam van het bureau in."), self.station_name
        if any(not character.isprintable() for character in name):
            return (
                self.tr("De naam bevat een teken dat niet kan (zoals een tab). Typ hem opnieuw."),
                self.station_name,
            )
        if not self.admin_id.text().strip():
            return self.tr("Vul uw personeelsnummer in."), self.admin_id
        if not self.admin_name.text().strip():
            return self.tr("Vul uw naam in."), self.admin_name
        if self.passphrase.text() != self.passphrase_again.text():
            self.passphrase_again.clear()
            return (
                self.tr("De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw."),
                self.passphrase_again,
            )
        return "", None

    def show_reduced_protection(self, reduced: bool) -> None:
        self.reduced_protection.setVisible(reduced)

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Bezig met inrichten…"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_message(text)
        self.passphrase.clear()
        self.passphrase_again.clear()

    def clear_personal_data(self) -> None:
        for field in (self.passphrase, self.passphrase_again):
            field.clear()
