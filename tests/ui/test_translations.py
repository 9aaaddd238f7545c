"""The English interface: every Dutch text in intake_app/ui has a finished translation, the
compiled .qm matches the .ts, and the real window shows no Dutch once English is chosen."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.paths import resource_path
from intake_app.ui.language import install_language
from intake_app.ui.language_menu import LANGUAGE_NAMES, next_start_message
from intake_app.ui.settings import InterfaceSettings
from tests.ui.conftest import FakeClock
from tests.ui.flow import first_run, open_window, unlock


def load_update_script() -> ModuleType:
    """resources/ is data, not a package: load the maintainer's script by its path."""
    path = resource_path("translations", "update.py")
    spec = importlib.util.spec_from_file_location("translations_update", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = load_update_script()
Message = tuple[str, str]  # (context, Dutch source)
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts_file).getroot()  # noqa: S314 - our own file, not outside input
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source", ""))] = translation
    return found


def committed() -> dict[Message, ET.Element]:
    return messages(update.TS_FILE)


def test_every_text_in_the_code_is_in_the_committed_ts_and_nothing_stale(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh)

    in_code = set(messages(fresh))
    in_ts = set(committed())

    assert in_code - in_ts == set(), "run resources/translations/update.py and translate"
    assert in_ts - in_code == set(), "run resources/translations/update.py to drop old texts"
    assert len(in_code) > 300  # the extraction really found the interface


def test_every_translation_is_finished_and_keeps_its_placeholders() -> None:
    for (context, source), translation in committed().items():
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"unfinished: {where}"
        text = translation.text or ""
        assert text.strip(), f"empty: {where}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert text.count("\n") == source.count("\n"), where


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    update.lrelease(update.TS_FILE, compiled)

    assert compiled.read_bytes() == update.QM_FILE.read_bytes(), "run update.py"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "en") == "en"
    yield
    install_language(qapp, "nl")  # the other tests read the Dutch interface


def test_the_app_loads_the_english_translation(english: None) -> None:
    assert QCoreApplication.translate("UnlockScreen", "Ontgrendelen") == "Unlock"
    assert QCoreApplication.translate("StateButtons", "Weet ik niet") == "Don't know"


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        texts.update({widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()})
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(column, Qt.Orientation.Horizontal))
                for column in range(model.columnCount(QModelIndex()))
            )
        for action in widget.actions():
            texts.add(action.text())
    return {text for text in texts if text}


def untranslated_dutch(root: QWidget) -> set[str]:
    """Texts on screen that are a Dutch source whose English differs: a context that does
    not match the class at run time, or a text that never went through tr()."""
    dutch = {
        source
        for (_context, source), translation in committed().items()
        if translation.text != source and not PLACEHOLDER.search(source)
    }
    return visible_texts(root) & dutch


def test_the_real_window_shows_english_on_every_main_screen(
    english: None, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock, language="en")
    assert window.setup.submit_button.text() == "Set up"
    assert untranslated_dutch(window) == set()

    first_run(qtbot, window)
    assert window.screens.currentWidget() is window.home
    window.start_intake()
    window.show_summary()
    window.show_readback()
    window.show_letters()
    assert window.letters is not None
    assert untranslated_dutch(window) == set()
    window.show_admin()
    qtbot.waitUntil(lambda: window.admin is not None, timeout=10000)

    assert untranslated_dutch(window) == set()
    window.lock()
    assert window.unlock.unlock_button.text() == "Unlock"
    assert untranslated_dutch(window) == set()


def test_the_training_store_is_marked_in_english_too(
    english: None, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock, training=True, language="en")

    assert "TRAINING: fictional cases, no real intakes" in visible_texts(window)
    assert untranslated_dutch(window) == set()


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    assert "Inrichten" in untranslated_dutch(window)  # the check above can see Dutch
    names = [action.text() for action in window.language_menu.actions()]
    assert names == list(LANGUAGE_NAMES.values())  # each in its own language

    english_action = window.language_menu.actions()[1]
    english_action.trigger()

    assert InterfaceSettings().language == "en"
    assert window.statusBar().currentMessage() == next_start_message("en")
    assert english_action.isChecked()


def test_a_wrong_passphrase_is_said_in_english(
    english: None, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    first_window = open_window(qtbot, data_dir, clock, language="en")
    first_run(qtbot, first_window)
    first_window.close()

    window = open_window(qtbot, data_dir, clock, language="en")
    unlock(qtbot, window, "dit is niet de goede zin")

    qtbot.waitUntil(lambda: "not right" in window.unlock.message.text(), timeout=10000)
    assert "klopt" not in window.unlock.message.text()
