"""The frozen one-folder app against the source checkout: `--self-test` wall time and size.

Builds dist/intake-app with packaging/intake-app.spec into a temporary folder (about a minute;
set INTAKE_FROZEN_APP to an already built dist/intake-app/intake-app to skip that), then runs
`intake-app --self-test` headless from both, interleaved. Size on disk is that of the built
folder, against the virtual environment the source checkout runs from.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.figures import Figure, figure, median
from benchmarks.pyinstaller_build import build_one_folder

ROUNDS = 7
ROOT = Path(__file__).resolve().parents[1]


def disk_usage_bytes(folder: Path) -> int:
    """What `du` counts: allocated blocks, each hard-linked file once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    return total


def _build(build_dir: Path) -> Path:
    build_one_folder(ROOT / "packaging" / "intake-app.spec", build_dir)
    return build_dir / "dist" / "intake-app" / "intake-app"


def _source_command() -> list[str]:
    script = Path(sys.executable).parent / "intake-app"
    return [str(script)] if script.exists() else [sys.executable, "-m", "intake_app"]


def _seconds(command: Sequence[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as data:
        env["INTAKE_APP_DATA_DIR"] = data
        started = time.perf_counter()
        result = subprocess.run(
            [*command, "--self-test"], env=env, capture_output=True, text=True, check=False
        )
        elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} --self-test failed:\n{result.stdout}{result.stderr}")
    return elapsed


def run() -> Iterator[Figure]:
    given = os.environ.get("INTAKE_FROZEN_APP")
    with tempfile.TemporaryDirectory(prefix="intake-frozen-") as build_dir:
        frozen = Path(given) if given else _build(Path(build_dir))
        source = _source_command()
        _seconds([str(frozen)])  # warm the file cache so neither side pays for it alone
        _seconds(source)
        frozen_times, source_times = [], []
        for _ in range(ROUNDS):  # interleaved, so drift on the machine hits both alike
            frozen_times.append(_seconds([str(frozen)]))
            source_times.append(_seconds(source))
        yield figure(
            "selftest_frozen_vs_source",
            unit="s",
            rounds=ROUNDS,
            frozen_median=round(median(frozen_times), 3),
            source_median=round(median(source_times), 3),
            ratio=round(median(frozen_times) / median(source_times), 3),
        )
        frozen_size = disk_usage_bytes(frozen.parent)
        venv_size = disk_usage_bytes(Path(sys.prefix))
        yield figure(
            "frozen_app_size",
            unit="MB",
            frozen_folder=round(frozen_size / 1e6, 1),
            source_venv=round(venv_size / 1e6, 1),
            ratio=round(frozen_size / venv_size, 3),
        )
