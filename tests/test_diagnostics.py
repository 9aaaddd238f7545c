"""The crash log and the event log: causes kept, personal data never; shown by the self-test,
trimmed by retention."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app import diagnostics
from intake_app.selftest import check_logs

ROOT = Path(__file__).resolve().parents[1]
CANARY = "CANARY-crash-5f1e0a"


def _run(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    program = "from pathlib import Path\nfrom intake_app import diagnostics\n" + (
        f"diagnostics.install_crash_log(Path({str(folder)!r}))\n{code}"
    )
    return subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def test_an_uncaught_exception_leaves_its_type_and_place_not_its_message(tmp_path: Path) -> None:
    result = _run(f"def save(answer):\n    raise KeyError(answer)\nsave({CANARY!r})\n", tmp_path)

    assert result.returncode != 0
    log = (tmp_path / diagnostics.CRASH_LOG).read_text(encoding="utf-8")
    assert "unhandled builtins.KeyError at <string>:5 in save < <string>:6 in <module>" in log
    assert CANARY not in log


def test_a_hard_crash_leaves_a_stack_trace(tmp_path: Path) -> None:
    result = _run(f"answer = {CANARY!r}\nimport faulthandler\nfaulthandler._sigsegv()\n", tmp_path)

    assert result.returncode != 0
    log = (tmp_path / diagnostics.CRASH_LOG).read_text(encoding="utf-8")
    assert "Fatal Python error" in log and "<module>" in log
    assert CANARY not in log


def test_events_name_what_happened_without_values(tmp_path: Path) -> None:
    diagnostics.log_event(tmp_path, "migration", {"from": "0004", "to": "0005", "n": 3})

    (line,) = (tmp_path / diagnostics.EVENT_LOG).read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["event"] == "migration"
    assert (tmp_path / diagnostics.EVENT_LOG).stat().st_mode & 0o077 == 0


def test_opening_an_old_store_logs_the_migration(tmp_path: Path) -> None:
    import shutil

    from intake_app.session import open_session
    from intake_app.vault import KdfParams

    folder = tmp_path / "old"
    shutil.copytree(ROOT / "tests" / "store" / "fixtures" / "schema_0004" / "data", folder)
    session = open_session(
        folder, "beheer01", "paarse olifant danst zacht", False, kdf=KdfParams(1, 8, 1)
    )
    session.close()

    events = [
        json.loads(line)
        for line in (folder / diagnostics.EVENT_LOG).read_text(encoding="utf-8").splitlines()
    ]
    assert [e["event"] for e in events][:2] == ["migration", "opened"]
    assert events[0]["from"] == "0004_seriality_tokens"


def test_retention_removes_old_events_and_an_old_crash_log(tmp_path: Path) -> None:
    diagnostics.log_event(tmp_path, "opened")
    crash = tmp_path / diagnostics.CRASH_LOG
    crash.write_text("2020-01-01 unhandled builtins.KeyError at x.py:1 in f\n", encoding="utf-8")
    long_ago = (datetime.now(UTC) - timedelta(days=200)).timestamp()
    os.utime(crash, (long_ago, long_ago))

    diagnostics.apply_retention(tmp_path, 90, now=datetime.now(UTC) + timedelta(days=91))

    assert not crash.exists()
    assert (tmp_path / diagnostics.EVENT_LOG).read_text(encoding="utf-8") == ""


def test_the_self_test_shows_the_logs_and_passes_without_a_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTAKE_APP_DATA_DIR", str(tmp_path / "nowhere"))
    assert check_logs().status == "OK"
    assert not (tmp_path / "nowhere").exists()

    diagnostics.log_event(tmp_path, "opened", {"schema": "0005"})
    assert check_logs(tmp_path).status == "OK"
    (tmp_path / diagnostics.CRASH_LOG).write_text("x unhandled builtins.KeyError\n", "utf-8")
    result = check_logs(tmp_path)
    assert result.status == "LET OP"
    assert any("KeyError" in line for line in result.details)
