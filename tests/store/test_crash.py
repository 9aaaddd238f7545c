"""Kill the writing process with SIGKILL at random moments: every save that had returned must
still be there, and the database must pass SQLite's and SQLCipher's integrity checks."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake_app.store.store import Store
from intake_app.store.verify import verify
from tests.store.conftest import OFFICER

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
TIME_BUDGET_SECONDS = 40.0  # the whole test stays well under a minute on a slow laptop


def _one_round(folder: Path, env: dict[str, str], chance: random.Random) -> set[tuple[int, str]]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.store_child", "write", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    if chance.random() < 0.25:
        time.sleep(chance.uniform(0.0, 0.6))  # may land while the store is still opening
    else:
        child.stdout.readline()  # the store is open and writing
        time.sleep(chance.uniform(0.0, 0.25))
    child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    reported = child.stdout.read()
    child.wait(timeout=30)
    confirmed = set()
    for line in reported.decode().splitlines(keepends=True):
        if line.startswith("saved ") and line.endswith("\n"):
            _, intake_id, key = line.split()
            confirmed.add((int(intake_id), key))
    return confirmed


@pytest.mark.slow
def test_every_returned_save_survives_sigkill(store: Store, data_key: bytes) -> None:
    folder = store.data_dir
    store.close()
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)  # noqa: S311 - kill moments, not secrets
    env = {**os.environ, "TEST_DATA_KEY": data_key.hex()}
    confirmed: set[tuple[int, str]] = set()
    started = time.monotonic()
    rounds = 0
    while rounds < ROUNDS and time.monotonic() - started < TIME_BUDGET_SECONDS:
        confirmed |= _one_round(folder, env, chance)
        rounds += 1

    with Store.open(folder, data_key) as reopened:
        missing = [
            (intake_id, key)
            for intake_id, key in sorted(confirmed)
            if key not in reopened.answers.load(intake_id)
        ]
        report = verify(reopened)
        assert reopened.officers.all()[0].id == OFFICER

    print(f"{rounds} rounds, {len(confirmed)} confirmed saves (seed {seed})")  # noqa: T201
    assert rounds >= 10, f"only {rounds} rounds ran (seed {seed})"
    assert len(confirmed) > 0, f"no save returned in {rounds} rounds (seed {seed})"
    assert missing == [], f"{len(missing)} returned saves were lost (seed {seed})"
    assert report.ok, "\n".join(report.lines()) + f"\n(seed {seed})"
