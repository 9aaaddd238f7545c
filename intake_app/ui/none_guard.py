"""Keep Python 3.11's None alive under PySide6 6.12.

PySide6 6.12.0 returns None from a void method (QLabel.setText, QWidget.setVisible,
QTableWidget.setRowCount, QCoreApplication.processEvents...) without taking a reference to
it, so each such call takes one reference from None for good. Python 3.12 made None immortal
(PEP 683) and is not harmed. On 3.11, which the app is built with, None's count reaches zero
after some 60,000 calls and the interpreter aborts ("Fatal Python error: none_dealloc"): a
frontoffice that showed a queue of 3,000 consults three times, or a station laptop after a
long day. tests/ui/test_none_guard.py shows the leak and that the guard holds.

The guard does on 3.11 what 3.12 does: it raises None's count, once, so far that no laptop
makes enough calls in its life to bring it to zero. Remove it once the app is built with
Python 3.12 or PySide6 returns None properly (the leak test then fails and says so).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 60  # far beyond any number of calls; far below Py_ssize_t's limit


def none_is_immortal() -> bool:
    return sys.version_info >= (3, 12)


def keep_none_alive() -> bool:
    """Raise None's reference count on CPython before 3.12; True when it is safe from the
    leak (raised now or earlier, or immortal anyway)."""
    if none_is_immortal():
        return True
    if sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    # ob_refcnt is the first field of an object in every release build; a build that lays
    # objects out otherwise (Py_TRACE_REFS) shows here as a value that is not None's count.
    if abs(count.value - sys.getrefcount(None)) > 2 and count.value < HEADROOM:
        return False
    if count.value < HEADROOM:
        count.value += HEADROOM
    return True
