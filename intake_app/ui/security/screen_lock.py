"""Notice when the operating system locks the screen, where Qt can tell, so the app locks too.

- Windows: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK, after WTSRegisterSessionNotification.
- Linux: the screensaver's ActiveChanged(true) on the session bus (freedesktop, GNOME, KDE,
  Cinnamon, MATE), through QtDBus.
- macOS: Qt has no signal for it; the idle lock covers that case.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

SCREENSAVER_INTERFACES = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)


def is_windows_session_lock(message_id: int, wparam: int) -> bool:
    return message_id == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, monitor: ScreenLockMonitor) -> None:
        super().__init__()
        self._monitor = monitor

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int, /
    ) -> object:
        if QByteArray(event_type).data() == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if is_windows_session_lock(msg.message, msg.wParam):
                self._monitor.screen_locked.emit()
        return False, 0


class ScreenLockMonitor(QObject):
    """Emits screen_locked when the operating system locks the screen."""

    screen_locked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.listening = False
        if sys.platform == "win32":
            self.listening = self._listen_windows(window)
        elif sys.platform.startswith("linux"):
            self.listening = self._listen_dbus()

    def _listen_windows(self, window: QWidget) -> bool:
        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
        if not wtsapi.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION):
            return False
        self._native_filter = _WindowsSessionFilter(self)
        app = QApplication.instance()
        if app is None:
            return False
        app.installNativeEventFilter(self._native_filter)
        return True

    def _listen_dbus(self) -> bool:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        connected = False
        for path, interface in SCREENSAVER_INTERFACES:
            # PySide6's stub wants bytes for the slot; at run time only str is accepted.
            connected |= bus.connect(  # type: ignore[call-overload]
                "", path, interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")
            )
        return connected

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
