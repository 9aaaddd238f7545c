from __future__ import annotations

from pytestqt.qtbot import QtBot

from intake_app.referrals.directory import load_directory, shipped_directory_path
from intake_app.referrals.directory_edit import station_copy_path
from intake_app.station_profile import StationProfile, load_station_profile, save_station_profile
from intake_app.ui.admin import AdminScreen
from intake_app.ui.admin.services_tab import COLUMNS
from tests.ui.admin.conftest import Installed, cell, row_header

STATION = "Basisteam Voorbeeldstad (fictief)"


def test_station_profile_round_trip(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    tab = screen.station
    tab.name.setText(STATION)
    tab.address.setPlainText("Voorbeeldstraat 1\n\n1234 AB Voorbeeldstad")
    tab.phone.setText("0900-8844")
    tab.save_button.click()

    assert "opgeslagen" in tab.message.text()
    assert load_station_profile(installed.folder) == StationProfile(
        name=STATION, address=("Voorbeeldstraat 1", "1234 AB Voorbeeldstad"), phone="0900-8844"
    )
    again = AdminScreen(installed.session, installed.folder)
    qtbot.addWidget(again)
    assert again.station.name.text() == STATION
    assert again.station.address.toPlainText() == "Voorbeeldstraat 1\n1234 AB Voorbeeldstad"
    assert again.station.phone.text() == "0900-8844"


def test_a_bad_station_name_is_refused_and_the_saved_one_kept(
    screen: AdminScreen, installed: Installed
) -> None:
    save_station_profile(installed.folder, StationProfile(name=STATION))
    screen.station.name.setText("X")
    screen.station.save_button.click()

    assert "2 tot 80 tekens" in screen.station.message.text()
    assert screen.station.name.text() == "X"  # the typing is not lost
    profile = load_station_profile(installed.folder)
    assert profile is not None and profile.name == STATION


def _cell(screen: AdminScreen, service_id: str, field: str) -> str:
    table = screen.services.table
    row = [row_header(table, r) for r in range(table.rowCount())].index(service_id)
    return cell(table, row, COLUMNS.index(field)).text()


def _edit(screen: AdminScreen, service_id: str, field: str, text: str) -> None:
    table = screen.services.table
    row = [row_header(table, r) for r in range(table.rowCount())].index(service_id)
    cell(table, row, COLUMNS.index(field)).setText(text)


def test_services_show_phone_web_and_the_date_last_checked(screen: AdminScreen) -> None:
    shipped = load_directory(shipped_directory_path()).get("csg")

    assert _cell(screen, "csg", "phone") == shipped.phone
    assert _cell(screen, "csg", "website") == shipped.website
    assert _cell(screen, "csg", "last_checked") == shipped.last_checked.isoformat()
    assert "standaardlijst" in screen.services.source.text()


def test_a_valid_service_edit_writes_the_station_copy(
    screen: AdminScreen, installed: Installed
) -> None:
    _edit(screen, "csg", "phone", "010-123 45 67")
    _edit(screen, "csg", "last_checked", "2026-11-20")
    screen.services.save_button.click()

    assert "opgeslagen" in screen.services.message.text()
    copy = load_directory(station_copy_path(installed.folder))
    assert copy.get("csg").phone == "010-123 45 67"
    assert copy.get("csg").last_checked.isoformat() == "2026-11-20"
    # Fields the table does not show are kept as they were.
    shipped = load_directory(shipped_directory_path())
    assert copy.get("csg").phone_hours == shipped.get("csg").phone_hours
    assert copy.get("offlimits") == shipped.get("offlimits")
    assert "eigen lijst" in screen.services.source.text()


def test_a_bad_service_edit_is_explained_and_nothing_is_lost(
    screen: AdminScreen, installed: Installed
) -> None:
    _edit(screen, "csg", "phone", "010-123 45 67")
    screen.services.save_button.click()
    saved = station_copy_path(installed.folder).read_bytes()

    _edit(screen, "veilig_thuis", "website", "www.veiligthuis.nl")
    _edit(screen, "shn", "last_checked", "23 november")
    screen.services.save_button.click()

    message = screen.services.message.text()
    assert "Niet opgeslagen" in message
    assert "veilig_thuis" in message and "https://" in message
    assert "shn" in message and "JJJJ-MM-DD" in message
    assert station_copy_path(installed.folder).read_bytes() == saved
    assert _cell(screen, "veilig_thuis", "website") == "www.veiligthuis.nl"  # edit kept


def test_a_damaged_station_file_is_explained(qtbot: QtBot, installed: Installed) -> None:
    (installed.folder / "station.json").write_text("{ niet af")
    screen = AdminScreen(installed.session, installed.folder)
    qtbot.addWidget(screen)

    assert "beschadigd" in screen.station.message.text()
    assert screen.station.name.text() == ""


def test_a_damaged_station_copy_of_the_directory_is_explained(
    qtbot: QtBot, installed: Installed
) -> None:
    station_copy_path(installed.folder).write_text("services: [\n")
    screen = AdminScreen(installed.session, installed.folder)
    qtbot.addWidget(screen)

    assert "services.yaml" in screen.services.message.text()
    assert "verwijder het" in screen.services.message.text()
    assert screen.services.table.rowCount() == 0
    screen.services.save_button.click()  # nothing to save: the damaged file stays as it was
    assert station_copy_path(installed.folder).read_text() == "services: [\n"
    assert "Traceback" not in screen.services.message.text()
