"""Unlock: choose officer, type the passphrase. A forgotten passphrase is reset here with the
recovery key, because an officer who cannot unlock cannot reach the administration page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.widgets.forms import MessageLabel, explanation, heading, passphrase_field

if TYPE_CHECKING:  # the window shows before the vault is imported
    from intake_app.key_file_peek import ListedOfficer
    from intake_app.vault import OfficerEntry


@dataclass(frozen=True)
class ResetRequest:
    recovery_key: str
    officer_id: str
    new_passphrase: str


class UnlockScreen(QWidget):
    unlock_requested = Signal(str, str)  # officer id, passphrase
    reset_requested = Signal(object)  # ResetRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading(self.tr("Ontgrendelen"), self))
        self.reduced_protection = explanation(
            self.tr(
                "Let op: deze laptop heeft geen beveiligde sleutelopslag van het "
                "besturingssysteem. De intakes zijn alleen met uw wachtwoordzin beschermd "
                "(verminderde bescherming). Meld dit aan de beheerder."
            ),
            self,
        )
        self.reduced_protection.setObjectName("reducedProtectionNotice")
        self.reduced_protection.hide()
        layout.addWidget(self.reduced_protection)
        self.training_hint = explanation("", self)
        self.training_hint.setObjectName("trainingHint")
        self.training_hint.hide()
        layout.addWidget(self.training_hint)

        form = QFormLayout()
        self.officer = QComboBox(self)
        self.officer.setObjectName("officerChoice")
        self.officer.setAccessibleName(self.tr("Agent"))
        self.passphrase = passphrase_field(self, self.tr("Wachtwoordzin"))
        self.passphrase.setObjectName("passphrase")
        self.passphrase.returnPressed.connect(self._unlock)
        form.addRow(self.tr("Agent"), self.officer)
        form.addRow(self.tr("Wachtwoordzin"), self.passphrase)
        layout.addLayout(form)
        self.message = MessageLabel(self, "unlockMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        self.forgot_button = QPushButton(self.tr("Wachtwoordzin vergeten…"), self)
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._toggle_reset)
        buttons.addWidget(self.forgot_button)
        layout.addLayout(buttons)

        self.reset_panel = QWidget(self)
        self.reset_panel.setObjectName("resetPanel")
        reset_layout = QFormLayout(self.reset_panel)
        reset_layout.addRow(
            explanation(
                self.tr(
                    "De beheerder zet een nieuwe wachtwoordzin met de herstelsleutel uit de "
                    "kluis. Kies hierboven de agent."
                ),
                self.reset_panel,
            )
        )
        self.recovery_key = QLineEdit(self.reset_panel)
        self.recovery_key.setObjectName("recoveryKeyInput")
        self.recovery_key.setAccessibleName(self.tr("Herstelsleutel"))
        self.new_passphrase = passphrase_field(self.reset_panel, self.tr("Nieuwe wachtwoordzin"))
        self.new_passphrase_again = passphrase_field(
            self.reset_panel, self.tr("Nieuwe wachtwoordzin herhalen")
        )
        reset_layout.addRow(self.tr("Herstelsleutel"), self.recovery_key)
        reset_layout.addRow(self.tr("Nieuwe wachtwoordzin"), self.new_passphrase)
        reset_layout.addRow(self.tr("Herhalen"), self.new_passphrase_again)
        self.reset_button = QPushButton(self.tr("Nieuwe wachtwoordzin instellen"), self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self._reset)
        reset_layout.addRow(self.reset_button)
        self.reset_panel.hide()
        layout.addWidget(self.reset_panel)
        layout.addStretch(1)

    def show_officers(
        self,
        officers: Sequence[OfficerEntry | ListedOfficer],
        reduced_protection: bool,
        training_hint: str = "",
    ) -> None:
        current = self.officer.currentData()
        self.officer.clear()
        for officer in officers:
            self.officer.addItem(f"{officer.display_name} ({officer.id})", officer.id)
        index = self.officer.findData(current)
        self.officer.setCurrentIndex(max(index, 0))
        self.reduced_protection.setVisible(reduced_protection)
        self.training_hint.setText(training_hint)
        self.training_hint.setVisible(bool(training_hint))
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        officer_id = self.officer.currentData()
        if not officer_id or not self.passphrase.text():
            self.message.show_message(self.tr("Kies uw naam en typ uw wachtwoordzin."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(officer_id, self.passphrase.text())

    def _toggle_reset(self) -> None:
        self.reset_panel.setVisible(not self.reset_panel.isVisible())

    def _reset(self) -> None:
        officer_id = self.officer.currentData()
        if self.new_passphrase.text() != self.new_passphrase_again.text():
            self.message.show_message(
                self.tr("De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.")
            )
            return
        if not officer_id or not self.recovery_key.text().strip():
            self.message.show_message(self.tr("Kies de agent en typ de herstelsleutel."))
            return
        self.set_busy(True)
        self.reset_requested.emit(
            ResetRequest(self.recovery_key.text(), officer_id, self.new_passphrase.text())
        )

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.reset_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Even geduld…"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_message(text)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def reset_done(self) -> None:
        self.set_busy(False)
        self.clear_personal_data()
        self.reset_panel.hide()
        self.message.show_message(
            self.tr("De nieuwe wachtwoordzin is ingesteld. Ontgrendel er nu mee.")
        )

    def clear_personal_data(self) -> None:
        for field in (
            self.passphrase,
            self.recovery_key,
            self.new_passphrase,
            self.new_passphrase_again,
        ):
            field.clear()
