"""Notice when the operating system locks, suspends or ends the session, so the app locks too.

- Windows (a native event filter on the window's messages):
  - WM_WTSSESSION_CHANGE, after WTSRegisterSessionNotification: WTS_SESSION_LOCK, and
    WTS_REMOTE_DISCONNECT / WTS_CONSOLE_DISCONNECT (an RDP session dropped, or another user
    switched to: the session stays alive, unlocked, unless the app locks);
  - WM_POWERBROADCAST with PBT_APMSUSPEND: sleep and hibernate. The lock runs inside the
    filter, so it is done (session closed, data key dropped) before the filter returns and
    Windows suspends: an unlocked session is never written into hiberfil.sys;
  - WM_QUERYENDSESSION / WM_ENDSESSION (logoff, shutdown): pending typing is saved and the app
    locked first, then Windows is allowed to go on.
- Linux: the screensaver's ActiveChanged(true) on the session bus (freedesktop, GNOME, KDE,
  Cinnamon, MATE), through QtDBus.
- macOS: Qt has no signal for it; the idle lock covers that case.

`windows_lock_reason` is the decision, a pure function of the message; the filter is tested
with hand-built MSG structures on Linux. A registration that fails is reported
(`ScreenLockMonitor.problem`, and the log), never silently ignored.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Literal

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QWidget

_log = logging.getLogger(__name__)

WM_QUERYENDSESSION = 0x0011
WM_ENDSESSION = 0x0016
WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0

LockReason = Literal["locked", "disconnected", "suspending", "ending"]

SCREENSAVER_INTERFACES = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)


def windows_lock_reason(message_id: int, wparam: int) -> LockReason | None:
    """Why a Windows message means "lock now", or None."""
    if message_id == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return "locked"
        if wparam in (WTS_REMOTE_DISCONNECT, WTS_CONSOLE_DISCONNECT):
            return "disconnected"
    if message_id == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "suspending"
    if message_id == WM_QUERYENDSESSION or (message_id == WM_ENDSESSION and wparam):
        return "ending"
    return None


def is_windows_session_lock(message_id: int, wparam: int) -> bool:
    return windows_lock_reason(message_id, wparam) is not None


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, monitor: ScreenLockMonitor) -> None:
        super().__init__()
        self._monitor = monitor

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int, /
    ) -> object:
        if QByteArray(event_type).data() != b"windows_generic_MSG":
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        reason = windows_lock_reason(msg.message, msg.wParam)
        if reason is None:
            return False, 0
        # Emitted on the window's thread: the connected lock runs (saving pending typing first)
        # before this returns, so before Windows suspends or ends the session.
        self._monitor.last_reason = reason
        self._monitor.screen_locked.emit()
        if msg.message == WM_QUERYENDSESSION:
            return True, 1  # saved and locked: Windows may end the session
        return False, 0


class ScreenLockMonitor(QObject):
    """Emits screen_locked when the operating system locks, disconnects, suspends or ends the
    session; the window's lock saves pending typing first."""

    screen_locked = Signal()
    problem: str | None = None  # why listening failed, for the log
    last_reason: LockReason | None = None

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.listening = False
        if sys.platform == "win32":
            self.listening = self._listen_windows(window)
        elif sys.platform.startswith("linux"):
            self.listening = self._listen_dbus()
        if self.problem:
            _log.warning("screen lock notifications unavailable: %s", self.problem)

    def install_windows_filter(self) -> bool:
        """The native filter, also without the session notifications: sleep and logoff
        messages reach every top-level window without registration."""
        app = QApplication.instance()
        if app is None:
            self.problem = "no QApplication"
            return False
        self._native_filter = _WindowsSessionFilter(self)
        app.installNativeEventFilter(self._native_filter)
        return True

    def _listen_windows(self, window: QWidget) -> bool:
        if not self.install_windows_filter():
            return False
        if sys.platform == "win32":
            from ctypes import wintypes

            wtsapi = ctypes.WinDLL("wtsapi32", use_last_error=True)
            register = wtsapi.WTSRegisterSessionNotification
            register.argtypes = [wintypes.HWND, wintypes.DWORD]
            register.restype = wintypes.BOOL
            if not register(wintypes.HWND(int(window.winId())), NOTIFY_FOR_THIS_SESSION):
                error = ctypes.get_last_error()
                self.problem = f"WTSRegisterSessionNotification failed (error {error})"
                return False
        return True

    def _listen_dbus(self) -> bool:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self.problem = "no D-Bus session bus"
            return False
        connected = False
        for path, interface in SCREENSAVER_INTERFACES:
            # PySide6's stub wants bytes for the slot; at run time only str is accepted.
            connected |= bus.connect(  # type: ignore[call-overload]
                "", path, interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")
            )
        if not connected:
            self.problem = "no screensaver interface on the session bus"
        return connected

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
