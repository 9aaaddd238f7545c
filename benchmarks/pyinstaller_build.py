"""One PyInstaller one-folder build into a given folder, as the size and self-test benchmarks
need it: the spec's own excludes and trimming, work files beside the result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_one_folder(spec: Path, build_dir: Path, **env: str) -> None:
    """Builds `spec` into build_dir/dist; `env` adds variables the spec reads."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(build_dir / "dist"),
            "--workpath",
            str(build_dir / "work"),
            str(spec),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, **env},
    )
