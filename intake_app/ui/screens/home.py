"""Home: the station's intakes as a list, with search and filters; names hidden by default.

At 100,000 intakes nothing here reads the store on the window's thread: a page of 200 rows
comes from an indexed query on a worker (ui/worker.py), the next page when the view scrolls
near the end, and the name and urgency only for rows the view paints, also on a worker.
A search keystroke waits a moment for the next one, then asks for a fresh first page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.case_list import CaseDetails, CaseQuery, CaseRow
from intake_app.ui.widgets.forms import MessageLabel, heading
from intake_app.ui.worker import Task, run_in_background

HIDDEN_NAME = "••••••"
NOT_YET = "…"  # a detail still being read on the worker
SEARCH_PAUSE_MS = 150  # a search waits this long for the next keystroke
ROWS_PER_TURN = 50  # rows made per turn of the event loop (about 5 ms of Python each)
ModelIndex = QModelIndex | QPersistentModelIndex

__all__ = ["CaseDetails", "CaseRow", "CaseSource", "HomeScreen", "status_text"]


_PENDING_ROWS = object()  # a page still being put on screen counts as loading


class CaseSource(Protocol):
    """Where the list comes from; both methods run on a worker thread and must not touch Qt."""

    def page(self, query: CaseQuery) -> list[CaseRow]: ...

    def details(self, intake_ids: list[int]) -> dict[int, CaseDetails]: ...


def status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("HomeScreen", "concept"),
        "completed": QCoreApplication.translate("HomeScreen", "afgerond"),
        "amended": QCoreApplication.translate("HomeScreen", "gewijzigd"),
    }
    return texts.get(status, status)


def urgency_text(urgency: str) -> str:
    texts = {
        "urgent": QCoreApplication.translate("HomeScreen", "spoed"),
        "normal": QCoreApplication.translate("HomeScreen", "normaal"),
        "unknown": QCoreApplication.translate("HomeScreen", "nog niet te bepalen"),
    }
    return texts.get(urgency, urgency)


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("HomeScreen", "Kenmerk"),
        QCoreApplication.translate("HomeScreen", "Datum"),
        QCoreApplication.translate("HomeScreen", "Status"),
        QCoreApplication.translate("HomeScreen", "Agent"),
        QCoreApplication.translate("HomeScreen", "Urgentie"),
        QCoreApplication.translate("HomeScreen", "Naam"),
    )


class CaseTableModel:
    """The rows on screen, kept in a plain QStandardItemModel.

    Not a Python QAbstractItemModel on purpose: the view calls data() a thousand times a
    paint, and each call into Python needs the GIL, which a worker reading the store holds
    for up to 5 ms at a time; in C++ storage a paint never waits for Python.
    """

    COLUMNS = ("reference", "date", "status", "officer", "urgency", "name")

    def __init__(self) -> None:
        self.items = QStandardItemModel(0, len(self.COLUMNS))
        self.items.setHorizontalHeaderLabels(list(column_titles()))
        self._rows: list[CaseRow] = []
        self._details: dict[int, CaseDetails] = {}
        self._asked: set[int] = set()
        self._row_of: dict[int, int] = {}
        self.has_more = False
        self.names_shown = False

    # -- what the tests and the window read ---------------------------------------------
    def rowCount(self) -> int:
        return len(self._rows)

    def index(self, row: int, column: int) -> QModelIndex:
        return self.items.index(row, column)

    def data(self, index: ModelIndex) -> object:
        return self.items.data(index)

    def row(self, index: ModelIndex) -> CaseRow:
        return self._rows[index.row()]

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    # -- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow], has_more: bool) -> None:
        self._rows = []
        self._row_of = {}
        kept = {row.intake_id for row in rows}
        # Details already read stay (a return to the list shows them at once).
        self._details = {i: d for i, d in self._details.items() if i in kept}
        self._asked = set()
        self.items.removeRows(0, self.items.rowCount())
        self.append_rows(rows, has_more)

    def append_rows(self, rows: Sequence[CaseRow], has_more: bool) -> None:
        """Rows at the end; a caller on the window's thread passes at most ROWS_PER_TURN."""
        self.has_more = has_more
        for row in rows:
            if row.intake_id in self._row_of:
                continue
            self._row_of[row.intake_id] = len(self._rows)
            self._rows.append(row)
            self.items.appendRow([self._item(text) for text in self._texts(row)])

    def _texts(self, row: CaseRow) -> list[str]:
        details = self._details.get(row.intake_id)
        return [
            row.reference,
            row.created_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            status_text(row.status),
            row.officer,
            urgency_text(details.urgency) if details else NOT_YET,
            self._name_text(details),
        ]

    def _name_text(self, details: CaseDetails | None) -> str:
        if not self.names_shown:
            return HIDDEN_NAME
        return details.victim_name if details else NOT_YET

    @staticmethod
    def _item(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        return item

    def missing_details(self, first: int, last: int) -> list[int]:
        """Intake ids of rows first..last without details and not yet asked for."""
        wanted = [
            row.intake_id
            for row in self._rows[max(first, 0) : last + 1]
            if row.intake_id not in self._details and row.intake_id not in self._asked
        ]
        self._asked.update(wanted)
        return wanted

    def add_details(self, details: dict[int, CaseDetails]) -> None:
        self._details.update(details)
        self._asked.difference_update(details)
        urgency, name = self.COLUMNS.index("urgency"), self.COLUMNS.index("name")
        for intake_id, found in details.items():
            number = self._row_of.get(intake_id)
            if number is None:
                continue
            self._set_text(number, urgency, urgency_text(found.urgency))
            self._set_text(number, name, self._name_text(found))

    def _set_text(self, number: int, column: int, text: str) -> None:
        item = self.items.item(number, column)
        if item is not None:
            item.setText(text)
            item.setData(text, Qt.ItemDataRole.AccessibleTextRole)

    def forget_asked(self, intake_ids: Iterable[int]) -> None:
        """A read that failed or was dropped: ask again when shown again."""
        self._asked.difference_update(intake_ids)

    def clear(self) -> None:
        self._details.clear()
        self.set_rows([], has_more=False)

    def show_names(self, shown: bool) -> None:
        self.names_shown = shown
        name = self.COLUMNS.index("name")
        for number, row in enumerate(self._rows):
            self._set_text(number, name, self._name_text(self._details.get(row.intake_id)))


class HomeScreen(QWidget):
    new_intake_requested = Signal()
    open_requested = Signal(int)
    training_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        self._source: CaseSource | None = None
        self._training = False
        self._generation = 0  # a newer query makes older answers stale
        self._page_task: Task | object | None = None
        self._details_task: Task | None = None
        self._details_queue: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Intakes"), self))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("Nieuwe intake"), self)
        self.new_button.setObjectName("newIntake")
        self.new_button.clicked.connect(self.new_intake_requested)
        top.addWidget(self.new_button)
        self.training_button = QPushButton(self.tr("Oefenomgeving"), self)
        self.training_button.setObjectName("openTraining")
        self.training_button.setToolTip(self.tr("Opent een aparte omgeving met fictieve zaken"))
        self.training_button.clicked.connect(self.training_requested)
        top.addWidget(self.training_button)
        layout.addLayout(top)
        self.notice = MessageLabel(self, "homeNotice")
        layout.addWidget(self.notice)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Zoek op kenmerk"))
        self.search.setAccessibleName(self.tr("Zoek op kenmerk"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, stretch=1)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        for status in ("draft", "completed", "amended"):
            self.status_filter.addItem(status_text(status), status)
        filters.addWidget(self.status_filter)
        self.names_toggle = QCheckBox(self.tr("Namen tonen"), self)
        self.names_toggle.setObjectName("showNames")
        filters.addWidget(self.names_toggle)
        layout.addLayout(filters)

        self.model = CaseTableModel()
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Intakes"))
        self.table.setModel(self.model.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)

        self.empty_state = QLabel(
            self.tr(
                "Er zijn nog geen intakes op deze laptop.\n"
                "Begin met “Nieuwe intake”; wat u invult, wordt direct versleuteld opgeslagen."
            ),
            self,
        )
        self.empty_state.setObjectName("homeEmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.list_or_empty = QStackedWidget(self)
        self.list_or_empty.addWidget(self.table)
        self.list_or_empty.addWidget(self.empty_state)
        layout.addWidget(self.list_or_empty, stretch=1)

        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self.reload)
        self._details_soon = QTimer(self)
        self._details_soon.setSingleShot(True)
        self._details_soon.setInterval(0)  # gathers the rows of one paint into one read
        self._details_soon.timeout.connect(self._load_details)
        self._visible_soon = QTimer(self)
        self._visible_soon.setSingleShot(True)
        self._visible_soon.setInterval(0)  # after the view has laid the rows out
        self._visible_soon.timeout.connect(self._rows_shown)
        self.table.verticalScrollBar().valueChanged.connect(self._visible_soon.start)
        self.table.verticalScrollBar().rangeChanged.connect(self._visible_soon.start)
        self.search.textChanged.connect(self._search_pause.start)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.names_toggle.toggled.connect(self.model.show_names)

    @property
    def loading(self) -> bool:
        return self._page_task is not None or self._details_task is not None

    def show_source(self, source: CaseSource, training: bool) -> None:
        """The list of an unlocked session; the first page arrives from a worker."""
        if source is not self._source:
            self.model.clear()
        self._source, self._training = source, training
        self.names_toggle.setChecked(False)
        self.reload()

    def reload(self) -> None:
        """A fresh first page for the current search and filter; the rows on screen stay
        until it arrives, so a return to the list never flashes empty."""
        self._search_pause.stop()
        self._generation += 1
        self._details_queue.clear()
        self._details_task = None
        self._run_page(self._query(), replace=True)

    def _query(self) -> CaseQuery:
        return CaseQuery(
            training=self._training,
            status=self.status_filter.currentData() or "",
            text=self.search.text(),
        )

    def _filtered(self) -> bool:
        return bool(self.search.text().strip() or self.status_filter.currentData())

    def _run_page(self, query: CaseQuery, replace: bool) -> None:
        source = self._source
        if source is None:
            return
        generation = self._generation

        def done(rows: list[CaseRow]) -> None:
            if generation != self._generation:
                return
            has_more = len(rows) == query.limit
            if replace:
                self.model.set_rows(rows[:ROWS_PER_TURN], has_more)
                empty = not rows and not self._filtered()
                self.list_or_empty.setCurrentWidget(self.empty_state if empty else self.table)
            else:
                self.model.append_rows(rows[:ROWS_PER_TURN], has_more)
            self._append_in_turns(rows[ROWS_PER_TURN:], has_more, generation)
            self._visible_soon.start()

        def failed(problem: Exception) -> None:
            if generation == self._generation:
                self._page_task = None
                self.notice.show_message(
                    self.tr(
                        "De lijst kon niet worden gelezen ({kind}). Probeer het opnieuw."
                    ).replace("{kind}", type(problem).__name__)
                )

        self._page_task = run_in_background(
            lambda _report: source.page(query), done, failed, owner=self
        )

    def _append_in_turns(self, rows: list[CaseRow], has_more: bool, generation: int) -> None:
        """The rest of a page, a few rows per turn, so the window answers in between."""
        if not rows:
            self._page_task = None
            return
        self._page_task = self._page_task or _PENDING_ROWS

        def next_turn() -> None:
            if generation != self._generation:
                return
            self.model.append_rows(rows[:ROWS_PER_TURN], has_more)
            self._append_in_turns(rows[ROWS_PER_TURN:], has_more, generation)

        QTimer.singleShot(0, self, next_turn)

    def _load_more(self) -> None:
        rows = self.model.rows()
        if self._page_task is not None or not rows or not self.model.has_more:
            return
        query = self._query()
        self._run_page(
            CaseQuery(query.training, query.status, query.text, after=rows[-1].position),
            replace=False,
        )

    def _rows_shown(self) -> None:
        """Details for the rows in view; near the end of what is loaded, the next page."""
        count = self.model.rowCount()
        if not count or not self.table.isVisible():
            return
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        wanted = self.model.missing_details(first, last)
        if wanted:
            self._details_queue.extend(wanted)
            self._details_soon.start()
        if self.model.has_more and last >= count - 20:
            self._load_more()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._visible_soon.start()

    def _load_details(self) -> None:
        source = self._source
        if source is None or self._details_task is not None or not self._details_queue:
            return
        wanted, self._details_queue = self._details_queue[:50], self._details_queue[50:]
        generation = self._generation

        def done(details: dict[int, CaseDetails]) -> None:
            if generation != self._generation:
                self.model.forget_asked(wanted)
                return
            self._details_task = None
            self.model.add_details(details)
            self._load_details()

        def failed(_problem: Exception) -> None:
            if generation == self._generation:
                self._details_task = None
            self.model.forget_asked(wanted)

        self._details_task = run_in_background(
            lambda _report: source.details(wanted), done, failed, owner=self
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._visible_soon.start()

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row(index).intake_id)

    def clear_personal_data(self) -> None:
        self._generation += 1  # whatever is still being read is dropped on arrival
        self._source = None
        self._page_task = self._details_task = None
        self._details_queue.clear()
        self.notice.clear_message()
        self.names_toggle.setChecked(False)
        self.search.clear()
        self._search_pause.stop()  # the clearing above is no search
        self.model.clear()
