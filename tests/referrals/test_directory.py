from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.forms.yaml_source import FormFileError
from intake_app.paths import data_dir
from intake_app.referrals.directory import (
    SERVICE_IDS,
    ServiceDirectory,
    load_directory,
    shipped_directory_path,
    station_directory_path,
)

SHIPPED = shipped_directory_path().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "services.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return 1 + next(i for i, line in enumerate(text.splitlines()) if needle in line)


def test_shipped_directory_has_every_service_with_the_known_numbers(
    directory: ServiceDirectory,
) -> None:
    assert [service.id for service in directory.services] == list(SERVICE_IDS)
    assert directory.get("offlimits").line == "Helpwanted"
    assert directory.get("offlimits").phone == "020-261 52 75"
    assert (directory.get("csg").phone, directory.get("csg").phone_hours) == ("0800-0188", "24/7")
    assert directory.get("veilig_thuis").phone == "0800-2000"
    assert directory.get("shn").phone == "0900-0101"
    assert directory.get("herstelbemiddeling").name == "Perspectief Herstelbemiddeling"
    assert all(service.last_checked.year >= 2026 for service in directory.services)
    assert directory.source == shipped_directory_path()


def test_a_station_copy_in_the_data_folder_replaces_the_shipped_file() -> None:
    station = station_directory_path()
    assert station.parent == data_dir()
    station.write_text(SHIPPED.replace("0900-0101", "0900-1234"), encoding="utf-8")

    directory = load_directory()

    assert directory.source == station
    assert directory.get("shn").phone == "0900-1234"


def test_an_explicit_path_wins(tmp_path: Path) -> None:
    path = write(tmp_path, SHIPPED.replace("Centrum Seksueel Geweld", "CSG Testregio"))

    assert load_directory(path).get("csg").name == "CSG Testregio"


def test_a_regional_location_becomes_the_addressee(tmp_path: Path) -> None:
    text = SHIPPED.replace(
        "    locations: []\n    letter_languages: [nl]\n    last_checked: 2026-11-23\n"
        '    checked_against: "team list in issue 7 (phone, hours)"',
        "    locations:\n      - name: CSG Regio Voorbeeld\n        phone: 088-000 00 00\n"
        "        postal_address: [Postbus 1, 1234 AB Voorbeeldstad]\n"
        "    letter_languages: [nl]\n    last_checked: 2026-11-23",
    )
    directory = load_directory(write(tmp_path, text))

    assert directory.get("csg").addressee_lines == (
        "Centrum Seksueel Geweld",
        "CSG Regio Voorbeeld",
        "Postbus 1",
        "1234 AB Voorbeeldstad",
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("phone: 0900-0101", "phone: call us", "phone"),
        ("website: https://www.veiligthuis.nl", "website: www.veiligthuis.nl", "https://"),
        ("last_checked: 2026-11-23", "last_checked: sometime", "last_checked"),
        ('email: ""', 'email: "not an address"', "e-mail"),
    ],
)
def test_a_bad_field_is_refused_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = SHIPPED.replace(old, new, 1)  # the first service that has the field
    path = write(tmp_path, text)

    with pytest.raises(FormFileError, match=message) as caught:
        load_directory(path)

    assert caught.value.path == path
    assert caught.value.line == line_of(text, new)


def test_an_unknown_service_id_is_refused(tmp_path: Path) -> None:
    text = SHIPPED.replace("id: shn", "id: slachtofferhulp")
    with pytest.raises(FormFileError) as caught:
        load_directory(write(tmp_path, text))
    assert caught.value.line == line_of(text, "id: slachtofferhulp")


def test_a_service_listed_twice_is_refused(tmp_path: Path) -> None:
    text = SHIPPED.replace("id: shn", "id: csg")
    with pytest.raises(FormFileError, match="csg listed twice") as caught:
        load_directory(write(tmp_path, text))
    second = [i for i, line in enumerate(text.splitlines(), 1) if line.strip() == "- id: csg"][1]
    assert caught.value.line == second


def test_a_missing_service_is_named(tmp_path: Path) -> None:
    start = SHIPPED.index("  - id: herstelbemiddeling")
    with pytest.raises(FormFileError, match="services missing: herstelbemiddeling"):
        load_directory(write(tmp_path, SHIPPED[:start]))


def test_unknown_keys_and_broken_yaml_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FormFileError, match="fax"):
        load_directory(write(tmp_path, SHIPPED.replace("    line: Helpwanted", "    fax: 1")))
    with pytest.raises(FormFileError, match="not valid YAML"):
        load_directory(write(tmp_path, "services: [\n"))
    with pytest.raises(FormFileError, match="one key, services"):
        load_directory(write(tmp_path, "- just a list\n"))
