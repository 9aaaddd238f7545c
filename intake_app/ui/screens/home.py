"""Home: the station's intakes as a list, with search and filters; names hidden by default."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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

from intake_app.ui.widgets.forms import MessageLabel, heading

HIDDEN_NAME = "••••••"
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseRow:
    intake_id: int
    reference: str
    created_at: datetime
    status: str  # draft | completed | amended
    officer: str


@dataclass(frozen=True)
class CaseDetails:
    """Read from the case itself, only for rows on screen."""

    victim_name: str
    urgency: str


def status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("HomeScreen", "concept"),
        "completed": QCoreApplication.translate("HomeScreen", "afgerond"),
        "amended": QCoreApplication.translate("HomeScreen", "gewijzigd"),
    }
    return texts.get(status, status)


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("HomeScreen", "Kenmerk"),
        QCoreApplication.translate("HomeScreen", "Datum"),
        QCoreApplication.translate("HomeScreen", "Status"),
        QCoreApplication.translate("HomeScreen", "Agent"),
        QCoreApplication.translate("HomeScreen", "Urgentie"),
        QCoreApplication.translate("HomeScreen", "Naam"),
    )


class CaseTableModel(QAbstractTableModel):
    COLUMNS = ("reference", "date", "status", "officer", "urgency", "name")

    def __init__(self, details: Callable[[int], CaseDetails]) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []
        self._details = details
        self._cache: dict[int, CaseDetails] = {}
        self.names_shown = False

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cache.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def show_names(self, shown: bool) -> None:
        self.names_shown = shown
        if self._rows:
            column = self.COLUMNS.index("name")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def row(self, index: ModelIndex) -> CaseRow:
        return self._rows[index.row()]

    def _lazy_details(self, row: CaseRow) -> CaseDetails:
        # Only rows the view paints are read, so a store of thousands of intakes opens fast.
        if row.intake_id not in self._cache:
            self._cache[row.intake_id] = self._details(row.intake_id)
        return self._cache[row.intake_id]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == "reference":
            return row.reference
        if column == "date":
            return row.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if column == "status":
            return status_text(row.status)
        if column == "officer":
            return row.officer
        if column == "urgency":
            return self._lazy_details(row).urgency
        if column == "name":
            return self._lazy_details(row).victim_name if self.names_shown else HIDDEN_NAME
        return None


class CaseFilter(QSortFilterProxyModel):
    """Search on the reference (never on names: the list hides them) and filter on status."""

    def __init__(self) -> None:
        super().__init__()
        self.status = ""
        self.text = ""

    def set_filter(self, text: str, status: str) -> None:
        self.text, self.status = text.strip().lower(), status
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.status and model.data(index, Qt.ItemDataRole.UserRole) != self.status:
            return False
        return not self.text or self.text in str(model.data(index)).lower()


class HomeScreen(QWidget):
    new_intake_requested = Signal()
    open_requested = Signal(int)
    training_requested = Signal()

    def __init__(
        self, details: Callable[[int], CaseDetails], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
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

        self.model = CaseTableModel(details)
        self.proxy = CaseFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Intakes"))
        self.table.setModel(self.proxy)
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

        self.search.textChanged.connect(self._refilter)
        self.status_filter.currentIndexChanged.connect(self._refilter)
        self.names_toggle.toggled.connect(self.model.show_names)

    def show_cases(self, rows: Sequence[CaseRow]) -> None:
        self.names_toggle.setChecked(False)
        self.model.set_rows(rows)
        self.list_or_empty.setCurrentWidget(self.table if rows else self.empty_state)

    def _refilter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.status_filter.currentData())

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row(self.proxy.mapToSource(index)).intake_id)

    def clear_personal_data(self) -> None:
        self.notice.clear_message()
        self.names_toggle.setChecked(False)
        self.search.clear()
        self.model.clear()
