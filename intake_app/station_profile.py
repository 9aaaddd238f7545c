"""The station's own details: its name (in references and token files) and the letterhead.

Not personal data and not secret, so it lives as plain JSON in the data folder, where the
administrator sets it at first run and can change it later; written atomically.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from intake_app.atomic_write import write_atomically

STATION_FILE = "station.json"


class StationProfileError(ValueError):
    """station.json cannot be used; the message says what to do."""

    code = "station_profile"


class StationProfileUnreadable(StationProfileError):
    code = "station_profile.unreadable"

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"De bureaugegevens ({path}) zijn niet te lezen: {problem}.")


class StationProfileDamaged(StationProfileError):
    code = "station_profile.damaged"

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"De bureaugegevens ({path}) zijn beschadigd. Vul ze opnieuw in bij Beheer; "
            "de intakes zelf zijn niet geraakt."
        )


class StationProfile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2, max_length=80)
    address: tuple[str, ...] = Field(default=(), max_length=4)
    phone: str = Field(default="", max_length=40)

    @field_validator("name", "phone", mode="before")
    @classmethod
    def _trimmed(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @field_validator("address")
    @classmethod
    def _lines_trimmed(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line.strip() for line in lines if line.strip())


def profile_path(data_dir: Path) -> Path:
    return data_dir / STATION_FILE


def load_station_profile(data_dir: Path) -> StationProfile | None:
    """None when the station was never set up (first run not finished)."""
    path = profile_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as problem:
        raise StationProfileUnreadable(path, problem.strerror or type(problem).__name__) from None
    try:
        return StationProfile.model_validate(json.loads(raw))
    except (ValueError, ValidationError):
        raise StationProfileDamaged(path) from None


def save_station_profile(data_dir: Path, profile: StationProfile) -> None:
    content = json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, indent=2)
    write_atomically(profile_path(data_dir), content.encode("utf-8"))
