from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from intake_app.ui.language import install_language
from intake_app.ui.settings import ALLOWED_KEYS, InterfaceSettings


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.buttons()[0].text()


def test_switching_language_switches_qt_own_buttons(qapp: QApplication) -> None:
    assert install_language(qapp, "en") == "en"
    assert cancel_text() == "Cancel"

    assert install_language(qapp, "nl") == "nl"
    assert cancel_text() == "Annuleren"


def test_unknown_language_falls_back_to_dutch(qapp: QApplication) -> None:
    assert install_language(qapp, "tlh") == "nl"
    assert cancel_text() == "Annuleren"


def test_language_setting_persists_and_refuses_unknown_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    InterfaceSettings(path).language = "en"

    reopened = InterfaceSettings(path)

    assert reopened.language == "en"
    assert set(reopened.keys()) <= ALLOWED_KEYS
    with pytest.raises(ValueError, match="unsupported language"):
        reopened.language = "de"


def test_damaged_setting_reads_as_dutch(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[interface]\nlanguage=klingon\n", encoding="utf-8")

    assert InterfaceSettings(path).language == "nl"
