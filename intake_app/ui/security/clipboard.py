"""What the app puts on the clipboard, and leaving nothing of a case there on lock or quit.

Copied data is marked for the clipboard managers that honour a mark:
- Windows: the formats "ExcludeClipboardContentFromMonitorProcessing" (no monitoring apps),
  "CanIncludeInClipboardHistory" = DWORD 0 (not in Win+V history) and
  "CanUploadToCloudClipboard" = DWORD 0 (not synced to the cloud clipboard). Qt's Windows
  converter writes a MIME type `application/x-qt-windows-mime;value="NAME"` as the clipboard
  format NAME, bytes unchanged.
- macOS: "org.nspasteboard.ConcealedType" (nspasteboard.org), honoured by clipboard managers.
- Linux: "x-kde-passwordManagerHint" = "secret" (Klipper and others skip it).

`ClipboardGuard` marks the copies Qt's own text widgets make: Ctrl+C / Ctrl+X are done by the
guard with marked data before any history listener sees an unmarked version, and anything else
this app puts there (a context-menu Copy) is re-marked as soon as it appears.

The clipboard is cleared on lock whatever put it there: the platforms cannot reliably tell
whether text came from this app (Wayland and others never report ownership), and a name or
phone number left behind after a lock is worse than a wiped shopping list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

DWORD_ZERO = (0).to_bytes(4, "little")


def _windows_format(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


SENSITIVE_FORMATS: dict[str, bytes] = {
    _windows_format("ExcludeClipboardContentFromMonitorProcessing"): DWORD_ZERO,
    _windows_format("CanIncludeInClipboardHistory"): DWORD_ZERO,
    _windows_format("CanUploadToCloudClipboard"): DWORD_ZERO,
    "org.nspasteboard.ConcealedType": b"",
    "x-kde-passwordManagerHint": b"secret",
}
_MARKER = "x-kde-passwordManagerHint"


def mark_sensitive(mime: QMimeData) -> QMimeData:
    for format_name, value in SENSITIVE_FORMATS.items():
        mime.setData(format_name, value)
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(_MARKER)


def copy_text(text: str) -> None:
    """Puts `text` on the clipboard, marked: no history, no cloud, no clipboard manager."""
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mark_sensitive(mime), QClipboard.Mode.Clipboard)


def _marked_copy(source: QMimeData) -> QMimeData:
    copy = QMimeData()
    for format_name in source.formats():
        copy.setData(format_name, source.data(format_name))
    return mark_sensitive(copy)


class ClipboardGuard(QObject):
    """Install on the application: every copy from the app's text fields is marked."""

    def __init__(
        self, parent: QObject | None = None, owns_clipboard: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        # Windows and X11 say whether the data is this app's; offscreen and Wayland never do.
        self._owns = owns_clipboard or QGuiApplication.clipboard().ownsClipboard
        QGuiApplication.clipboard().dataChanged.connect(self._mark_own_data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not (cut or event.matches(QKeySequence.StandardKey.Copy)):
            return False
        text = _selected_text(watched)
        if text is None:
            return False
        copy_text(text)
        if (
            cut
            and isinstance(watched, QLineEdit | QTextEdit | QPlainTextEdit)
            and not watched.isReadOnly()
        ):
            _remove_selection(watched)
        return True

    def _mark_own_data(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        # Only what this app put there (where the platform can tell), and only once.
        if mime is None or is_marked(mime) or not self._owns():
            return
        clipboard.setMimeData(_marked_copy(mime), QClipboard.Mode.Clipboard)


def _selected_text(widget: QObject) -> str | None:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.hasSelectedText():
            return None  # passphrases are never copied; nothing selected: nothing to do
        return widget.selectedText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        cursor = widget.textCursor()
        # Qt writes U+2029 between paragraphs of a selection; the clipboard wants newlines.
        return cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() else None
    return None


def _remove_selection(widget: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
    if isinstance(widget, QLineEdit):
        widget.del_()
    else:
        widget.textCursor().removeSelectedText()


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
