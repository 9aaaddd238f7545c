"""The frontoffice's advice on one consult: the structured fields (R1, R3, R10) and free text.

"Vastleggen" records the advice and writes the advice package, sealed to the station, into a
folder the adviser chooses; the two happen together or not at all.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.frontoffice.texts import handling_text, outcome_text, service_name
from intake_app.ui.widgets.forms import MessageLabel, heading

SERVICES = ("offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling")


class AdviceForm(QWidget):
    cancel_requested = Signal()
    record_requested = Signal(bytes)  # the advice as the JSON document advice.py reads

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontofficeAdviceForm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = heading(self.tr("Advies"), self)
        outer.addWidget(self.title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        self.urgent_actions = QPlainTextEdit(body)
        self.urgent_actions.setObjectName("adviceUrgentActions")
        self.urgent_actions.setTabChangesFocus(True)
        self.urgent_actions.setPlaceholderText(
            self.tr("Eén handeling per regel; leeg als er geen is")
        )
        self.urgent_actions.setMaximumHeight(90)
        form.addRow(self.tr("Spoedhandelingen"), self.urgent_actions)
        handling_box = QWidget(body)
        handling_row = QVBoxLayout(handling_box)
        handling_row.setContentsMargins(0, 0, 0, 0)
        self.handling = QButtonGroup(self)
        self.handling_buttons: dict[str, QRadioButton] = {}
        for code in ("tsm", "basisteam_with_advice"):
            button = QRadioButton(handling_text(code), handling_box)
            button.setObjectName(f"handling_{code}")
            self.handling.addButton(button)
            self.handling_buttons[code] = button
            handling_row.addWidget(button)
        form.addRow(self.tr("Wie handelt"), handling_box)
        self.ex_officio = QCheckBox(self.tr("Ambtshalve opsporing overwogen (R10)"), body)
        self.ex_officio.setObjectName("adviceExOfficio")
        self.outcome = QComboBox(body)
        self.outcome.setObjectName("adviceOutcome")
        for code in ("investigate", "not_now"):
            self.outcome.addItem(outcome_text(code), code)
        self.why = QPlainTextEdit(body)
        self.why.setObjectName("adviceWhy")
        self.why.setTabChangesFocus(True)
        self.why.setMaximumHeight(70)
        self.why.setPlaceholderText(self.tr("Waarom (verplicht als het is overwogen)"))
        form.addRow(self.tr("Ambtshalve"), self.ex_officio)
        form.addRow(self.tr("Afweging"), self.outcome)
        form.addRow(self.tr("Waarom"), self.why)
        self.ex_officio.toggled.connect(self._ex_officio_changed)
        referrals_box = QWidget(body)
        referrals_row = QHBoxLayout(referrals_box)
        referrals_row.setContentsMargins(0, 0, 0, 0)
        self.referrals: dict[str, QCheckBox] = {}
        for service in SERVICES:
            box = QCheckBox(service_name(service), referrals_box)
            box.setObjectName(f"referral_{service}")
            self.referrals[service] = box
            referrals_row.addWidget(box)
        referrals_row.addStretch(1)
        form.addRow(self.tr("Ook verwijzen naar"), referrals_box)
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("adviceText")
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("Toelichting"), self.text)
        self.advised_by = QLineEdit(body)
        self.advised_by.setObjectName("adviceAdvisedBy")
        self.advised_by.setPlaceholderText(self.tr("Leeg: uw eigen naam"))
        form.addRow(self.tr("Geadviseerd door"), self.advised_by)
        scroll.setWidget(body)
        outer.addWidget(scroll, stretch=1)
        self.message = MessageLabel(self, "adviceFormMessage")
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Terug naar de voorlegging"), self)
        self.cancel_button.setObjectName("cancelAdvice")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.record_button = QPushButton(
            self.tr("Advies vastleggen en opslaan voor het bureau…"), self
        )
        self.record_button.setObjectName("recordAdvice")
        self.record_button.clicked.connect(self._record)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        outer.addLayout(buttons)
        self.clear_personal_data()

    def start(self, reference: str, station: str) -> None:
        self.clear_personal_data()
        self.title.setText(
            self.tr("Advies bij {reference} van {station}")
            .replace("{reference}", reference)
            .replace("{station}", station)
        )
        self.urgent_actions.setFocus()

    def _ex_officio_changed(self, considered: bool) -> None:
        self.outcome.setEnabled(considered)
        self.why.setEnabled(considered)

    def document(self) -> dict[str, Any] | None:
        """The advice as advice.py's JSON document; None (with a message) when incomplete."""
        chosen = [code for code, button in self.handling_buttons.items() if button.isChecked()]
        if not chosen:
            self.message.show_message(
                self.tr("Kies wie handelt: de TSM of het basisteam met advies.")
            )
            return None
        considered = self.ex_officio.isChecked()
        why = self.why.toPlainText().strip()
        if considered and not why:
            self.message.show_message(
                self.tr("Zeg waarom ambtshalve opsporing wel of nu niet (R10).")
            )
            return None
        actions = [line.strip() for line in self.urgent_actions.toPlainText().splitlines()]
        document: dict[str, Any] = {
            "urgent_actions": [action for action in actions if action],
            "handling": chosen[0],
            "ex_officio": {"considered": considered},
            "referrals_to_add": [s for s, box in self.referrals.items() if box.isChecked()],
            "text": self.text.toPlainText().strip(),
        }
        if considered:
            document["ex_officio"] |= {"outcome": self.outcome.currentData(), "why": why}
        if self.advised_by.text().strip():
            document["advised_by"] = self.advised_by.text().strip()
        return document

    def _record(self) -> None:
        document = self.document()
        if document is not None:
            self.message.clear_message()
            self.record_requested.emit(json.dumps(document, ensure_ascii=False).encode("utf-8"))

    def clear_personal_data(self) -> None:
        for field in (self.urgent_actions, self.why, self.text):
            field.clear()
        self.advised_by.clear()
        self.handling.setExclusive(False)
        for button in self.handling_buttons.values():
            button.setChecked(False)
        self.handling.setExclusive(True)
        self.ex_officio.setChecked(False)
        self._ex_officio_changed(False)
        self.outcome.setCurrentIndex(0)
        for box in self.referrals.values():
            box.setChecked(False)
        self.message.clear_message()
        self.title.setText(self.tr("Advies"))
