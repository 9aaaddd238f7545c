"""Replace a small file so that a crash leaves either the old or the new content, never half.

The pattern Electrum uses for its wallet file: a temporary file in the same folder, created
private (0600) before any byte is written, flushed and fsynced, moved over the old one with
os.replace, and the folder fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

# On Windows a virus scanner or indexer briefly holding the target makes os.replace fail.
_REPLACE_ATTEMPTS = 5
_REPLACE_PAUSE_SECONDS = 0.1


def _replace(source: str, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            Path(source).replace(target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_SECONDS)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(path: Path, content: bytes) -> None:
    # mkstemp opens with O_EXCL and mode 0600: private from the first moment.
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
