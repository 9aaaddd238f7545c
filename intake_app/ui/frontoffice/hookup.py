"""The frontoffice step's place in the main window, kept in one object so the window's own
code changes by a few lines only: a panel on the summary, the frontoffice's desk as a screen,
"Advies inlezen" in the toolbar, and all of it emptied on lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QScrollArea, QStackedWidget, QToolBar, QWidget

from intake_app.ui.frontoffice.dialogs import FrontofficeDialogs
from intake_app.ui.frontoffice.station_panel import StationConsultPanel
from intake_app.ui.frontoffice.words import problem_words

if TYPE_CHECKING:
    from intake_app.casework import CaseFile
    from intake_app.consultation import Consultation
    from intake_app.forms.model import Form
    from intake_app.session import Session
    from intake_app.ui.frontoffice.desk import FrontofficeDesk


class Window(Protocol):
    """What the hookup uses of the main window (named here: the window imports this module)."""

    @property
    def session(self) -> Session | None: ...
    @property
    def training(self) -> bool: ...
    @property
    def case(self) -> CaseFile | None: ...
    @property
    def screens(self) -> QStackedWidget: ...
    @property
    def summary(self) -> QWidget: ...
    @property
    def toolbar(self) -> QToolBar: ...
    @property
    def admin_action(self) -> QAction: ...
    @property
    def home_action(self) -> QAction: ...

    @property
    def form(self) -> Form: ...


PANEL_POSITION = 2  # on the summary: after "Eerst doen", before the triage's route


class FrontofficeHookup(QObject):
    def __init__(self, window: Window, main: QMainWindow) -> None:
        super().__init__(main)
        self._window = window
        self._main = main
        self.last_message = ""
        self.dialogs = FrontofficeDialogs(main)
        self.panel = StationConsultPanel(self.dialogs, lambda: window.form)
        self.panel.advice_import_requested.connect(self.import_advice)
        self._place_panel()
        self._desk: FrontofficeDesk | None = None  # made when a frontoffice first needs it
        self.import_action = QAction(self.tr("Advies inlezen"), main)
        self.import_action.setObjectName("importAdviceAction")
        self.import_action.triggered.connect(self.import_advice)
        self.import_action.setVisible(False)
        window.toolbar.insertAction(window.admin_action, self.import_action)

    @property
    def desk(self) -> FrontofficeDesk:
        """The frontoffice's queue, consult and advice screens. Built on first use, so a
        station's window (nearly every installation) neither imports nor builds them."""
        if self._desk is None:
            from intake_app.ui.frontoffice.desk import FrontofficeDesk

            self._desk = FrontofficeDesk(self.dialogs, self._window.screens)
            self._window.screens.addWidget(self._desk)
        return self._desk

    def _place_panel(self) -> None:
        summary = self._window.summary
        scroll = summary.findChild(QScrollArea)
        body = scroll.widget() if scroll is not None else None
        layout = body.layout() if body is not None else summary.layout()
        if layout is not None:
            insert = getattr(layout, "insertWidget", None)
            if insert is not None:
                insert(min(PANEL_POSITION, layout.count()), self.panel)
            else:
                layout.addWidget(self.panel)

    def consultation(self) -> Consultation | None:
        session = self._window.session
        if session is None:
            return None
        from intake_app.consultation import Consultation

        return Consultation(session, training=self._window.training)

    def is_frontoffice(self) -> bool:
        work = self.consultation()
        return work is not None and work.records.role() == "frontoffice"

    def region(self) -> str:
        """The frontoffice's region name ("" at a station): it names the installation."""
        work = self.consultation()
        key = work.records.own_key() if work is not None else None
        return key.name if key is not None and key.role == "frontoffice" else ""

    def session_started(self) -> None:
        work = self.consultation()
        desk = work is not None and work.records.role() == "frontoffice"
        self.import_action.setVisible(work is not None and not desk)
        if desk:  # the frontoffice's first screen is its queue, not a station's intakes
            self._window.home_action.setText(self.tr("Voorleggingen"))

    def show_desk(self) -> bool:
        """On a frontoffice, the queue instead of the station's case list."""
        work = self.consultation()
        if work is None or work.records.role() != "frontoffice":
            return False
        self.desk.open(work)
        self._window.screens.setCurrentWidget(self.desk)
        return True

    def show_for_case(self, case: CaseFile) -> None:
        work = self.consultation()
        if work is None or work.records.role() == "frontoffice":
            self.panel.hide()
            return
        self.panel.show_for(work, case.summary.id, case.summary.reference)

    def import_advice(self) -> None:
        work = self.consultation()
        if work is None:
            return
        path = self.dialogs.ask_package(self.tr("Advies van de TSM-frontoffice inlezen"))
        if path is None:
            return
        try:
            intake, record = work.import_advice(path.read_bytes())
        except Exception as problem:  # a refusal in words; nothing changed
            self._say(problem_words(problem))
            return
        case = self._window.case
        if case is not None and case.summary.id == intake.id:
            self.panel.refresh()
        self._say(
            self.tr("Advies bij {reference} ingelezen ({who}). Het staat bij de samenvatting.")
            .replace("{reference}", intake.reference)
            .replace("{who}", record.advice.advised_by)
        )

    def _say(self, text: str) -> None:
        if self.panel.isVisible():
            self.panel.message.show_message(text)
        self._main.statusBar().showMessage(text)
        self.last_message = text

    def clear_personal_data(self) -> None:
        self.panel.clear_personal_data()
        if self._desk is not None:
            self._desk.clear_personal_data()
        self.import_action.setVisible(False)
        self._main.statusBar().clearMessage()
        self.last_message = ""
