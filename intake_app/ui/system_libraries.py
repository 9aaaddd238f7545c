"""Check, before Qt loads, that the system libraries its platform plugin needs are there.

Without this a missing library shows as Qt's "could not load the Qt platform plugin ... even
though it was found", which sends people reinstalling the app instead of one apt package.
This module must not import Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Shared library -> Debian/Ubuntu package, for every Qt platform (offscreen included).
CORE_LIBRARIES: Mapping[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
}

# Extra libraries of the X11 (xcb) platform plugin, the usual one on a Linux desktop.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def chosen_platform(environ: Mapping[str, str]) -> str:
    """The Qt platform plugin Qt will pick, as far as the environment tells."""
    explicit = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if explicit:
        return explicit
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return ""


def qt_startup_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """A message saying exactly what to do when Qt cannot start here, or None when it can."""
    if not platform.startswith("linux"):
        return None  # the wheels carry everything Qt needs on Windows and macOS
    env = os.environ if environ is None else environ
    qt_platform = chosen_platform(env)
    if not qt_platform:
        return (
            "Er is geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet).\n"
            "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Start the app from a "
            "desktop session; for a headless run set QT_QPA_PLATFORM=offscreen."
        )
    needed = dict(CORE_LIBRARIES)
    if qt_platform == "xcb":
        needed.update(XCB_LIBRARIES)
    missing = {soname: package for soname, package in needed.items() if not loads(soname)}
    if not missing:
        return None
    packages = " ".join(sorted(set(missing.values())))
    return (
        "Qt kan niet starten: systeembibliotheken ontbreken.\n"
        f"Qt cannot start ({qt_platform} platform): missing system libraries "
        f"{', '.join(sorted(missing))}.\n"
        "Install them with:\n"
        f"    sudo apt-get install {packages}\n"
        "(Debian/Ubuntu package names; on other distributions install the packages that "
        "provide these files.)"
    )
