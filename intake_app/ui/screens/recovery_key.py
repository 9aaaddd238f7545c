"""The recovery key, shown once at set-up, to print or write down."""

from __future__ import annotations

from datetime import datetime
from html import escape

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
        self._administrator = ""
        self._issued_at: datetime | None = None
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

    def show_key(
        self,
        recovery_key: str,
        station: str,
        administrator: str = "",
        issued_at: datetime | None = None,
    ) -> None:
        self._station = station
        self._administrator = administrator
        self._issued_at = issued_at or datetime.now()
        self.key_label.setText(recovery_key)
        self.stored.setChecked(False)
        self.message.clear_message()

    def print_key(self) -> None:
        if not printers_available():
            self.message.show_message(
                self.tr("Er is geen printer geïnstalleerd. Schrijf de sleutel zorgvuldig over.")
            )
            return
        document = self.printout()
        try:
            printed = print_text_document(document, self, self.ask_printer)
        except FilePrinterRefused as refused:  # Print to PDF, OneNote...: never for the key
            self.message.show_message(str(refused))
            return
        if printed:
            self.message.show_message(self.tr("Afgedrukt."))

    def printout(self) -> QTextDocument:
        """The sheet for the safe: the key in a fixed-pitch font (0 and O, 1 and I stay
        apart), when and by whom it was made, and what to do with it."""
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        issued = (self._issued_at or datetime.now()).strftime("%d-%m-%Y %H:%M")
        instructions = [
            self.tr("Berg dit blad op in de kluis van het bureau; maak geen kopie of foto."),
            self.tr(
                "Gebruik de sleutel alleen om een vergeten wachtwoordzin opnieuw in te stellen "
                "(Wachtwoordzin vergeten… op het ontgrendelscherm) of om een back-up te openen."
            ),
            self.tr(
                "Wie deze sleutel heeft, kan alle intakes lezen. Kwijt of gezien door een ander: "
                "laat de beheerder bij Beheer, Herstelsleutel een nieuwe maken; deze vervalt dan."
            ),
            self.tr("Tik de sleutel over met de streepjes; hoofdletters maken niet uit."),
        ]
        rows = [
            (self.tr("Bureau"), self._station),
            (self.tr("Gemaakt op"), issued),
            (self.tr("Beheerder"), self._administrator),
        ]
        html = [f"<h2>{escape(self.tr('Herstelsleutel intake-app'))}</h2>", "<table>"]
        html += [
            f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
            for label, value in rows
        ]
        html.append("</table>")
        html.append(
            f"<p style=\"font-family: '{escape(fixed)}'; font-size: 20pt;\">"
            f"{escape(self.key_label.text())}</p>"
        )
        html.append("<ol>" + "".join(f"<li>{escape(line)}</li>" for line in instructions) + "</ol>")
        document = QTextDocument()
        document.setHtml("".join(html))
        return document

    def _continue(self) -> None:
        self.clear_personal_data()
        self.confirmed.emit()

    def clear_personal_data(self) -> None:
        self._administrator = ""
        self.key_label.clear()
        self.stored.setChecked(False)
