"""The seriality room imports neither Qt nor the database (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys


def test_seriality_imports_no_qt_and_no_database() -> None:
    modules = ["normalise", "matching", "messages", "tokens", "regional_key", "possible", "links"]
    probe = (
        "import sys; "
        + "; ".join(f"import intake_app.seriality.{name}" for name in modules)
        + "; print(sorted(m for m in ('PySide6', 'sqlalchemy', 'sqlcipher3') if m in sys.modules))"
    )

    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )

    assert result.stdout.strip() == "[]"
