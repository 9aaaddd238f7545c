"""Replace a small file so that a crash leaves either the old or the new content, never half.

The pattern Electrum uses for its wallet file: a temporary file in the same folder, created
private (0600) before any byte is written, flushed and fsynced, moved over the old one with
os.replace, and the folder fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# On Windows a virus scanner or indexer opening the new file (a backup of hundreds of MB is
# scanned for seconds) makes the rename fail with a sharing violation: retry with a growing
# pause, about 6 s in all, before giving up.
_REPLACE_ATTEMPTS = 10
_FIRST_PAUSE_SECONDS = 0.05
_LONGEST_PAUSE_SECONDS = 1.0


def replace_with_retry(
    source: Path, target: Path, sleep: Callable[[float], None] = time.sleep
) -> None:
    """os.replace, retried on Windows while another program briefly holds either file."""
    pause = _FIRST_PAUSE_SECONDS
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            source.replace(target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE_SECONDS)


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
        replace_with_retry(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
