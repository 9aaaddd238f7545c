"""The officers' names from keys.json, read with the standard library only.

The unlock screen lists them at once, before the vault (pydantic, cryptography, keyring:
most of a second on a laptop) has loaded on a worker; the vault then reads and validates the
file itself, and every unlock goes through it. Nothing secret is read here, and nothing here
decides who may unlock: a file this does not understand gives no list, and the vault says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from intake_app.paths import key_file_path

MAX_PEEK_BYTES = 1024 * 1024  # as the vault's own limit


@dataclass(frozen=True)
class ListedOfficer:
    id: str
    display_name: str


def officers_on_file(data_dir: Path) -> list[ListedOfficer]:
    try:
        path = key_file_path(data_dir)
        if path.stat().st_size > MAX_PEEK_BYTES:
            return []
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    officers = document.get("officers") if isinstance(document, dict) else None
    if not isinstance(officers, list):
        return []
    listed = []
    for officer in officers:
        if not isinstance(officer, dict):
            return []
        officer_id, name = officer.get("id"), officer.get("display_name")
        if not isinstance(officer_id, str) or not isinstance(name, str):
            return []
        listed.append(ListedOfficer(officer_id, name))
    return listed
