"""The vault's room: no Qt, no database; it hands out the raw data key and nothing more."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_vault_loads_neither_qt_nor_the_database() -> None:
    probe = (
        "import sys, intake_app.vault, intake_app.vault.vault; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlcipher3', 'sqlalchemy', 'alembic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
