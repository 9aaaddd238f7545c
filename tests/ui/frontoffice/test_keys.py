"""Keys in the Frontoffice admin tab: a station replaces its key and the frontoffice trusts the
new one in place of the old; the frontoffice replaces its own and the station follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.frontoffice.helpers import ADMIN, PASSPHRASE
from tests.ui.admin.conftest import cell
from tests.ui.conftest import FakeClock
from tests.ui.frontoffice.two_windows import (
    exported_key,
    import_consult,
    open_summary,
    setup_pair,
    submit,
    trust_in_window,
)


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def test_replaced_keys_are_trusted_in_place_of_the_old_ones(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock)
    station, frontoffice = pair.station, pair.frontoffice

    station.show_admin()
    tab = station.admin.frontoffice
    old = tab.own_key.text().splitlines()[1]
    tab.replace_button.click()  # the admin screen's confirm answers yes (two_windows)
    new = tab.own_key.text().splitlines()[1]
    assert new != old and new in tab.message.text()
    key_file, fingerprint = exported_key(station, tmp_path / "station-key-2")
    assert fingerprint == new
    said = trust_in_window(frontoffice, key_file, fingerprint)
    assert f"Dit vervangt de eerdere sleutel {old}" in said
    peers = frontoffice.admin.frontoffice.table
    statuses = {cell(peers, row, 2).text(): cell(peers, row, 3).text() for row in range(2)}
    assert statuses == {old: "vervangen", new: "vertrouwd"}

    # A consult signed with the new key is read in.
    open_summary(station, pair.reference)
    submit(station, pair.files)
    frontoffice.show_home()
    assert pair.reference in import_consult(frontoffice, next(pair.files.iterdir()))

    # The frontoffice replaces its own key; the station trusts the new one.
    frontoffice.show_admin()
    fo_tab = frontoffice.admin.frontoffice
    fo_old = fo_tab.own_key.text().splitlines()[1]
    fo_tab.replace_button.click()
    fo_file, fo_new = exported_key(frontoffice, tmp_path / "fo-key-2")
    said = trust_in_window(station, fo_file, fo_new)
    assert f"Dit vervangt de eerdere sleutel {fo_old}" in said
