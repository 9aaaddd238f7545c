"""The rooms of DESIGN.md as import-linter contracts (pyproject.toml), run as a test.

import-linter reads every import statement, those inside functions too, so a domain module
cannot reach the store or Qt by importing late.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent

# The console script `lint-imports`, started through this interpreter so the test needs no PATH.
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_rooms_are_kept() -> None:
    result = lint_imports(REPOSITORY)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture
def copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(
        REPOSITORY / "intake_app",
        tmp_path / "intake_app",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPOSITORY / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        (
            "triage/late_qt.py",
            "def show() -> None:\n    from PySide6 import QtWidgets  # noqa\n",
            "intake_app.triage is not allowed to import PySide6",
        ),
        (
            "referrals/late_store.py",
            "def save() -> None:\n    import intake_app.store.store  # noqa\n",
            "intake_app.referrals is not allowed to import intake_app.store",
        ),
        (
            "store/late_session.py",
            "def unlock() -> None:\n    from intake_app import session  # noqa\n",
            "intake_app.store is not allowed to import intake_app.session",
        ),
        (
            "vault/late_store.py",
            "def open_it() -> None:\n    from intake_app.store import engine  # noqa\n",
            "intake_app.vault is not allowed to import intake_app.store",
        ),
    ],
)
def test_a_forbidden_import_inside_a_function_breaks_a_contract(
    copy_of_the_package: Path, module: str, source: str, broken: str
) -> None:
    (copy_of_the_package / "intake_app" / module).write_text(source, encoding="utf-8")

    result = lint_imports(copy_of_the_package)

    assert result.returncode == 1, result.stdout + result.stderr
    assert broken in result.stdout


def test_no_module_imports_itself_through_others() -> None:
    """No import cycles, counting imports inside functions and under TYPE_CHECKING."""
    import grimp  # import-linter's own graph builder

    graph = grimp.build_graph("intake_app", cache_dir=None)
    cycles = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if graph.find_shortest_chain(importer=imported, imported=module) is not None
    ]

    assert cycles == []
