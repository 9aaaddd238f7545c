"""The triage room imports neither Qt nor the database (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys


def test_triage_imports_no_qt_and_no_database() -> None:
    probe = (
        "import sys, intake_app.triage.decide, intake_app.commands.triage; "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'sqlcipher3') if m in sys.modules))"
    )

    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )

    assert result.stdout.strip() == "[]"
