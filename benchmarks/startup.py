"""Time from process start to the main window shown, against a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

from benchmarks.figures import Figure, figure, median

ROUNDS = 5


def _seconds_to_shown(kind: str) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A throwaway data folder: the app opens on its set-up screen and writes nothing real.
    env["INTAKE_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="intake-bench-")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_probe", kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = process.stdout.readline() if process.stdout else ""
    elapsed = time.perf_counter() - started
    _, errors = process.communicate(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the {kind} window never showed: {errors.strip()[-2000:]}")
    return elapsed


def run() -> Iterator[Figure]:
    _seconds_to_shown("bare")  # warm the file cache so neither side pays for it alone
    bare, app = [], []
    for _ in range(ROUNDS):  # interleaved, so drift on the machine hits both alike
        bare.append(_seconds_to_shown("bare"))
        app.append(_seconds_to_shown("app"))
    yield figure(
        "startup_to_main_window",
        unit="s",
        rounds=ROUNDS,
        app_median=round(median(app), 4),
        bare_pyside6_median=round(median(bare), 4),
        ratio=round(median(app) / median(bare), 3),
        target_ratio_below=2.0,
    )
