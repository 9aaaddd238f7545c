"""On a station's summary: "Voorleggen aan de frontoffice", when it was put, and the advice.

The consult package is sealed to the trusted frontoffice and written to a folder the officer
chooses, after a warning that says where it goes; the intake then shows "voorgelegd op". The
package and the PDF are made on a worker (the first PDF takes a quarter of a second), so the
window stays live; a lock meanwhile lets the work finish or refuse whole (store.closed).
Advice read in ("Advies inlezen") shows here with its date and who advised, urgent first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from intake_app.ui.frontoffice.dialogs import PACKAGE_SUFFIX, FrontofficeDialogs
from intake_app.ui.frontoffice.files import write_new
from intake_app.ui.frontoffice.texts import advice_heading, advice_lines, when
from intake_app.ui.frontoffice.words import problem_words
from intake_app.ui.widgets.forms import MessageLabel, explanation, heading
from intake_app.ui.worker import run_in_background

if TYPE_CHECKING:
    from intake_app.consultation import Consultation
    from intake_app.forms.model import Form


class StationConsultPanel(QFrame):
    """Shown on the summary of a station's intake; empty on a frontoffice or when locked."""

    advice_import_requested = Signal()

    def __init__(self, dialogs: FrontofficeDialogs, form: Callable[[], Form]) -> None:
        super().__init__()
        self.setObjectName("frontofficePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._dialogs = dialogs
        self._form = form
        self._consultation: Consultation | None = None
        self._intake_id: int | None = None
        self._reference = ""
        self._generation = 0  # a result that arrives after the panel was emptied is dropped
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("TSM-frontoffice"), self, 1.15))
        self.advice = QLabel(self)
        self.advice.setObjectName("frontofficeAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.advice)
        self.status = explanation("", self)
        self.status.setObjectName("frontofficeStatus")
        layout.addWidget(self.status)
        self.with_pdf = QCheckBox(
            self.tr(
                "Ook de politie-interne PDF voor het telefoongesprek opslaan (niet versleuteld)"
            ),
            self,
        )
        self.with_pdf.setObjectName("frontofficeWithPdf")
        layout.addWidget(self.with_pdf)
        self.message = MessageLabel(self, "frontofficeMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("Voorleggen aan de frontoffice…"), self)
        self.submit_button.setObjectName("submitToFrontoffice")
        self.submit_button.clicked.connect(self.submit)
        self.import_button = QPushButton(self.tr("Advies inlezen…"), self)
        self.import_button.setObjectName("importAdvice")
        self.import_button.clicked.connect(self.advice_import_requested)
        row.addWidget(self.submit_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def show_for(self, consultation: Consultation, intake_id: int, reference: str) -> None:
        self._consultation = consultation
        self._intake_id = intake_id
        self._reference = reference
        self.message.clear_message()
        self.refresh()
        self.show()

    def refresh(self) -> None:
        work, intake_id = self._consultation, self._intake_id
        if work is None or intake_id is None:
            return
        records = work.records
        frontoffice = records.active_peer("frontoffice")
        submissions = records.submissions(intake_id)
        if submissions:
            last = submissions[-1]
            officer = last.submitted_by or ""
            text = (
                self.tr("Voorgelegd op {when} door {officer}.")
                .replace("{when}", when(last.submitted_at))
                .replace("{officer}", work.store.officers.display_name(officer) or officer)
            )
            if len(submissions) > 1:
                text += " " + self.tr("({count} keer voorgelegd)").replace(
                    "{count}", str(len(submissions))
                )
        else:
            text = self.tr("Nog niet voorgelegd aan de TSM-frontoffice.")
        if frontoffice is None:
            text += " " + self.tr(
                "Dit bureau vertrouwt nog geen TSM-frontoffice: de beheerder importeert haar "
                "sleutel onder Beheer, tabblad Frontoffice."
            )
        self.status.setText(text)
        self.submit_button.setEnabled(frontoffice is not None)
        self.with_pdf.setEnabled(frontoffice is not None)
        # Urgent advice first, then the newest.
        received = sorted(
            records.advice_for_intake(intake_id),
            key=lambda r: (not r.advice.advice.urgent_actions, -r.advice.advised_at.timestamp()),
        )
        blocks = []
        for record in received:
            blocks.append("\n".join([advice_heading(record.advice), *advice_lines(record.advice)]))
        self.advice.setText("\n\n".join(blocks))
        self.advice.setVisible(bool(blocks))

    def submit(self) -> None:
        work = self._consultation
        if work is None or self._intake_id is None:
            return
        frontoffice = work.records.active_peer("frontoffice")
        if frontoffice is None:
            self.refresh()
            return
        folder = self._dialogs.ask_folder(
            self.tr("Map voor de voorlegging aan {name}").replace("{name}", frontoffice.name)
        )
        if folder is None:
            return
        warning = (
            self.tr(
                "De voorlegging van {reference} wordt versleuteld voor {name} en opgeslagen in "
                "de map {folder}. Alleen de frontoffice kan haar openen. Breng het bestand "
                "daarna via de afgesproken weg (gedeelde map of USB-stick) naar de frontoffice."
            )
            .replace("{reference}", self._reference)
            .replace("{name}", frontoffice.name)
            .replace("{folder}", str(folder))
        )
        if self.with_pdf.isChecked():
            warning += "\n\n" + self.tr(
                "Let op: de PDF komt in dezelfde map en is NIET versleuteld. Hij bevat de zaak; "
                "print hem voor het telefoongesprek en verwijder hem daarna."
            )
        if not self._dialogs.confirm(warning):
            return
        form, reference, with_pdf = self._form(), self._reference, self.with_pdf.isChecked()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.message.show_message(self.tr("De voorlegging wordt gemaakt…"))
        run_in_background(
            lambda _report: write_consult(work, form, reference, folder, with_pdf),
            lambda written: self._written(generation, written),
            lambda problem: self._not_written(generation, problem),
            owner=self,
        )

    @property
    def busy(self) -> bool:
        return not self.import_button.isEnabled()

    def _set_busy(self, busy: bool) -> None:
        for control in (self.submit_button, self.import_button, self.with_pdf):
            control.setEnabled(not busy)

    def _written(self, generation: int, written: tuple[Path, Path | None]) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.refresh()
        path, pdf_path = written
        text = self.tr(
            "De voorlegging is opgeslagen als {path}. Breng dit bestand naar de frontoffice."
        ).replace("{path}", str(path))
        if pdf_path is not None:
            text += " " + self.tr("De PDF staat in {path}.").replace("{path}", str(pdf_path))
        self.message.show_message(text)

    def _not_written(self, generation: int, problem: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.refresh()
        self.message.show_message(problem_words(problem))  # nothing recorded without its file

    def clear_personal_data(self) -> None:
        self._generation += 1
        self._set_busy(False)
        self._consultation = None
        self._intake_id = None
        self._reference = ""
        self.advice.clear()
        self.status.clear()
        self.message.clear_message()
        self.with_pdf.setChecked(False)
        self.hide()


def write_consult(
    work: Consultation, form: Form, reference: str, folder: Path, with_pdf: bool
) -> tuple[Path, Path | None]:
    """On a worker (no Qt): the consult package written and recorded as submitted, and the
    police-internal PDF beside it if asked; the package's path and the PDF's."""
    from intake_app.pdf.consult import render_consult

    export = work.export_consult(reference, form)
    pdf = render_consult(export.content) if with_pdf else None
    stem = f"voorlegging-{export.header.package_id[:12]}"
    path = write_new(folder, stem, PACKAGE_SUFFIX, export.data)
    work.submitted_at(export, path)
    pdf_path = None
    if pdf is not None:
        pdf_path = write_new(folder, stem, ".pdf", pdf)
        work.pdf_written(export, pdf_path)
    return path, pdf_path
