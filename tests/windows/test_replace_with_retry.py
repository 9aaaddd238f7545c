"""The rename over the old file survives a virus scanner holding it for a moment (Windows)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from intake_app import atomic_write
from intake_app.atomic_write import replace_with_retry


class WindowsOs:
    """The os module as atomic_write sees it on Windows: os.name == "nt". Only the module's
    own reference is swapped, so pathlib and pytest keep working with POSIX paths."""

    name = "nt"

    def __getattr__(self, attribute: str) -> object:
        return getattr(os, attribute)


class HeldByScanner:
    """Path.replace failing with a sharing violation the first `times` calls."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.calls = 0
        self.real = Path.replace

    def method(self) -> Callable[[Path, Path], Path]:
        return lambda source, target: self(source, target)

    def __call__(self, source: Path, target: Path) -> Path:
        self.calls += 1
        if self.calls <= self.times:
            raise PermissionError(13, "The process cannot access the file", str(target))
        return self.real(source, target)


def test_on_windows_the_rename_is_retried_with_growing_pauses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanner = HeldByScanner(times=6)
    monkeypatch.setattr(Path, "replace", scanner.method())
    monkeypatch.setattr(atomic_write, "os", WindowsOs())
    pauses: list[float] = []
    source, target = tmp_path / "backup.partial", tmp_path / "backup.intake"
    source.write_bytes(b"archive")

    replace_with_retry(source, target, sleep=pauses.append)

    assert target.read_bytes() == b"archive"
    assert pauses == [0.05, 0.1, 0.2, 0.4, 0.8, 1.0]  # about 2.5 s: enough for a scan


def test_on_windows_it_gives_up_after_about_six_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "replace", HeldByScanner(times=100).method())
    monkeypatch.setattr(atomic_write, "os", WindowsOs())
    pauses: list[float] = []
    with pytest.raises(PermissionError):
        replace_with_retry(tmp_path / "a", tmp_path / "b", sleep=pauses.append)
    assert len(pauses) == 9 and 5 < sum(pauses) < 7


def test_elsewhere_a_permission_error_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanner = HeldByScanner(times=1)
    monkeypatch.setattr(Path, "replace", scanner.method())
    with pytest.raises(PermissionError):
        replace_with_retry(tmp_path / "a", tmp_path / "b", sleep=lambda _: None)
    assert scanner.calls == 1


def test_the_backup_uses_the_retrying_rename() -> None:
    from intake_app.store import backup

    assert vars(backup)["replace_with_retry"] is atomic_write.replace_with_retry
