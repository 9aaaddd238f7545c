"""The recovery key, shown once at set-up, to print or write down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intake_app.ui.printing import (
    AskPrinter,
    FilePrinterRefused,
    ask_with_print_dialog,
    print_text_document,
    printers_available,
)
from intake_app.ui.widgets.forms import MessageLabel, explanation, heading


class RecoveryKeyScreen(QWidget):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyScreen")
        self.ask_printer: AskPrinter = ask_with_print_dialog
        self._station = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading(self.tr("Herstelsleutel"), self))
        layout.addWidget(
            explanation(
                self.tr(
                    "U ziet deze sleutel maar één keer. Druk hem af of schrijf hem over en berg "
                    "hem op in de kluis van het bureau. Met deze sleutel zet de beheerder een "
                    "vergeten wachtwoordzin opnieuw en opent hij een back-up. Wie de sleutel "
                    "heeft, kan alle intakes lezen."
                ),
                self,
            )
        )
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Herstelsleutel"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable: the key goes on paper, never through the clipboard.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.key_label)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Afdrukken"), self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = MessageLabel(self, "recoveryKeyMessage")
        layout.addWidget(self.message)

        self.stored = QCheckBox(self.tr("Ik heb de herstelsleutel op papier en veilig opgeborgen"))
        self.stored.setObjectName("recoveryKeyStored")
        layout.addWidget(self.stored)
        self.continue_button = QPushButton(self.tr("Verder"), self)
        self.continue_button.setObjectName("recoveryKeyContinue")
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.continue_button)
        layout.addStretch(1)

    def show_key(self, recovery_key: str, station: str) -> None:
        self._station = station
        self.key_label.setText(recovery_key)
        self.stored.setChecked(False)
        self.message.clear_message()

    def print_key(self) -> None:
        if not printers_available():
            self.message.show_message(
                self.tr("Er is geen printer geïnstalleerd. Schrijf de sleutel zorgvuldig over.")
            )
            return
        document = QTextDocument()
        document.setPlainText(
            self.tr("Herstelsleutel intake-app — {station}\n\n{key}\n\nBewaren in de kluis.")
            .replace("{station}", self._station)
            .replace("{key}", self.key_label.text())
        )
        try:
            printed = print_text_document(document, self, self.ask_printer)
        except FilePrinterRefused as refused:  # Print to PDF, OneNote...: never for the key
            self.message.show_message(str(refused))
            return
        if printed:
            self.message.show_message(self.tr("Afgedrukt."))

    def _continue(self) -> None:
        self.clear_personal_data()
        self.confirmed.emit()

    def clear_personal_data(self) -> None:
        self.key_label.clear()
        self.stored.setChecked(False)
