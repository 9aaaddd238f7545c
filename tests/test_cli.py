from __future__ import annotations

import os
import subprocess
import sys

from intake_app import __version__


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_version_prints_name_and_version() -> None:
    result = run_app("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"intake-app {__version__}"


def test_window_without_a_display_explains_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)

    result = run_app(env=env)

    if sys.platform.startswith("linux"):
        assert result.returncode == 3
        assert "QT_QPA_PLATFORM=offscreen" in result.stderr
        assert "Traceback" not in result.stderr


def test_command_line_does_not_load_qt() -> None:
    # Headless subcommands (triage, verify, backup) must start fast and work without Qt.
    probe = "import sys, intake_app.cli as c; c.build_parser(); print('PySide6' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )

    assert result.stdout.strip() == "False"
