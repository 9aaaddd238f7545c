"""Refresh the English translation after the interface's Dutch texts change.

    python resources/translations/update.py

1. pyside6-lupdate collects every tr() / QCoreApplication.translate() text under intake_app/ui
   into intake_app_en.ts (new texts arrive unfinished; texts no longer in the code are dropped).
2. Translate the unfinished texts in Qt Linguist (`pyside6-linguist intake_app_en.ts`) or in
   any editor, and run this script again.
3. pyside6-lrelease compiles the .ts into intake_app_en.qm, which the app loads at run time.

tests/ui/test_translations.py fails while a text is untranslated or the .qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "intake_app_en.ts"
QM_FILE = HERE / "intake_app_en.qm"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "intake_app" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """The PySide6 tool beside the running interpreter, so the venv's copy is used."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def lupdate(ts_file: Path) -> None:
    sources = [str(path) for path in ui_sources()]
    subprocess.run(  # noqa: S603 - the PySide6 tools with our own file paths
        [
            tool("pyside6-lupdate"),
            *sources,
            "-source-language",
            "nl",
            "-target-language",
            "en",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(  # noqa: S603 - the PySide6 tools with our own file paths
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)
    print(f"Updated {TS_FILE.name} and {QM_FILE.name}.")  # noqa: T201 - a maintainer script
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
