"""One consult as the station sent it, read-only, with its seriality matches in the region."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.frontoffice.texts import (
    advice_heading,
    advice_lines,
    route_name,
    series_text,
    service_name,
    urgent_name,
    when,
)
from intake_app.ui.widgets.forms import MessageLabel, heading

if TYPE_CHECKING:
    from intake_app.frontoffice.advice import Advice, SeriesMatch
    from intake_app.frontoffice.consult_content import ConsultContent, Line


class ConsultScreen(QWidget):
    back_requested = Signal()
    advise_requested = Signal()
    resend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontofficeConsult")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = heading(self.tr("Voorlegging"), self)
        layout.addWidget(self.title)
        self.series = QLabel(self)
        self.series.setObjectName("consultSeries")
        self.series.setWordWrap(True)
        self.series.setTextFormat(Qt.TextFormat.PlainText)
        font = self.series.font()
        font.setBold(True)
        self.series.setFont(font)
        layout.addWidget(self.series)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("consultText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Inhoud van de voorlegging"))
        layout.addWidget(self.text, stretch=1)
        self.message = MessageLabel(self, "frontofficeConsultMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug naar de wachtrij"), self)
        self.back_button.setObjectName("backToQueue")
        self.back_button.clicked.connect(self.back_requested)
        self.resend_button = QPushButton(self.tr("Advies opnieuw opslaan voor het bureau…"), self)
        self.resend_button.setObjectName("resendAdvice")
        self.resend_button.clicked.connect(self.resend_requested)
        self.advise_button = QPushButton(self.tr("Advies geven…"), self)
        self.advise_button.setObjectName("giveAdvice")
        self.advise_button.clicked.connect(self.advise_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.advise_button)
        layout.addLayout(buttons)

    def show_consult(
        self, content: ConsultContent, matches: Sequence[SeriesMatch], advice: Advice | None
    ) -> None:
        self.title.setText(
            self.tr("Voorlegging {reference} van {station}")
            .replace("{reference}", content.reference)
            .replace("{station}", content.station)
            + (self.tr(" (OEFENING)") if content.training else "")
        )
        if matches:
            self.series.setText(
                series_text([f"{m.station} {m.reference} ({m.date:%d-%m-%Y})" for m in matches])
            )
        else:
            self.series.setText(
                self.tr("Geen andere voorlegging in de regio met dezelfde kenmerken.")
            )
        self.text.setPlainText("\n".join(self._lines(content, advice)))
        self.resend_button.setVisible(advice is not None)
        self.advise_button.setText(
            self.tr("Nieuw advies geven…") if advice is not None else self.tr("Advies geven…")
        )
        self.message.clear_message()

    def _lines(self, content: ConsultContent, advice: Advice | None) -> list[str]:
        lines = [
            self.tr("Bureau: {station}; agent: {officer}")
            .replace("{station}", content.station)
            .replace("{officer}", content.officer.name),
            self.tr("Intake begonnen {start}; voorgelegd {sent}")
            .replace("{start}", when(content.intake_created_at))
            .replace("{sent}", when(content.consulted_at)),
        ]
        if advice is not None:
            lines += ["", advice_heading(advice), *advice_lines(advice)]
        decision = content.decision
        lines += ["", self.tr("BEOORDELING (triage)")]
        for code in decision.get("urgent") or []:
            lines.append(self.tr("Spoed: {what}").replace("{what}", urgent_name(str(code))))
        if decision.get("category"):
            lines.append(self.tr("Groep {category}").replace("{category}", decision["category"]))
        if decision.get("tsm"):
            lines.append(route_name(str(decision["tsm"])))
        referrals = decision.get("referrals") or []
        if referrals:
            names = ", ".join(service_name(str(r.get("service"))) for r in referrals)
            lines.append(self.tr("Verwijzen naar: {services}").replace("{services}", names))
        for reason in decision.get("reasons") or []:
            lines.append(f"{reason.get('rule')}: {reason.get('text')}")
        self._section(lines, self.tr("SPOED EN WAT AL GEDAAN IS"), content.urgent)
        self._section(lines, self.tr("BEHOEFTEN EN WENSEN"), content.needs)
        self._section(lines, self.tr("VERDACHTEN"), content.suspects)
        if content.identifiers:
            lines += ["", self.tr("KENMERKEN VAN VERDACHTEN")]
            for item in content.identifiers:
                platform = f" ({item.platform})" if item.platform else ""
                lines.append(f"{item.suspect}: {item.kind}: {item.value}{platform}")
        if content.series:
            lines += ["", self.tr("EERDERE MELDINGEN BIJ HET BUREAU (R7)")]
            lines += [
                f"{ref.station or ''} {ref.reference} ({ref.date:%d-%m-%Y})"
                for ref in content.series
            ]
        self._section(lines, self.tr("VERHAAL"), content.account)
        if content.consents or content.letters:
            lines += ["", self.tr("TOESTEMMINGEN EN BRIEVEN")]
            lines += [
                self.tr("Toestemming {service} ({when})")
                .replace("{service}", service_name(c.service))
                .replace("{when}", when(c.given_at))
                for c in content.consents
            ]
            lines += [
                self.tr("Brief {service} ({when})")
                .replace("{service}", service_name(letter.service))
                .replace("{when}", when(letter.produced_at))
                for letter in content.letters
            ]
        return lines

    @staticmethod
    def _section(lines: list[str], title: str, answers: Sequence[Line]) -> None:
        if not answers:
            return
        lines += ["", title]
        for line in answers:
            person = f"[{line.person}] " if line.person is not None else ""
            lines.append(f"{person}{line.question} — {line.answer}")

    def clear_personal_data(self) -> None:
        self.text.clear()
        self.series.clear()
        self.message.clear_message()
        self.title.setText(self.tr("Voorlegging"))
