"""Saving the station's own service directory, without a window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intake_app.referrals import directory_edit
from intake_app.referrals.directory import load_directory, shipped_directory_path
from intake_app.referrals.directory_edit import (
    DirectoryInvalid,
    save_station_directory,
    station_copy_path,
)


def shipped_services() -> list[dict[str, Any]]:
    directory = load_directory(shipped_directory_path())
    return [service.model_dump(mode="json") for service in directory.services]


def test_a_valid_edit_becomes_the_station_copy(tmp_path: Path) -> None:
    services = shipped_services()
    services[0]["phone"] = "020-000 00 00"

    saved = save_station_directory(tmp_path, services)

    assert saved.source == station_copy_path(tmp_path)
    assert load_directory(station_copy_path(tmp_path)).services[0].phone == "020-000 00 00"


def test_an_invalid_edit_names_service_and_field_and_writes_nothing(tmp_path: Path) -> None:
    services = shipped_services()
    services[1]["website"] = "www.voorbeeld.nl"
    services[2]["name"] = ""

    with pytest.raises(DirectoryInvalid) as refused:
        save_station_directory(tmp_path, services)

    assert refused.value.code == "referrals.directory_invalid"
    assert refused.value.problems == (
        (services[1]["id"], "website"),
        (services[2]["id"], "name"),
    )
    assert not station_copy_path(tmp_path).exists()


def test_a_copy_that_does_not_load_back_restores_the_previous_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_station_directory(tmp_path, shipped_services())
    before = station_copy_path(tmp_path).read_bytes()
    services = shipped_services()
    services[0]["phone"] = "020-000 00 00"

    def unreadable(_path: Path) -> None:
        raise OSError("read back failed")

    monkeypatch.setattr(directory_edit, "load_directory", unreadable)

    with pytest.raises(OSError, match="read back failed"):
        save_station_directory(tmp_path, services)

    assert station_copy_path(tmp_path).read_bytes() == before
