"""The frontoffice room is domain: no Qt, no database, no store, vault or session (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import intake_app.frontoffice as room
for module in pkgutil.walk_packages(room.__path__, room.__name__ + "."):
    importlib.import_module(module.name)
print(" ".join(sorted(sys.modules)))
"""
FORBIDDEN_PACKAGES = {"PySide6", "sqlalchemy", "sqlcipher3", "reportlab"}
FORBIDDEN_MODULES = {"intake_app.store", "intake_app.vault", "intake_app.session"}


def test_the_frontoffice_room_imports_no_qt_database_store_or_session() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert FORBIDDEN_PACKAGES.isdisjoint({name.split(".")[0] for name in loaded})
    assert FORBIDDEN_MODULES.isdisjoint(loaded)
