"""The sections on the left, each with its progress ("3 van 5"); sections that do not apply
(nothing to ask there now) are hidden."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from intake_app.interview.session import SectionProgress

_SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionNav(QListWidget):
    section_chosen = Signal(str)

    def __init__(self, titles: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionNav")
        self.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._items: dict[str, QListWidgetItem] = {}
        self._titles = dict(titles)
        for section_id, title in titles:
            item = QListWidgetItem(title, self)
            item.setData(_SECTION_ROLE, section_id)
            self._items[section_id] = item
        widest = max((self.fontMetrics().horizontalAdvance(t) for _, t in titles), default=0)
        self.setMinimumWidth(min(widest, self.fontMetrics().averageCharWidth() * 40) + 32)
        self.currentItemChanged.connect(self._changed)

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.section_chosen.emit(str(current.data(_SECTION_ROLE)))

    def show_progress(self, progress: Sequence[SectionProgress]) -> None:
        for entry in progress:
            item = self._items[entry.section]
            title = self._titles[entry.section]
            counted = self.tr("%1 van %2").replace("%1", str(entry.done))
            counted = counted.replace("%2", str(entry.total))
            mark = "✓ " if entry.complete and entry.total else ""
            item.setText(f"{title}\n    {mark}{counted}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1, %2 beantwoord").replace("%1", title).replace("%2", counted),
            )
            item.setHidden(entry.total == 0)

    def select(self, section_id: str) -> None:
        item = self._items[section_id]
        if self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def is_shown(self, section_id: str) -> bool:
        return not self._items[section_id].isHidden()

    def item_text(self, section_id: str) -> str:
        return self._items[section_id].text()
