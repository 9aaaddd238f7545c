"""The one-folder's size against bare windows built the same way, in the same run.

Builds three one-folders with PyInstaller into a temporary folder (a few minutes): the app
(packaging/intake-app.spec), a bare PySide6-Essentials window with a label, and the same bare
window with the core libraries (packaging/bare/bare.spec); all three with the excludes,
trimming and stripping of packaging/trim.py. Sizes are what `du -sm` reports (MiB of allocated
blocks). Targets: the app at most 200 MiB and at most 1.1 times the bare window with the core
libraries.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.figures import Figure, figure
from benchmarks.selftest import disk_usage_bytes

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024


def _build(spec: Path, build_dir: Path, **env: str) -> None:
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


def run() -> Iterator[Figure]:
    with tempfile.TemporaryDirectory(prefix="intake-size-") as scratch:
        build_dir = Path(scratch)
        _build(ROOT / "packaging" / "intake-app.spec", build_dir)
        bare_spec = ROOT / "packaging" / "bare" / "bare.spec"
        _build(bare_spec, build_dir / "bare")
        _build(bare_spec, build_dir / "bare-core", BARE_WITH_CORE="1")
        app = disk_usage_bytes(build_dir / "dist" / "intake-app") / MIB
        bare = disk_usage_bytes(build_dir / "bare" / "dist" / "bare") / MIB
        core = disk_usage_bytes(build_dir / "bare-core" / "dist" / "bare-core") / MIB
    yield figure("package_size_bare_window", unit="MiB", size=round(bare, 1))
    yield figure("package_size_bare_core_libraries", unit="MiB", size=round(core, 1))
    yield figure(
        "package_size",
        unit="MiB",
        size=round(app, 1),
        ratio_to_bare_core=round(app / core, 3),
        ratio_to_bare_window=round(app / bare, 3),
    )
