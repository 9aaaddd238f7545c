"""Tab order for widgets added after the screen was built (a new suspect, a new identifier).

Qt appends new widgets at the end of the window's focus chain; Tab must reach them where they
are on screen instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(container: QWidget) -> list[QWidget]:
    """Widgets Tab stops at inside container, in creation (= visual) order; the parts of a
    compound widget (the line edit of an editable combo box) travel with it."""
    stops: list[QWidget] = []
    for widget in container.findChildren(QWidget):
        if not _takes_tab(widget):
            continue
        if widget.window() is not container.window():
            continue  # e.g. the popup list of a combo box
        if any(stop.isAncestorOf(widget) for stop in stops):
            continue
        stops.append(widget)
    return stops


def insert_before(anchor: QWidget, container: QWidget) -> None:
    """Put container's tab stops right before anchor (e.g. an "add" button) in the chain."""
    # Qt only reorders widgets that take focus: start from the last such widget before anchor.
    previous = anchor.previousInFocusChain()
    while previous is not None and previous is not anchor and not _takes_tab(previous):
        previous = previous.previousInFocusChain()
    if previous is None or previous is anchor:
        return
    for stop in tab_stops(container):
        if stop is previous:
            continue
        QWidget.setTabOrder(previous, stop)
        previous = stop


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
