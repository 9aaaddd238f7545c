"""Qt tests run headless; a missing system library stops the run with what to install."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from intake_app.ui.system_libraries import qt_startup_problem
from intake_app.vault import KdfParams

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

_problem = qt_startup_problem()
if _problem:
    pytest.exit(_problem, returncode=3)

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
PASSPHRASE = "drie losse woorden hier"  # noqa: S105 - a fictional test passphrase


class FakeClock:
    """Seconds that tests move forward by hand (the idle lock's clock)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module", autouse=True)
def garbage_collected_on_the_gui_thread(qapp: QObject) -> Iterator[None]:
    """As in the app (ui/app.py): the workers and preloading must not free widgets. Per
    module, so the tests outside tests/ui keep Python's automatic collection."""
    from intake_app.ui.garbage import collect_on_this_thread

    collector = collect_on_this_thread(qapp)
    yield
    collector.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    yield path
