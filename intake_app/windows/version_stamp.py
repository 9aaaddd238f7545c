"""Windows' version resource (Explorer's file properties, Inno Setup's VersionInfoVersion)
takes four numbers; a pre-release such as 0.2.0rc1 is stamped 0.2.0.0 instead of failing
the build. The full version stays in the text fields (FileVersion, ProductVersion)."""

from __future__ import annotations

import re


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """0.2.0rc1 -> (0, 2, 0, 0); 1.4 -> (1, 4, 0, 0); 2.0.1.dev3 -> (2, 0, 1, 0)."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    major, minor, patch = (int(group or 0) for group in match.groups())
    return major, minor, patch, 0


def numeric_version_text(version: str) -> str:
    return ".".join(str(number) for number in numeric_version(version))
