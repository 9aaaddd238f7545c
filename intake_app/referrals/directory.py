"""The service directory: shipped in resources/services/, replaceable by a station copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from intake_app.forms.yaml_source import load_yaml
from intake_app.paths import data_dir, resource_path
from intake_app.referrals.text import Language

ServiceId = Literal["offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling"]
# The triage contract's vocabulary; every id has its own letter module.
SERVICE_IDS: tuple[ServiceId, ...] = (
    "offlimits",
    "csg",
    "veilig_thuis",
    "shn",
    "herstelbemiddeling",
)

DIRECTORY_FILE = "services.yaml"

_PHONE_CHARACTERS = set("0123456789 -+()")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_phone(value: str) -> str:
    if value and (not set(value) <= _PHONE_CHARACTERS or sum(c.isdigit() for c in value) < 4):
        raise ValueError("a phone number holds only digits, spaces, '-', '+' and brackets")
    return value


def _check_web(value: str) -> str:
    if value and not value.startswith(("https://", "http://")):
        raise ValueError("a web address starts with https:// (or http://)")
    return value


class Location(_Strict):
    """A regional location of a service (CSG has one per region)."""

    name: str = Field(min_length=1, max_length=200)
    phone: str = Field(default="", max_length=40)
    postal_address: tuple[str, ...] = ()

    _phone = field_validator("phone")(_check_phone)


class Service(_Strict):
    id: ServiceId
    name: str = Field(min_length=1, max_length=200)
    line: str = Field(default="", max_length=200)  # a helpline's own name, e.g. Helpwanted
    phone: str = Field(default="", max_length=40)
    phone_hours: str = Field(default="", max_length=100)
    website: str = Field(default="", max_length=300)
    helpline_website: str = Field(default="", max_length=300)
    email: str = Field(default="", max_length=200)
    postal_address: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    letter_languages: tuple[Language, ...] = ("nl",)
    last_checked: date
    checked_against: str = Field(default="", max_length=500)

    _phone = field_validator("phone")(_check_phone)
    _web = field_validator("website", "helpline_website")(_check_web)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and ("@" not in value or " " in value):
            raise ValueError("an e-mail address looks like name@example.nl")
        return value

    @property
    def addressee_lines(self) -> tuple[str, ...]:
        """Who a letter is addressed to: the first regional location if the station set one."""
        if self.locations:
            location = self.locations[0]
            return (self.name, location.name, *location.postal_address)
        return (self.name, *((self.line,) if self.line else ()), *self.postal_address)


class ServiceDirectory(_Strict):
    services: tuple[Service, ...]
    source: Path = Path()  # the file it was loaded from, for the window to show

    def get(self, service_id: ServiceId) -> Service:
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)  # load_directory guarantees every id is present


def shipped_directory_path() -> Path:
    return resource_path("services", DIRECTORY_FILE)


def station_directory_path() -> Path:
    """Where an administrator's edited copy lives; it wins over the shipped file."""
    return data_dir() / DIRECTORY_FILE


def load_directory(path: Path | None = None) -> ServiceDirectory:
    """Load and validate a directory; a FormFileError names file, line and reason.

    Without a path: the station copy in the data folder if there is one, else the shipped file.
    """
    if path is None:
        station = station_directory_path()
        path = station if station.is_file() else shipped_directory_path()
    source = load_yaml(path)
    if not isinstance(source.data, dict) or set(source.data) != {"services"}:
        raise source.error((), "the directory must be a mapping with one key, services")
    try:
        directory = ServiceDirectory.model_validate({**source.data, "source": path})
    except ValidationError as exc:
        raise source.validation_error(exc) from exc
    seen: set[str] = set()
    for index, service in enumerate(directory.services):
        if service.id in seen:
            raise source.error(("services", index, "id"), f"service {service.id} listed twice")
        seen.add(service.id)
    missing = [service_id for service_id in SERVICE_IDS if service_id not in seen]
    if missing:
        raise source.error(("services",), f"services missing: {', '.join(missing)}")
    return directory
