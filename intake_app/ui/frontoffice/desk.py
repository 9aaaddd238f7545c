"""The frontoffice's window: queue -> consult -> advice form, over one Consultation.

Every refusal on reading a consult in is shown in words (problems.describe) and changes
nothing; the queue is read again after every step that changes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from intake_app.ui.frontoffice.advice_form import AdviceForm
from intake_app.ui.frontoffice.consult import ConsultScreen
from intake_app.ui.frontoffice.dialogs import PACKAGE_SUFFIX, FrontofficeDialogs
from intake_app.ui.frontoffice.files import write_new
from intake_app.ui.frontoffice.queue import QueueScreen
from intake_app.ui.frontoffice.words import problem_words

if TYPE_CHECKING:
    from intake_app.consultation import Consultation


class FrontofficeDesk(QStackedWidget):
    def __init__(self, dialogs: FrontofficeDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontofficeDesk")
        self._dialogs = dialogs
        self._consultation: Consultation | None = None
        self._consult_id: int | None = None
        self.queue = QueueScreen(self)
        self.consult = ConsultScreen(self)
        self.advice_form = AdviceForm(self)
        for screen in (self.queue, self.consult, self.advice_form):
            self.addWidget(screen)
        self.queue.import_requested.connect(self.import_consult)
        self.queue.open_requested.connect(self.open_consult)
        self.consult.back_requested.connect(self.show_queue)
        self.consult.advise_requested.connect(self._start_advice)
        self.consult.resend_requested.connect(self.resend_advice)
        self.advice_form.cancel_requested.connect(lambda: self.setCurrentWidget(self.consult))
        self.advice_form.record_requested.connect(self.record_advice)

    def open(self, consultation: Consultation) -> None:
        self._consultation = consultation
        self.show_queue()

    def show_queue(self) -> None:
        work = self._consultation
        self.consult.clear_personal_data()
        self.advice_form.clear_personal_data()
        self._consult_id = None
        if work is not None:
            self.queue.show_queue(work.queue())
        self.setCurrentWidget(self.queue)

    def _attempt(self, show: Callable[[str], None], action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as problem:  # a refusal or a file problem: words, nothing changed
            show(problem_words(problem))
            return False
        return True

    def import_consult(self) -> None:
        work = self._consultation
        if work is None:
            return
        path = self._dialogs.ask_package(self.tr("Voorlegging van een bureau inlezen"))
        if path is None:
            return
        results = []
        if not self._attempt(
            self.queue.message.show_message,
            lambda: results.append(work.import_consult(path.read_bytes())),
        ):
            return
        result = results[0]
        self.show_queue()
        text = (
            self.tr("Voorlegging {reference} van {station} ingelezen.")
            .replace("{reference}", result.consult.reference)
            .replace("{station}", result.consult.station)
        )
        if result.matches:
            text += " " + self.tr("Mogelijke serie in de regio: {count} andere voorlegging(en).")
            text = text.replace("{count}", str(len(result.matches)))
        self.queue.message.show_message(text)

    def open_consult(self, consult_id: int) -> None:
        work = self._consultation
        if work is None:
            return
        record = work.consult_by_id(consult_id)
        latest = work.records.latest_advice(consult_id)
        self._consult_id = consult_id
        self.consult.show_consult(
            record.content, work.matches(consult_id), latest.advice if latest else None
        )
        self.setCurrentWidget(self.consult)

    def _start_advice(self) -> None:
        work, consult_id = self._consultation, self._consult_id
        if work is None or consult_id is None:
            return
        record = work.consult_by_id(consult_id)
        self.advice_form.start(record.reference, record.station)
        self.setCurrentWidget(self.advice_form)

    def record_advice(self, document: bytes) -> None:
        work, consult_id = self._consultation, self._consult_id
        if work is None or consult_id is None:
            return
        record = work.consult_by_id(consult_id)
        folder = self._ask_where(record.station, record.reference)
        if folder is None:
            return
        written = []

        def write(data: bytes) -> None:
            written.append(write_new(folder, "advies", PACKAGE_SUFFIX, data))

        def record_it() -> None:
            try:
                work.record_advice(record.reference, record.station, document, write)
            except BaseException:
                for path in written:  # nothing recorded: no package may go out either
                    path.unlink(missing_ok=True)
                raise

        if not self._attempt(self.advice_form.message.show_message, record_it):
            return
        self.open_consult(consult_id)
        self.consult.message.show_message(
            self.tr("Advies vastgelegd en opgeslagen als {path}. Breng dit bestand naar {station}.")
            .replace("{path}", str(written[0]))
            .replace("{station}", record.station)
        )

    def resend_advice(self) -> None:
        work, consult_id = self._consultation, self._consult_id
        if work is None or consult_id is None:
            return
        record = work.consult_by_id(consult_id)
        folder = self._ask_where(record.station, record.reference)
        if folder is None:
            return
        written = []

        def export() -> None:
            package, advice_id = work.export_advice(record.reference, record.station)
            written.append(write_new(folder, "advies", PACKAGE_SUFFIX, package.data))
            work.advice_sent(package, advice_id)

        if self._attempt(self.consult.message.show_message, export):
            self.consult.message.show_message(
                self.tr("Advies opgeslagen als {path}.").replace("{path}", str(written[0]))
            )

    def _ask_where(self, station: str, reference: str) -> Path | None:
        folder = self._dialogs.ask_folder(
            self.tr("Map voor het advies aan {station}").replace("{station}", station)
        )
        if folder is None:
            return None
        question = (
            self.tr(
                "Het advies bij {reference} wordt versleuteld voor {station} en opgeslagen in "
                "de map {folder}. Alleen dat bureau kan het openen. Breng het bestand daarna via "
                "de afgesproken weg naar het bureau."
            )
            .replace("{reference}", reference)
            .replace("{station}", station)
            .replace("{folder}", str(folder))
        )
        return folder if self._dialogs.confirm(question) else None

    def clear_personal_data(self) -> None:
        self._consultation = None
        self._consult_id = None
        self.queue.clear_personal_data()
        self.consult.clear_personal_data()
        self.advice_form.clear_personal_data()
        self.setCurrentWidget(self.queue)
