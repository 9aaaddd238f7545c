"""File dialogs open in Documents, never in the working folder (C:\\Program Files\\Intake-app
when started from the Start menu)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.file_dialogs import documents_folder, start_path
from intake_app.ui.letters.screen import ask_save_path_with_dialog


@pytest.fixture
def program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Program Files" / "Intake-app"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start folder each file dialog was given."""
    seen: list[str] = []

    def save_or_open(_parent: Any, _title: str, start: str, *_rest: Any) -> tuple[str, str]:
        seen.append(start)
        return "", ""

    def folder(_parent: Any, _title: str, start: str = "", *_rest: Any) -> str:
        seen.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_or_open)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save_or_open)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return seen


def test_every_file_dialog_starts_in_documents(
    qtbot: QtBot, program_folder: Path, asked: list[str]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    dialogs._ask_save_path("Back-up maken")
    dialogs._ask_open_path("Back-up terugzetten")
    dialogs._ask_folder("Nieuwe map")
    ask_save_path_with_dialog(parent, "offlimits-nl.pdf")

    assert len(asked) == 4
    for start in asked:
        assert Path(start).is_absolute()
        assert program_folder not in [Path(start), *Path(start).parents]
        assert Path(start) == documents_folder() or Path(start).parent == documents_folder()
    assert asked[-1].endswith("offlimits-nl.pdf")
    assert Path.cwd() == program_folder


def test_the_start_path_is_never_relative(program_folder: Path) -> None:
    assert Path(start_path("brief.pdf")).is_absolute()
