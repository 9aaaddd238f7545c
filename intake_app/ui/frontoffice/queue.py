"""The frontoffice's queue: consults not yet advised first, urgent first, then the oldest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.frontoffice.texts import when
from intake_app.ui.widgets.forms import MessageLabel, explanation, heading

if TYPE_CHECKING:
    from intake_app.consultation import QueueEntry


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
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("frontofficeQueueTable")
        self.table.setAccessibleName(self.tr("Voorleggingen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Spoed"),
                self.tr("Bureau"),
                self.tr("Referentie"),
                self.tr("Ontvangen"),
                self.tr("Advies"),
                self.tr("Mogelijke serie"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open_row(row))
        layout.addWidget(self.table, stretch=1)
        self.message = MessageLabel(self, "frontofficeQueueMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Voorlegging inlezen…"), self)
        self.import_button.setObjectName("importConsult")
        self.import_button.clicked.connect(self.import_requested)
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.open_button.setObjectName("openConsult")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self._ids: list[int] = []

    def show_queue(self, entries: Sequence[QueueEntry], series: Sequence[int]) -> None:
        """`series`: how many regional matches each entry has, in the same order."""
        self.table.setRowCount(0)
        self._ids = []
        for entry, matches in zip(entries, series, strict=True):
            consult = entry.consult
            advised = consult.advised_at
            cells = [
                self.tr("SPOED") if entry.urgent else "",
                consult.station,
                consult.reference + (self.tr(" (oefening)") if consult.training else ""),
                when(consult.received_at),
                self.tr("gegeven {when}").replace("{when}", when(advised))
                if advised
                else self.tr("nog te geven"),
                str(matches) if matches else "",
            ]
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and entry.urgent:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            self._ids.append(consult.id)
        if self._ids:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self._ids))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_requested.emit(self._ids[row])

    def row_ids(self) -> list[int]:
        return list(self._ids)

    def clear_personal_data(self) -> None:
        self.table.setRowCount(0)
        self._ids = []
        self.message.clear_message()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
