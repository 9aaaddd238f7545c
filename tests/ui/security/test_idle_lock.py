from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from intake_app.ui.security.idle_lock import IdleLock


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_lock(qapp: QApplication, clock: FakeClock, limit: float = 300) -> IdleLock:
    lock = IdleLock(idle_limit_seconds=limit, clock=clock, check_interval_ms=60_000)
    qapp.installEventFilter(lock)
    return lock


def test_locks_once_after_the_idle_limit(qapp: QApplication, qtbot: QtBot) -> None:
    clock = FakeClock()
    lock = make_lock(qapp, clock)
    fired: list[bool] = []
    lock.lock_requested.connect(lambda: fired.append(True))

    clock.now += 299
    lock.check()
    assert fired == []

    clock.now += 1
    lock.check()
    lock.check()
    assert fired == [True]
    qapp.removeEventFilter(lock)


def test_typing_and_mouse_input_postpone_the_lock(qapp: QApplication, qtbot: QtBot) -> None:
    clock = FakeClock()
    lock = make_lock(qapp, clock)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()

    clock.now += 200
    qtbot.keyClick(field, Qt.Key.Key_A)
    clock.now += 200
    assert lock.idle_seconds() == 200

    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(field, move)
    assert lock.idle_seconds() == 0
    qapp.removeEventFilter(lock)


def test_reset_after_unlock_arms_it_again(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = make_lock(qapp, clock, limit=60)
    fired: list[bool] = []
    lock.lock_requested.connect(lambda: fired.append(True))

    clock.now += 61
    lock.check()
    lock.reset()
    lock.check()
    clock.now += 61
    lock.check()

    assert fired == [True, True]
    qapp.removeEventFilter(lock)
