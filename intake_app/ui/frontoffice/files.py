"""Writing a package into the folder the officer chose: a fresh name, never over a file."""

from __future__ import annotations

from pathlib import Path

from intake_app.atomic_write import write_atomically


def fresh_path(folder: Path, stem: str, suffix: str) -> Path:
    """`stem` + suffix in `folder`, numbered when taken. Names carry no reference or person:
    a share or a USB stick is seen by more people than the package's receiver."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    path = fresh_path(folder.expanduser().resolve(), stem, suffix)
    write_atomically(path, data)
    return path
