"""Summary: the triage decision with its reasons, urgent actions first but calm; what is still
open; finalise (read-only afterwards) or amend with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.widgets.forms import MessageLabel, explanation, heading

if TYPE_CHECKING:  # the window shows before the domain is imported
    from intake_app.triage.contract import Decision


def urgent_text(code: str) -> str:
    texts = {
        "acute_danger": QCoreApplication.translate(
            "SummaryScreen", "De persoon is nu niet veilig: regel eerst veiligheid."
        ),
        "self_harm_risk": QCoreApplication.translate(
            "SummaryScreen",
            "Gedachten aan zelfbeschadiging: bied 113 Zelfmoordpreventie aan, laat de persoon "
            "niet alleen.",
        ),
        "publication_deadline": QCoreApplication.translate(
            "SummaryScreen",
            "Termijn van de afperser loopt snel af: meld het direct bij de TSM-frontoffice.",
        ),
        "csg_acute": QCoreApplication.translate(
            "SummaryScreen",
            "Recent lichamelijk contact: verwijs direct naar het Centrum Seksueel Geweld.",
        ),
        "ongoing_threat": QCoreApplication.translate(
            "SummaryScreen",
            "De persoon wordt nog bedreigd: bespreek vandaag met de TSM-frontoffice wat nu kan.",
        ),
    }
    return texts.get(code, code)


def urgent_referral_text(service: str) -> str:
    texts = {
        "offlimits": QCoreApplication.translate(
            "SummaryScreen",
            "Offlimits (Helpwanted): vraag met spoed hulp om de beelden te laten verwijderen.",
        ),
        "veilig_thuis": QCoreApplication.translate(
            "SummaryScreen", "Veilig Thuis: meld met spoed; een verdachte woont bij het kind."
        ),
        "csg": QCoreApplication.translate(
            "SummaryScreen", "Centrum Seksueel Geweld: bel vandaag nog."
        ),
    }
    return texts.get(
        service,
        QCoreApplication.translate("SummaryScreen", "Met spoed verwijzen naar {service}.").replace(
            "{service}", service_text(service)
        ),
    )


def first_actions(decision: Decision) -> list[str]:
    """Everything urgent, in one list: the urgent codes, the urgent referrals they do not
    already name, and for a deadline the advice the person needs at once."""
    lines = [urgent_text(code) for code in decision.urgent]
    covered = {"csg"} if "csg_acute" in decision.urgent else set()
    for referral in decision.referrals:
        if referral.urgency == "acute" and referral.service not in covered:
            lines.append(urgent_referral_text(referral.service))
    if "publication_deadline" in decision.urgent:
        lines.append(
            QCoreApplication.translate(
                "SummaryScreen",
                "Zeg de persoon: niet betalen en niet reageren; bewijs bewaren "
                "(schermafbeeldingen, gebruikersnamen, links).",
            )
        )
    return lines


def grouped_reasons(decision: Decision) -> list[str]:
    """One line per rule, its texts beneath it: a rule that fired five times reads once."""
    texts: dict[str, list[str]] = {}
    for reason in decision.reasons:
        found = texts.setdefault(reason.rule, [])
        if reason.text not in found:
            found.append(reason.text)
    return [f"{rule}: " + _shared_start_once(lines) for rule, lines in texts.items()]


def _shared_start_once(lines: list[str]) -> str:
    """Texts of one rule that begin alike ("Groep C: minderjarig slachtoffer (15 jaar) ...")
    say the shared start once, then what differs, one per line."""
    if len(lines) < 2:
        return "\n".join(lines)
    shared = lines[0]
    for line in lines[1:]:  # the longest start all texts share, character by character
        length = next(
            (i for i, (a, b) in enumerate(zip(shared, line, strict=False)) if a != b),
            min(len(shared), len(line)),
        )
        shared = shared[:length]
    at_boundary = all(len(line) == len(shared) or line[len(shared)] in " ;,." for line in lines)
    if not at_boundary:  # cut back to the last whole word
        shared = shared[: shared.rfind(" ") + 1] if " " in shared else ""
    if len(shared.strip()) < 12:
        return "\n".join(lines)
    rest = [line[len(shared) :].lstrip(";,: ") for line in lines]
    return shared.rstrip(";,: ") + "\n" + "\n".join(f"  – {part}" for part in rest)


def route_text(decision: Decision) -> str:
    if decision.tsm == "investigation":
        return QCoreApplication.translate("SummaryScreen", "Onderzoek door het TSM")
    return QCoreApplication.translate(
        "SummaryScreen", "Advies van de TSM-frontoffice; basisteam of wijkagent kan handelen"
    )


def service_text(service: str) -> str:
    texts = {
        "offlimits": "Offlimits",
        "csg": QCoreApplication.translate("SummaryScreen", "Centrum Seksueel Geweld"),
        "veilig_thuis": "Veilig Thuis",
        "shn": QCoreApplication.translate("SummaryScreen", "Slachtofferhulp Nederland"),
        "herstelbemiddeling": "Perspectief Herstelbemiddeling",
    }
    return texts.get(service, service)


class SummaryScreen(QWidget):
    back_requested = Signal()
    readback_requested = Signal()
    letters_requested = Signal()
    finalise_requested = Signal()
    amend_requested = Signal(str)  # the reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = heading(self.tr("Samenvatting"), self)
        outer.addWidget(self.title)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.page_scroll = scroll
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        self.urgent = QListWidget(body)
        self.urgent.setObjectName("urgentActions")
        self.urgent.setAccessibleName(self.tr("Eerst doen"))
        self.urgent_heading = heading(self.tr("Eerst doen"), body, 1.15)
        layout.addWidget(self.urgent_heading)
        layout.addWidget(self.urgent)
        layout.addWidget(heading(self.tr("Beoordeling"), body, 1.15))
        self.decision_label = QLabel(body)
        self.decision_label.setObjectName("decisionText")
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.decision_label)
        layout.addWidget(heading(self.tr("Waarom"), body, 1.15))
        self.reasons = QListWidget(body)
        self.reasons.setObjectName("decisionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(self.tr("Redenen"))
        # As tall as its lines, inside the page's own scroll area: no cramped box in a box.
        self.reasons.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.setSpacing(2)
        layout.addWidget(self.reasons)
        # Refit whenever the box's width settles (the wrapped lines' height follows it).
        self.reasons.installEventFilter(self)
        # Why a finalised intake was reopened: the officer who picks it up reads it here.
        self.amendments_heading = heading(self.tr("Heropend"), body, 1.15)
        self.amendments = QListWidget(body)
        self.amendments.setObjectName("amendmentReasons")
        self.amendments.setWordWrap(True)
        self.amendments.setAccessibleName(self.tr("Waarom de intake is heropend"))
        layout.addWidget(self.amendments_heading)
        layout.addWidget(self.amendments)
        layout.addWidget(heading(self.tr("Nog open"), body, 1.15))
        self.open_questions = QListWidget(body)
        self.open_questions.setObjectName("openQuestions")
        self.open_questions.setAccessibleName(self.tr("Nog open"))
        layout.addWidget(self.open_questions)
        layout.addWidget(
            explanation(
                self.tr(
                    "Dit zijn suggesties volgens de werkinstructie; de agent en de persoon "
                    "beslissen samen."
                ),
                body,
            )
        )
        scroll.setWidget(body)
        outer.addWidget(scroll, stretch=1)

        self.message = MessageLabel(self, "summaryMessage")
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug naar het gesprek"), self)
        self.back_button.setObjectName("backToInterview")
        self.back_button.clicked.connect(self.back_requested)
        self.readback_button = QPushButton(self.tr("Teruglezen met de persoon"), self)
        self.readback_button.setObjectName("openReadback")
        self.readback_button.clicked.connect(self.readback_requested)
        self.letters_button = QPushButton(self.tr("Verwijsbrieven"), self)
        self.letters_button.setObjectName("openLetters")
        self.letters_button.clicked.connect(self.letters_requested)
        self.finalise_button = QPushButton(self.tr("Afronden"), self)
        self.finalise_button.setObjectName("finalise")
        self.finalise_button.clicked.connect(self._confirm_finalise)
        self.amend_button = QPushButton(self.tr("Wijzigen…"), self)
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self._ask_amend_reason)
        for button in (
            self.back_button,
            self.readback_button,
            self.letters_button,
            self.finalise_button,
            self.amend_button,
        ):
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        outer.addLayout(buttons)
        # Test hooks, as in KeePassXC: tests answer dialogs without a modal loop.
        self.confirm = self._confirm_with_dialog
        self.ask_reason = self._ask_reason_with_dialog

    def show_decision(
        self,
        reference: str,
        decision: Decision,
        open_questions: Sequence[str],
        status: str,
        amendments: Sequence[tuple[datetime, str, str]] = (),
    ) -> None:
        """`amendments`: (when, officer's name, reason) of each reopening, oldest first."""
        self.title.setText(self.tr("Samenvatting {reference}").replace("{reference}", reference))
        self.urgent.clear()
        actions = first_actions(decision)
        for line in actions:
            self.urgent.addItem(line)
        if actions:  # as tall as its lines: urgent, but no wall of alarm
            rows = self.urgent.sizeHintForRow(0) * self.urgent.count()
            self.urgent.setFixedHeight(rows + 2 * self.urgent.frameWidth() + 4)
        self.urgent.setVisible(bool(actions))
        self.urgent_heading.setVisible(bool(actions))
        lines = []
        if decision.category:
            lines.append(self.tr("Groep {category}").replace("{category}", decision.category))
        lines.append(route_text(decision))
        if decision.referrals:
            services = ", ".join(
                service_text(r.service) + (self.tr(" (met spoed)") if r.urgency == "acute" else "")
                for r in decision.referrals
            )
            lines.append(self.tr("Verwijzen naar: {services}").replace("{services}", services))
        self.decision_label.setText("\n".join(lines))
        self.reasons.clear()
        for line in grouped_reasons(decision):
            self.reasons.addItem(line)
        self.amendments.clear()
        for when, officer, why in amendments:
            self.amendments.addItem(
                self.tr("{when}, {officer}: {reason}")
                .replace("{when}", when.astimezone().strftime("%Y-%m-%d %H:%M"))
                .replace("{officer}", officer)
                .replace("{reason}", why)
            )
        self.amendments.setVisible(bool(amendments))
        self.amendments_heading.setVisible(bool(amendments))
        self.open_questions.clear()
        for question in open_questions:
            self.open_questions.addItem(question)
        if not open_questions:
            self.open_questions.addItem(self.tr("Alle vragen die nu gelden, zijn beantwoord."))
        editable = status == "draft"
        self.finalise_button.setVisible(editable)
        self.amend_button.setVisible(not editable)
        self.back_button.setText(
            self.tr("Terug naar het gesprek") if editable else self.tr("Gesprek bekijken")
        )
        self.message.clear_message()
        self._fit_reasons()
        QTimer.singleShot(0, self, self._fit_reasons)  # again once laid out at its width
        # Opens at the top: the urgent actions are the first thing the officer reads.
        self.page_scroll.verticalScrollBar().setValue(0)
        self.reasons.scrollToTop()

    def _fit_reasons(self) -> None:
        """The reasons box as tall as its wrapped lines at the current width."""
        rows = sum(self.reasons.sizeHintForRow(i) for i in range(self.reasons.count()))
        spacing = 2 * self.reasons.spacing() * self.reasons.count()
        self.reasons.setFixedHeight(rows + spacing + 2 * self.reasons.frameWidth() + 2)
        QTimer.singleShot(0, self, self._grow_reasons_to_fit)

    def _grow_reasons_to_fit(self) -> None:
        """What the row sizes missed (lines wrapped at the final width) shows as scroll
        range: the box grows by exactly that, so no reason is hidden below its edge."""
        overflow = self.reasons.verticalScrollBar().maximum()
        if overflow > 0:
            self.reasons.setFixedHeight(self.reasons.height() + overflow)
            QTimer.singleShot(0, self, self._grow_reasons_to_fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reasons
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            QTimer.singleShot(0, self, self._fit_reasons)  # after the items re-laid out
        return False

    def _confirm_finalise(self) -> None:
        if self.confirm(
            self.tr(
                "Na het afronden kan de intake niet meer worden aangepast, alleen nog gewijzigd "
                "met een reden. Afronden?"
            )
        ):
            self.finalise_requested.emit()

    def _ask_amend_reason(self) -> None:
        reason = self.ask_reason().strip()
        if reason:
            self.amend_requested.emit(reason)
        else:
            self.message.show_message(self.tr("Een wijziging heeft een reden nodig."))

    def _confirm_with_dialog(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Afronden"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_reason_with_dialog(self) -> str:
        text, accepted = QInputDialog.getText(
            self, self.tr("Wijzigen"), self.tr("Waarom wordt de afgeronde intake gewijzigd?")
        )
        return text if accepted else ""

    def clear_personal_data(self) -> None:
        for widget in (self.urgent, self.reasons, self.amendments, self.open_questions):
            widget.clear()
        self.decision_label.clear()
        self.title.setText(self.tr("Samenvatting"))
