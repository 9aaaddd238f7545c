"""Leave nothing of a case on the clipboard when the app locks or quits.

The clipboard is cleared whatever put it there: the platforms cannot reliably tell whether text
came from this app (Wayland and others never report ownership), and a name or phone number
left behind after a lock is worse than a wiped shopping list.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
