"""A crash log and an event log in the data folder, neither holding personal data.

- crash.log: `faulthandler` writes each thread's stack there when the process dies hard
  (a segfault in Qt or SQLCipher): file names, line numbers and function names only. An
  uncaught Python exception adds one line: its type and where it was raised, never its
  message or any value (a message may carry an answer).
- events.log: one JSON line per event (store opened or refused and why, in use elsewhere, a
  migration run, crash log installed), with only counts, codes and revision names.

A windowed build has no stderr, so without these a crash leaves nothing to go on. Both are
shown by `intake-app --self-test` and trimmed by retention like completed intakes.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import sys
import threading
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

CRASH_LOG = "crash.log"
EVENT_LOG = "events.log"
MAX_LOG_BYTES = 512 * 1024  # a log past this is cut to its newer half
_FIELD_TEXT_LIMIT = 64  # codes and revision names only, never free text
_MAX_FRAMES = 30

EventValue = int | bool | str | None

_crash_stream: IO[str] | None = None
_crash_path: Path | None = None
_previous_hook = sys.excepthook  # chained to: the terminal's traceback
_hooks_before: tuple[Any, Any] | None = None  # restored by uninstall_crash_log


def _open_private(path: Path, mode: str = "a") -> IO[str]:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    return os.fdopen(descriptor, mode, encoding="utf-8")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _trim(path: Path) -> None:
    """Keep a log small: past its bound only the newer half stays (whole lines)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size <= MAX_LOG_BYTES:
            return
        data = path.read_bytes()[-MAX_LOG_BYTES // 2 :]
        data = data[data.find(b"\n") + 1 :]
        path.write_bytes(data)


def log_event(data_dir: Path, event: str, fields: Mapping[str, EventValue] | None = None) -> None:
    """One line in events.log; best effort (a full disk must not stop the app)."""
    clean: dict[str, EventValue] = {}
    for name, value in (fields or {}).items():
        if isinstance(value, str):
            value = value[:_FIELD_TEXT_LIMIT]
        clean[name] = value
    line = json.dumps({"at": _now(), "event": event, **clean}, ensure_ascii=True)
    with contextlib.suppress(OSError):
        path = data_dir / EVENT_LOG
        _trim(path)
        with _open_private(path) as stream:
            stream.write(line + "\n")


def describe_exception(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Type and code locations only: `module.Type at file.py:12 in func < file.py:40 in f`."""
    frames = traceback.extract_tb(tb)[-_MAX_FRAMES:]
    where = " < ".join(
        f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in reversed(frames)
    )
    return f"{kind.__module__}.{kind.__qualname__} at {where or '(unknown)'}"


def describe_location(problem: BaseException) -> str:
    """Short form for the event log: type and the innermost code location."""
    frames = traceback.extract_tb(problem.__traceback__)
    where = f"@{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(problem).__name__}{where}"


def _write_crash(line: str) -> None:
    if _crash_stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        _crash_stream.write(f"{_now()} {line}\n")
        _crash_stream.flush()


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    _write_crash(f"unhandled {describe_exception(kind, tb)}")
    _previous_hook(kind, value, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    _write_crash(f"unhandled in thread {describe_exception(args.exc_type, args.exc_traceback)}")


def install_crash_log(data_dir: Path) -> None:
    """faulthandler and the exception hooks write to data_dir/crash.log from now on."""
    global _crash_stream, _crash_path, _previous_hook, _hooks_before
    if _crash_stream is not None:
        return
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        _trim(data_dir / CRASH_LOG)
        stream = _open_private(data_dir / CRASH_LOG)
    except OSError:
        return
    _crash_stream, _crash_path = stream, data_dir / CRASH_LOG
    log_event(data_dir, "crash_log_installed", {"pid": os.getpid()})
    faulthandler.enable(file=stream, all_threads=True)
    _previous_hook = sys.excepthook  # chained to: the terminal's traceback
    _hooks_before = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook


def uninstall_crash_log() -> None:
    """For tests: back to Python's own handlers."""
    global _crash_stream, _crash_path
    if _crash_stream is None:
        return
    faulthandler.disable()
    if _hooks_before is not None:
        sys.excepthook, threading.excepthook = _hooks_before
    with contextlib.suppress(OSError):
        _crash_stream.close()
    _crash_stream, _crash_path = None, None


def apply_retention(data_dir: Path, days: int, now: datetime | None = None) -> None:
    """Events older than `days` are dropped; a crash log not written to for `days` goes."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    crash = data_dir / CRASH_LOG
    with contextlib.suppress(OSError):
        if crash.exists() and datetime.fromtimestamp(crash.stat().st_mtime, UTC) < cutoff:
            if _crash_stream is not None and _crash_path == crash:
                os.ftruncate(_crash_stream.fileno(), 0)  # still ours to write to: emptied
            else:
                crash.unlink()
    events = data_dir / EVENT_LOG
    with contextlib.suppress(OSError):
        if not events.exists():
            return
        kept = [line for line in events.read_text("utf-8").splitlines() if _newer(line, cutoff)]
        events.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")


def _newer(line: str, cutoff: datetime) -> bool:
    try:
        at: Any = json.loads(line).get("at")
        return bool(datetime.fromisoformat(at) >= cutoff)
    except (ValueError, TypeError, AttributeError):
        return False


def recent_lines(data_dir: Path, name: str, count: int = 5) -> list[str]:
    """The newest lines of a log, for the self-test report."""
    try:
        lines = (data_dir / name).read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[-count:]
