"""DPAPI with machine scope, through pywin32's win32crypt (a maintained binding).

CRYPTPROTECT_LOCAL_MACHINE binds a blob to this laptop, not to one Windows account: every
officer's account can unprotect it, and a copy of the disk taken elsewhere cannot. Who may
read the blob at all is the shared store folder's ACL (folder_acl.py). A TPM-backed key
(CNG, Microsoft Platform Crypto Provider) is the later step.
"""

from __future__ import annotations

import sys

CRYPTPROTECT_UI_FORBIDDEN = 0x1
CRYPTPROTECT_LOCAL_MACHINE = 0x4
# Tells the blob apart from other programs' machine-scope blobs (not a secret).
ENTROPY = b"intake-app installation secret v1"


class DpapiUnavailable(Exception):
    """Not on Windows, or pywin32 missing: the caller falls back to reduced protection."""


def protect_for_machine(secret: bytes) -> bytes:
    if sys.platform == "win32":
        try:
            import win32crypt
        except ImportError:
            raise DpapiUnavailable("pywin32 (win32crypt) is not installed") from None
        return win32crypt.CryptProtectData(
            secret,
            "intake-app",
            ENTROPY,
            None,
            None,
            CRYPTPROTECT_LOCAL_MACHINE | CRYPTPROTECT_UI_FORBIDDEN,
        )
    else:
        raise DpapiUnavailable("DPAPI exists on Windows only")


def unprotect(blob: bytes) -> bytes:
    if sys.platform == "win32":
        try:
            import win32crypt
        except ImportError:
            raise DpapiUnavailable("pywin32 (win32crypt) is not installed") from None
        _description, secret = win32crypt.CryptUnprotectData(
            blob, ENTROPY, None, None, CRYPTPROTECT_UI_FORBIDDEN
        )
        return secret
    else:
        raise DpapiUnavailable("DPAPI exists on Windows only")
