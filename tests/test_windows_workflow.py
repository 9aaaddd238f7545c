"""The Windows workflow (.github/workflows/windows.yml) runs what docs/installing.md promises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW: dict[str, Any] = yaml.safe_load(
    (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
)
INSTALLING = (ROOT / "docs" / "installing.md").read_text(encoding="utf-8")


def steps(job: str) -> str:
    return "\n".join(str(step.get("run", "")) for step in WORKFLOW["jobs"][job]["steps"])


def test_both_jobs_run_on_windows() -> None:
    assert {job["runs-on"] for job in WORKFLOW["jobs"].values()} == {"windows-latest"}


def test_the_suite_runs_headless() -> None:
    assert WORKFLOW["jobs"]["tests"]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert "pytest" in steps("tests")


def test_the_installer_is_built_installed_checked_and_uninstalled_silently() -> None:
    run = steps("installer")
    assert "build_installer.py" in run
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DELETEDATA"):
        assert switch in run and switch in INSTALLING
    assert 'intake-app-console.exe" --self-test' in run
    assert "shared-store check" in run
    assert "unins000.exe" in run
