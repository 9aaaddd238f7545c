"""The rooms of DESIGN.md: referrals imports no Qt, database or reportlab; pdf no Qt or database."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import importlib, pkgutil, sys
import intake_app.{room} as room
for module in pkgutil.walk_packages(room.__path__, room.__name__ + "."):
    importlib.import_module(module.name)
print(" ".join(sorted({{name.split(".")[0] for name in sys.modules}})))
"""


@pytest.mark.parametrize(
    ("room", "forbidden"),
    [
        ("referrals", {"PySide6", "sqlalchemy", "sqlcipher3", "reportlab"}),
        ("pdf", {"PySide6", "sqlalchemy", "sqlcipher3"}),
    ],
)
def test_room_imports_stay_inside_their_walls(room: str, forbidden: set[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(room=room)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert forbidden.isdisjoint(result.stdout.split())
