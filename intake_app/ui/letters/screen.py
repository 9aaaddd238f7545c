"""Referral letters and the victim's information sheet: choose, read together, print or save.

The list says for every service whether a letter can be made and, when not, why (the consent
rules' own words, R4). The chosen letter is shown beside what it leaves out, so the officer can
read it with the victim. PDFs are built in memory on a worker thread; printing renders the
pages at no more than 600 dpi under a neutral job name, a page per turn of the event loop;
saving warns first that the file is not encrypted. Every letter made, printed or saved is
reported through `record_letter` (the window audits service, officer and time, never the
content).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.policy import Policy, load_policy
from intake_app.pdf.text_check import UnprintableText
from intake_app.referrals.case import ProfessionalRoute, ReferralCase, RouteReason
from intake_app.referrals.content import LetterContent
from intake_app.referrals.directory import ServiceDirectory, ServiceId
from intake_app.referrals.information_sheet import SheetContent
from intake_app.referrals.letters import leaves_out
from intake_app.referrals.professional_route import REASONS
from intake_app.referrals.text import Language
from intake_app.ui.file_dialogs import chosen_path, save_file_dialog
from intake_app.ui.letters.documents import (
    INFORMATION_SHEET,
    BuiltDocument,
    DocumentId,
    ServiceChoice,
    build_document,
    information_sheets,
    service_choices,
)
from intake_app.ui.letters.pdf_output import match_paper_to, save_pdf
from intake_app.ui.letters.preview import PdfPreview
from intake_app.ui.letters.print_job import PrintJob
from intake_app.ui.printing import (
    AskPrinter,
    ask_with_print_dialog,
    new_printer,
    printers_available,
    writes_to_file,
)
from intake_app.ui.worker import run_in_background

LetterAction = Literal["letter", "print", "export"]
RecordLetter = Callable[[DocumentId, LetterAction], None]
# R13: record the officer's decision to refer by the professional route; returns the routes
# now recorded for the case (the window stores and audits it, see audit.py).
RecordRoute = Callable[[ServiceId, RouteReason], None]
LoadRoutes = Callable[[], Sequence[ProfessionalRoute]]
AskConsent = Callable[[ServiceId], None]
AskSavePath = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget, str, str], bool]

LANGUAGE_NAMES: dict[Language, str] = {"nl": "Nederlands", "en": "English"}


def ask_save_path_with_dialog(parent: QWidget, suggested_name: str) -> Path | None:
    title = QCoreApplication.translate("LettersScreen", "Opslaan als")
    # The dialog opens in Documents, not the program folder (file_dialogs.start_path).
    chosen = chosen_path(save_file_dialog(parent, title, suggested_name, "PDF (*.pdf)"))
    return Path(chosen) if chosen else None


def confirm_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    go_on = box.addButton(
        QCoreApplication.translate("LettersScreen", "Doorgaan"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("LettersScreen", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is go_on


@dataclass(frozen=True)
class _BuildOutcome:
    generation: int
    built: BuiltDocument | None
    problem: Exception | None = None


@dataclass(frozen=True)
class LetterHooks:
    """Test hooks, as in KeePassXC: tests replace the modal dialogs and the printer check."""

    ask_printer: AskPrinter = ask_with_print_dialog
    printers_available: Callable[[], bool] = printers_available
    ask_save_path: AskSavePath = ask_save_path_with_dialog
    confirm: Confirm = confirm_with_message_box
    new_printer: Callable[[], QPrinter] = new_printer
    writes_to_file: Callable[[QPrinter], bool] = writes_to_file


def _plain_label(parent: QWidget, name: str, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # nothing typed is ever read as markup
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class LettersScreen(QWidget):
    def __init__(
        self,
        current_case: Callable[[], ReferralCase],
        directory: ServiceDirectory,
        record_letter: RecordLetter,
        *,
        training: bool,
        language: Language = "nl",
        policy: Policy | None = None,
        clock: Callable[[], datetime] = datetime.now,
        hooks: LetterHooks | None = None,
        record_route: RecordRoute | None = None,
        load_routes: LoadRoutes | None = None,
        ask_consent: AskConsent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lettersScreen")
        self._current_case = current_case
        self._directory = directory
        self._record_letter = record_letter
        self._training = training
        self._language = language
        self._policy = policy or load_policy()
        self._clock = clock
        self._hooks = hooks or LetterHooks()
        self._record_route = record_route
        self._load_routes = load_routes or (lambda: ())
        self._ask_consent = ask_consent
        self._choices: dict[DocumentId, ServiceChoice] = {}
        self._sheets: dict[Language, SheetContent] = {}
        self._built: BuiltDocument | None = None
        self._generation = 0  # a build that finishes after a newer request is dropped
        self._recorded: set[tuple[DocumentId, Language]] = set()
        self._build_ui()

    # -- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = _plain_label(self, "lettersTitle", bold=True)
        title.setText(self.tr("Verwijsbrieven en informatieblad"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        layout.addWidget(title)
        self.training_label = _plain_label(self, "lettersTraining", bold=True)
        self.training_label.setText(
            self.tr("Oefenomgeving: elke brief draagt het watermerk 'OEFENING — geen echte zaak'.")
        )
        self.training_label.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.training_label.setVisible(self._training)
        layout.addWidget(self.training_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = _plain_label(left, "servicesHeading", bold=True)
        heading.setText(self.tr("Organisaties"))
        left_layout.addWidget(heading)
        self.service_list = QListWidget(left)
        self.service_list.setObjectName("serviceList")
        self.service_list.setWordWrap(True)
        self.service_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.service_list.setSpacing(4)
        self.service_list.setAlternatingRowColors(True)
        self.service_list.currentItemChanged.connect(self._on_choice_changed)
        left_layout.addWidget(self.service_list, stretch=1)
        self.reason_label = _plain_label(left, "refusalReason")
        left_layout.addWidget(self.reason_label)
        # What the officer can do instead of a letter: ask consent now, or (R13) refer by the
        # professional route.
        self.ask_now_button = QPushButton(self.tr("Toestemming nu vragen"), left)
        self.ask_now_button.setObjectName("askConsentNow")
        self.ask_now_button.clicked.connect(self.ask_consent_now)
        self.ask_now_button.hide()
        left_layout.addWidget(self.ask_now_button)
        self.route_button = QPushButton(self.tr("Verwijzen via de professionele route"), left)
        self.route_button.setObjectName("professionalRoute")
        self.route_button.clicked.connect(self.refer_by_professional_route)
        self.route_button.hide()
        left_layout.addWidget(self.route_button)

        middle = QWidget(splitter)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PdfPreview(middle)
        middle_layout.addWidget(self.preview, stretch=1)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        left_out_heading = _plain_label(right, "leftOutHeading", bold=True)
        left_out_heading.setText(self.tr("Wat deze brief níet vertelt"))
        right_layout.addWidget(left_out_heading)
        left_out_intro = _plain_label(right, "leftOutIntro")
        left_out_intro.setText(
            self.tr("Lees de brief samen met het slachtoffer. Dit staat er bewust niet in:")
        )
        right_layout.addWidget(left_out_intro)
        self.left_out_list = QListWidget(right)
        self.left_out_list.setObjectName("leftOutList")
        self.left_out_list.setWordWrap(True)
        self.left_out_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.left_out_list.setSpacing(3)
        right_layout.addWidget(self.left_out_list, stretch=1)
        self.warning_label = _plain_label(right, "textWarning")
        self.warning_label.setStyleSheet("color: #8a4b00;")
        right_layout.addWidget(self.warning_label)

        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        layout.addWidget(splitter, stretch=1)

        bar = QHBoxLayout()
        language_label = QLabel(self.tr("Taal van het document:"), self)
        bar.addWidget(language_label)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("documentLanguage")
        # Wide enough for "Nederlands" and "English" whatever the list holds at the moment.
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box.setMinimumContentsLength(max(len(n) for n in LANGUAGE_NAMES.values()))
        self.language_box.currentIndexChanged.connect(self._on_language_changed)
        bar.addWidget(self.language_box)
        self.status_label = _plain_label(self, "lettersStatus")
        bar.addWidget(self.status_label, stretch=1)
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.print_button.setObjectName("printLetter")
        self.print_button.clicked.connect(self.print_document)
        bar.addWidget(self.print_button)
        self.save_button = QPushButton(self.tr("Opslaan als…"), self)
        self.save_button.setObjectName("saveLetter")
        self.save_button.clicked.connect(self.save_document)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self._set_actions_enabled(False)

    # -- filling the list --------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the current case and show, per service, whether a letter can be made."""
        self.clear_personal_data()
        now = self._clock()
        try:
            case = self._current_case()
            routes = tuple(self._load_routes())
            if routes:
                case = case.model_copy(update={"professional_routes": routes})
            if self._training and not case.training:
                # An intake in the training store is never a real case: watermark it anyway.
                case = case.model_copy(update={"training": True})
            choices = service_choices(case, self._directory, self._policy, now, self._language)
            self._sheets = information_sheets(case, self._directory, now)
        except (ValueError, LookupError):
            # A case that cannot be built (the form's checks normally prevent it); the message
            # names no value, since values are personal data.
            self._show_status(
                self.tr(
                    "De brieven kunnen nu niet worden gemaakt: de antwoorden zijn nog niet "
                    "volledig of niet in orde. Controleer het gesprek en probeer het opnieuw."
                )
            )
            return
        for choice in choices:
            self._choices[choice.service] = choice
            item = QListWidgetItem(self._item_text(choice), self.service_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.service)
            item.setToolTip(choice.refusal)
        sheet_item = QListWidgetItem(
            self.tr("Informatieblad voor het slachtoffer") + "\n" + self.tr("Nederlands, Engels"),
            self.service_list,
        )
        sheet_item.setData(Qt.ItemDataRole.UserRole, INFORMATION_SHEET)

    def _item_text(self, choice: ServiceChoice) -> str:
        if choice.possible:
            return choice.name + "\n" + self.tr("✓ Brief kan worden gemaakt")
        return choice.name + "\n✗ " + choice.refusal  # the reason says "no letter" itself

    def select(self, document: DocumentId) -> None:
        """Choose a service (or the information sheet), as a click in the list would."""
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == document:
                self.service_list.setCurrentItem(item)
                return
        raise KeyError(document)

    def service_texts(self) -> list[str]:
        return [self.service_list.item(row).text() for row in range(self.service_list.count())]

    def left_out_texts(self) -> list[str]:
        return [self.left_out_list.item(row).text() for row in range(self.left_out_list.count())]

    # -- choosing and building ---------------------------------------------------------------
    def _chosen(self) -> DocumentId | None:
        row = self.service_list.currentRow()
        if row < 0:
            return None
        document: DocumentId = self.service_list.item(row).data(Qt.ItemDataRole.UserRole)
        return document

    def _on_choice_changed(self) -> None:
        document = self._chosen()
        languages = self._languages_for(document)
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for language in languages:
            self.language_box.addItem(LANGUAGE_NAMES[language], language)
        self.language_box.blockSignals(False)
        self._start_build()

    def _on_language_changed(self) -> None:
        self._start_build()

    def _languages_for(self, document: DocumentId | None) -> list[Language]:
        if document is None:
            return []
        if document == INFORMATION_SHEET:
            return list(self._sheets)
        return list(self._choices[document].letters)

    def _content(self) -> tuple[DocumentId, Language, LetterContent | SheetContent] | None:
        document = self._chosen()
        language: Language | None = self.language_box.currentData()
        if document is None or language is None:
            return None
        if document == INFORMATION_SHEET:
            return document, language, self._sheets[language]
        return document, language, self._choices[document].letters[language]

    def _start_build(self) -> None:
        self._generation += 1
        generation = self._generation
        self._show_built(None)
        document = self._chosen()
        choice = self._choices.get(document) if document is not None else None
        self.reason_label.setText(choice.refusal if choice is not None else "")
        self.ask_now_button.setVisible(
            choice is not None and choice.can_ask_now and self._ask_consent is not None
        )
        self.route_button.setVisible(
            choice is not None and choice.route is not None and self._record_route is not None
        )
        wanted = self._content()
        if wanted is None:  # no letter for this choice: nothing of the previous one stays
            self._show_status("")
            return
        document, language, content = wanted
        self._show_status(self.tr("Het document wordt gemaakt…"))

        def work(_report: Callable[[float], None]) -> _BuildOutcome:
            try:
                return _BuildOutcome(generation, build_document(document, language, content))
            except Exception as problem:  # reported on the window's thread, below
                return _BuildOutcome(generation, None, problem)

        run_in_background(work, self._on_build_finished, self._on_build_failed, owner=self)

    def _on_build_finished(self, outcome: _BuildOutcome) -> None:
        if outcome.generation != self._generation:
            return  # the officer chose something else meanwhile, or the screen was cleared
        built = outcome.built
        if built is None:
            self._on_build_failed(outcome.problem)
            return
        if not self.preview.show_pdf(built.pdf):
            self._show_status(self.tr("Het voorbeeld kan niet worden getoond."))
            return
        self._show_built(built)
        self._show_status("")
        if built.document != INFORMATION_SHEET:
            key = (built.document, built.language)
            if key not in self._recorded:
                self._recorded.add(key)
                self._record_letter(built.document, "letter")

    def _on_build_failed(self, problem: Exception | None) -> None:
        if isinstance(problem, UnprintableText):
            self._show_status(problem.message(self._language))
        else:
            self._show_status(self.tr("Het document kon niet worden gemaakt. Probeer het opnieuw."))

    def _show_built(self, built: BuiltDocument | None) -> None:
        self._built = built
        self.left_out_list.clear()
        self.warning_label.clear()
        if built is None:
            self.preview.clear()
            self._set_actions_enabled(False)
            return
        left_out = built.left_out
        if built.document != INFORMATION_SHEET and built.language != self._language:
            # Said to the officer in the interface's language, whatever the letter's language.
            left_out = leaves_out(built.document, self._language)
        self.left_out_list.addItems(list(left_out))
        self.warning_label.setText(
            " ".join(problem.message(self._language) for problem in built.warnings)
        )
        self._set_actions_enabled(True)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def page_count(self) -> int:
        return self.preview.page_count() if self._built is not None else 0

    def preview_text(self) -> str:
        return self.preview.text() if self._built is not None else ""

    # -- what to do instead of a letter ------------------------------------------------------
    def ask_consent_now(self) -> None:
        """Back to the interview's consent question for the chosen service."""
        choice = self._chosen_choice()
        if choice is not None and self._ask_consent is not None:
            self._ask_consent(choice.service)

    def refer_by_professional_route(self) -> None:
        """R13: the officer decides to refer without the guardian's consent; recorded with who
        and why (the window audits it), then the letter can be made."""
        choice = self._chosen_choice()
        if choice is None or choice.route is None or self._record_route is None:
            return
        reason = REASONS[choice.route](self._language)
        question = (
            self.tr(
                "U verwijst naar %1 via de professionele route (R13, meldcode), zonder "
                "toestemming van de ouder of voogd. Reden: %2. Uw naam en de reden worden "
                "vastgelegd. Doorgaan?"
            )
            .replace("%1", choice.name)
            .replace("%2", reason)
        )
        if not self._hooks.confirm(self, self.tr("Professionele route"), question):
            return
        self._record_route(choice.service, choice.route)
        service = choice.service
        self.refresh()
        self.select(service)

    def _chosen_choice(self) -> ServiceChoice | None:
        document = self._chosen()
        return self._choices.get(document) if document is not None else None

    # -- printing and saving -----------------------------------------------------------------
    def _warnings_confirmed(self, built: BuiltDocument) -> bool:
        if not built.warnings:
            return True
        text = " ".join(problem.message(self._language) for problem in built.warnings)
        return self._hooks.confirm(
            self, self.tr("Controleer de tekst"), text + "\n\n" + self.tr("Toch doorgaan?")
        )

    def print_document(self) -> None:
        built = self._built
        if built is None:
            return
        if not self._hooks.printers_available():
            self._show_status(
                self.tr(
                    "Er is geen printer geïnstalleerd. U kunt het document opslaan en later "
                    "afdrukken, of een beheerder vragen een printer te installeren."
                )
            )
            return
        if not self._warnings_confirmed(built):
            return
        printer = self._hooks.new_printer()
        match_paper_to(printer, self.preview.document)  # A4 offered first, not Letter
        if not self._hooks.ask_printer(printer, self):
            self._show_status(self.tr("Afdrukken geannuleerd."))
            return
        # Print to PDF, XPS, OneNote, Fax, a file port: a save, with the save's warning.
        to_file = self._hooks.writes_to_file(printer)
        if to_file and not self._unencrypted_confirmed():
            return
        # Painted on this thread a page per turn of the event loop: never on a worker, where
        # PySide6 can deadlock (intake_app/ui/worker.py); the window stays live between pages.
        self.print_button.setEnabled(False)
        self._show_status(self.tr("Bezig met afdrukken…"))
        # Bound methods of this widget: Qt drops the delivery if the screen is gone by then.
        job = PrintJob(built.pdf, printer)
        job.page_printed.connect(self._on_page_printed)
        job.finished.connect(self._on_printed)
        job.failed.connect(self._on_print_failed)
        if job.start():
            # Audited as the letter goes to the printer: pages may leave even if a later one
            # fails, and a lock before the last page must not lose the record.
            self._record_letter(built.document, "export" if to_file else "print")

    def _on_page_printed(self, done: int, pages: int) -> None:
        self._show_status(
            self.tr("Bezig met afdrukken… pagina %1 van %2")
            .replace("%1", str(done))
            .replace("%2", str(pages))
        )

    def _on_printed(self) -> None:
        self.print_button.setEnabled(self._built is not None)
        self._show_status(self.tr("Naar de printer gestuurd."))

    def _on_print_failed(self, _problem: Exception) -> None:
        self.print_button.setEnabled(self._built is not None)
        self._show_status(
            self.tr("Afdrukken is niet gelukt. Controleer de printer en probeer het opnieuw.")
        )

    def _unencrypted_confirmed(self) -> bool:
        return self._hooks.confirm(
            self,
            self.tr("Bestand is niet versleuteld"),
            self.tr(
                "Let op: het opgeslagen bestand is NIET versleuteld. Iedereen die bij de map "
                "kan, kan de brief lezen. Sla het alleen op een beveiligde plek op en verwijder "
                "het als het niet meer nodig is."
            ),
        )

    def save_document(self) -> None:
        built = self._built
        if built is None:
            return
        if not self._warnings_confirmed(built):
            return
        if not self._unencrypted_confirmed():
            return
        suggested = f"{built.document}-{built.language}.pdf"  # no personal data in the name
        path = self._hooks.ask_save_path(self, suggested)
        if path is None:
            return
        try:
            written = save_pdf(path, built.pdf)
        except OSError:
            self._show_status(
                self.tr(
                    "Opslaan is niet gelukt. Kies een andere map waarin u mag schrijven en "
                    "probeer het opnieuw."
                )
            )
            return
        self._record_letter(built.document, "export")
        self._show_status(self.tr("Opgeslagen (niet versleuteld): ") + written.name)

    # -- locking -----------------------------------------------------------------------------
    def clear_personal_data(self) -> None:
        """On lock: close the preview and empty every list; a running build is dropped."""
        self._generation += 1
        self._show_built(None)
        self.service_list.blockSignals(True)
        self.service_list.clear()
        self.service_list.blockSignals(False)
        self.language_box.blockSignals(True)
        self.language_box.clear()
        self.language_box.blockSignals(False)
        self.reason_label.clear()
        self.ask_now_button.hide()
        self.route_button.hide()
        self.status_label.clear()
        self._choices = {}
        self._sheets = {}
        self._recorded = set()
