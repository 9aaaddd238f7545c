"""The one-folder's size against bare windows built the same way, in the same run.

Builds three one-folders with PyInstaller into a temporary folder (a few minutes): the app
(packaging/intake-app.spec), a bare PySide6-Essentials window with a label, and the same bare
window with the core libraries (packaging/bare/bare.spec); all three with the excludes,
trimming and stripping of packaging/trim.py. Sizes are what `du -sm` reports (MiB of allocated
blocks). Targets: the app at most 200 MiB and at most 1.1 times the bare window with the core
libraries.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.figures import Figure, figure
from benchmarks.pyinstaller_build import build_one_folder
from benchmarks.selftest import disk_usage_bytes

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024


def run() -> Iterator[Figure]:
    with tempfile.TemporaryDirectory(prefix="intake-size-") as scratch:
        build_dir = Path(scratch)
        build_one_folder(ROOT / "packaging" / "intake-app.spec", build_dir)
        bare_spec = ROOT / "packaging" / "bare" / "bare.spec"
        build_one_folder(bare_spec, build_dir / "bare")
        build_one_folder(bare_spec, build_dir / "bare-core", BARE_WITH_CORE="1")
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
