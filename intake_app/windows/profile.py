"""Temporary and mandatory Windows profiles: everything in them is thrown away at logoff.

A store (and a Credential Manager entry) made in such a profile would vanish with the intake
in it, so the single-user model refuses to start there and says why. userenv's GetProfileType
is the documented way to ask.
"""

from __future__ import annotations

import ctypes
import sys

PT_TEMPORARY = 0x1
PT_ROAMING = 0x2
PT_MANDATORY = 0x4


class UnsuitableProfile(Exception):
    code = "windows.unsuitable_profile"

    def __init__(self, kind: str) -> None:
        self.kind = kind  # "temporary" or "mandatory"
        label = "tijdelijk" if kind == "temporary" else "verplicht (mandatory)"
        super().__init__(
            f"Dit Windows-profiel is {label}: alles wat erin staat verdwijnt bij afmelden, ook "
            "de intakegegevens. Meld u af en aan met een gewoon profiel, of laat de beheerder "
            "de gedeelde opslag van dit werkstation installeren (docs/installing.md). / This "
            f"Windows profile is {kind}: its files are deleted at sign-out, so the app refuses "
            "to keep intakes in it."
        )


def profile_problem(flags: int) -> str | None:
    """'temporary', 'mandatory' or None for GetProfileType's flags."""
    if flags & PT_TEMPORARY:
        return "temporary"
    if flags & PT_MANDATORY:
        return "mandatory"
    return None


def profile_type() -> int | None:
    """GetProfileType's flags; None off Windows or when Windows does not say."""
    if sys.platform == "win32":
        from ctypes import wintypes

        userenv = ctypes.WinDLL("userenv", use_last_error=True)
        get_profile_type = userenv.GetProfileType
        get_profile_type.argtypes = [ctypes.POINTER(wintypes.DWORD)]
        get_profile_type.restype = wintypes.BOOL
        flags = wintypes.DWORD(0)
        if not get_profile_type(ctypes.byref(flags)):
            return None
        return int(flags.value)
    else:
        return None


def refuse_unsuitable_profile(flags: int | None = None) -> None:
    """Raises UnsuitableProfile in a temporary or mandatory profile."""
    if flags is None:
        flags = profile_type()
    problem = None if flags is None else profile_problem(flags)
    if problem is not None:
        raise UnsuitableProfile(problem)
