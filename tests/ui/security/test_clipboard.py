from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from intake_app.ui.security.clipboard import ClipboardGuard, clear_clipboard, copy_text, is_marked


def test_text_copied_from_a_field_is_cleared(qtbot: QtBot) -> None:
    field = QLineEdit("06-12345678 (fictief)")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == "06-12345678 (fictief)"

    clear_clipboard()

    assert QGuiApplication.clipboard().text() == ""


WINDOWS_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
WINDOWS_NO_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
WINDOWS_NO_MONITOR = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
)


def assert_marked(mime: QMimeData | None) -> None:
    assert mime is not None
    assert bytes(mime.data(WINDOWS_NO_HISTORY).data()) == b"\x00\x00\x00\x00"
    assert bytes(mime.data(WINDOWS_NO_CLOUD).data()) == b"\x00\x00\x00\x00"
    assert mime.hasFormat(WINDOWS_NO_MONITOR)
    assert mime.hasFormat("org.nspasteboard.ConcealedType")
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_copied_text_carries_the_exclusion_formats(qtbot: QtBot) -> None:
    copy_text("Noor Testpersoon (fictief)")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and mime.text() == "Noor Testpersoon (fictief)"
    assert_marked(mime)


def test_ctrl_c_in_a_field_is_marked_before_it_reaches_the_clipboard(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(guard)
    try:
        field = QLineEdit("06-12345678 (fictief)")
        qtbot.addWidget(field)
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == "06-12345678 (fictief)"
        assert_marked(QGuiApplication.clipboard().mimeData())

        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == ""
        assert_marked(QGuiApplication.clipboard().mimeData())
    finally:
        app.removeEventFilter(guard)


def test_a_passphrase_field_is_never_copied(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    app = QApplication.instance()
    assert app is not None
    clear_clipboard()
    app.installEventFilter(guard)
    try:
        field = QLineEdit("geheime wachtwoordzin")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        qtbot.addWidget(field)
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == ""
    finally:
        app.removeEventFilter(guard)


def test_data_the_app_puts_there_unmarked_is_marked_afterwards(qtbot: QtBot) -> None:
    guard = ClipboardGuard(owns_clipboard=lambda: True)  # as Windows and X11 report it
    QGuiApplication.clipboard().setText("Een zin uit de intake (fictief)")
    qtbot.waitUntil(lambda: is_marked(QGuiApplication.clipboard().mimeData()), timeout=2000)
    assert QGuiApplication.clipboard().text() == "Een zin uit de intake (fictief)"
    del guard
