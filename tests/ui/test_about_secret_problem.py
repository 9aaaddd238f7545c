"""The About dialog names the Credential Manager or DPAPI error behind reduced protection."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot


def test_the_about_dialog_gives_the_credential_store_error(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.ui.about import AboutDialog
    from intake_app.vault import installation_secret

    monkeypatch.setattr(
        installation_secret, "_last_problem", "keyring: error (1312, 'CredWrite', 'no session')"
    )
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "CredWrite" in dialog.facts["keyring"]
