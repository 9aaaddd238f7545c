"""Saving an edited service directory as the station's own copy (Beheer > Hulpverleners).

Edits are validated in full before anything is written; the station copy (services.yaml in
the data folder) is then replaced atomically and read back through the loader, so a bad edit
never costs the file in use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from intake_app.atomic_write import write_atomically
from intake_app.referrals.directory import DIRECTORY_FILE, ServiceDirectory, load_directory

_HEADER = "# Service directory of this station, edited in the app (Beheer > Hulpverleners).\n"


class DirectoryInvalid(ValueError):
    """The edits do not make a valid directory; nothing was written."""

    code = "referrals.directory_invalid"

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        # (service id, field) pairs, so the window can say what to fix in its own language.
        self.problems = tuple(problems)
        listed = ", ".join(f"{service}.{field}" for service, field in self.problems)
        super().__init__(f"De lijst van hulpverleners klopt niet ({listed or 'onbekend'}).")


def station_copy_path(data_folder: Path) -> Path:
    return data_folder / DIRECTORY_FILE


def save_station_directory(
    data_folder: Path, services: Sequence[Mapping[str, Any]]
) -> ServiceDirectory:
    """Validate `services` and make them the station's copy; returns it as loaded back."""
    data = {"services": [dict(service) for service in services]}
    try:
        ServiceDirectory.model_validate(data)
    except ValidationError as problem:
        raise DirectoryInvalid(_problems(problem, data["services"])) from None
    target = station_copy_path(data_folder)
    content = _HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return _replace_checked(target, content.encode("utf-8"))


def _problems(
    problem: ValidationError, services: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    found = []
    for error in problem.errors():
        location = error["loc"]
        if len(location) >= 3 and isinstance(location[1], int) and location[1] < len(services):
            found.append((str(services[location[1]].get("id", location[1])), str(location[2])))
        else:
            found.append(("", ".".join(str(part) for part in location)))
    return found


def _replace_checked(target: Path, content: bytes) -> ServiceDirectory:
    """Write, read back through the app's own loader, and put the old file back on failure."""
    previous = target.read_bytes() if target.is_file() else None
    write_atomically(target, content)
    try:
        return load_directory(target)
    except BaseException:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            write_atomically(target, previous)
        raise
