from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from intake_app.station_profile import (
    StationProfile,
    StationProfileError,
    load_station_profile,
    profile_path,
    save_station_profile,
)


def test_round_trip_trims_and_keeps_non_ascii(tmp_path: Path) -> None:
    profile = StationProfile(
        name="  Basisteam Voorbeeldstad ", address=("Voorbeeldplein 1", " ", "1234 AB Stad")
    )

    save_station_profile(tmp_path, profile)

    loaded = load_station_profile(tmp_path)
    assert loaded == StationProfile(
        name="Basisteam Voorbeeldstad", address=("Voorbeeldplein 1", "1234 AB Stad")
    )


def test_missing_file_means_not_set_up(tmp_path: Path) -> None:
    assert load_station_profile(tmp_path) is None


def test_damaged_file_says_what_to_do(tmp_path: Path) -> None:
    profile_path(tmp_path).write_text("{niet json", encoding="utf-8")

    with pytest.raises(StationProfileError, match="Beheer"):
        load_station_profile(tmp_path)


def test_a_name_is_required() -> None:
    with pytest.raises(ValidationError):
        StationProfile(name="     ")
