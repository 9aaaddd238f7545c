"""The named mutex the installer's AppMutex looks for: an upgrade never closes a running app.

Both names: "Local\\" is seen in the installing administrator's own session, "Global\\" in
every session, so an officer signed in with fast user switching is not cut off either. The
handle is held for the process's lifetime; Windows frees it when the process ends.
"""

from __future__ import annotations

import ctypes
import sys

MUTEX_BASE = "IntakeAppRunning"
MUTEX_NAMES = (f"Local\\{MUTEX_BASE}", f"Global\\{MUTEX_BASE}")
# packaging/windows/intake-app.iss: AppMutex lists the same names.
INNO_APP_MUTEX = ",".join(MUTEX_NAMES)

_held: list[int] = []


def hold_app_mutex() -> bool:
    """Creates (or opens) the mutexes; True on Windows when at least one is held."""
    if sys.platform == "win32":
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        create_mutex = kernel32.CreateMutexW
        create_mutex.argtypes = [wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR]
        create_mutex.restype = wintypes.HANDLE
        for name in MUTEX_NAMES:
            handle = create_mutex(None, False, name)
            if handle:  # another instance's mutex is opened, not an error
                _held.append(int(handle))
        return bool(_held)
    else:
        return False
