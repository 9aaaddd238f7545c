"""A fresh store with one fictional administrator, and the admin screen on it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from intake_app.session import Session, first_run
from intake_app.ui.admin import AdminScreen
from tests.ui.conftest import CHEAP_KDF, PASSPHRASE

ADMIN_ID = "A100"
ADMIN_NAME = "Agent Jansen (fictief)"


@dataclass
class Installed:
    session: Session
    recovery_key: str
    folder: Path


@pytest.fixture
def installed(data_dir: Path) -> Iterator[Installed]:
    session, recovery_key = first_run(data_dir, ADMIN_ID, ADMIN_NAME, PASSPHRASE, kdf=CHEAP_KDF)
    yield Installed(session, recovery_key, data_dir)
    session.close()


@pytest.fixture
def screen(qtbot: QtBot, installed: Installed) -> AdminScreen:
    screen = AdminScreen(installed.session, installed.folder)
    qtbot.addWidget(screen)
    screen.dialogs.confirm = lambda question: True
    return screen


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item


def row_header(table: QTableWidget, row: int) -> str:
    item = table.verticalHeaderItem(row)
    assert item is not None
    return item.text()
