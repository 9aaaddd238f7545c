"""The frontoffice's queue: consults not yet advised first, urgent first, then the oldest.

A region's frontoffice holds thousands of consults, and the queue is shown again after every
import and advice: the rows live in a model that formats only the rows on screen, so showing
3,000 consults costs what showing ten does (benchmarks/frontoffice_queue.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.frontoffice.texts import when
from intake_app.ui.widgets.forms import MessageLabel, explanation, heading

if TYPE_CHECKING:
    from intake_app.store.frontoffice import QueuedConsult


ModelIndex = QModelIndex | QPersistentModelIndex
_DISPLAY, _FONT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


class QueueModel(QAbstractTableModel):
    """The queue's rows; each row's texts are made when the view first asks for them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueuedConsult] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._titles = (
            self.tr("Spoed"),
            self.tr("Bureau"),
            self.tr("Referentie"),
            self.tr("Ontvangen"),
            self.tr("Advies"),
            self.tr("Mogelijke serie"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[QueuedConsult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def consult_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def ids(self) -> list[int]:
        return [consult.id for consult in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return self.text(index.row(), index.column())
        if role == _FONT and index.column() == 0 and self._rows[index.row()].urgent:
            return self._bold
        return None

    def text(self, row: int, column: int) -> str:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(self._rows[row])
        return texts[column]

    def _row_texts(self, consult: QueuedConsult) -> tuple[str, ...]:
        advised = consult.advised_at
        return (
            self.tr("SPOED") if consult.urgent else "",
            consult.station,
            consult.reference + (self.tr(" (oefening)") if consult.training else ""),
            when(consult.received_at),
            self.tr("gegeven {when}").replace("{when}", when(advised))
            if advised
            else self.tr("nog te geven"),
            str(consult.series) if consult.series else "",
        )


class QueueScreen(QWidget):
    import_requested = Signal()
    open_requested = Signal(int)  # the consult's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontofficeQueue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = heading(self.tr("Voorleggingen aan de TSM-frontoffice"), self)
        layout.addWidget(self.title)
        layout.addWidget(
            explanation(
                self.tr(
                    "Eerst wat nog geen advies heeft: spoed bovenaan, daarna de oudste. Lees een "
                    "voorlegging van een bureau in, open haar en geef advies."
                ),
                self,
            )
        )
        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("frontofficeQueueTable")
        self.table.setAccessibleName(self.tr("Voorleggingen"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Sized to the header and the rows on screen, never by measuring every row.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # the visible rows
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table, stretch=1)
        self.message = MessageLabel(self, "frontofficeQueueMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Voorlegging inlezen…"), self)
        self.import_button.setObjectName("importConsult")
        self.import_button.clicked.connect(self.import_requested)
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.open_button.setObjectName("openConsult")
        self.open_button.clicked.connect(lambda: self._open_row(self.current_row()))
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)

    def show_queue(self, entries: Sequence[QueuedConsult]) -> None:
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()  # the rows on screen only
        if entries:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(entries))

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def row_count(self) -> int:
        return self.model.rowCount()

    def text(self, row: int, column: int) -> str:
        """What a cell shows (the tests read the queue as an officer does)."""
        return self.model.text(row, column)

    def _open_row(self, row: int) -> None:
        consult_id = self.model.consult_id(row)
        if consult_id is not None:
            self.open_requested.emit(consult_id)

    def row_ids(self) -> list[int]:
        return self.model.ids()

    def clear_personal_data(self) -> None:
        self.model.set_rows([])
        self.message.clear_message()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
