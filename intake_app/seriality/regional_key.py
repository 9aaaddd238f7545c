"""The regional key: one random secret shared by the stations of a region, entered as text.

Why random and not a passphrase: anyone holding a token file could guess a passphrase offline
(the file names which key it was made under), and a region-wide passphrase is rarely strong.
A random 256-bit key cannot be guessed. The regional administrator makes one key
(`generate_regional_key`), prints or reads out its text form, and each station's administrator
types it in; a 24-bit checksum catches typing errors before a wrong key is used.

Text form: "RSK1-" and 14 groups of 4 characters from A-Z and 2-7 (RFC 4648 base32 of the key
and its checksum). The fingerprint, derived one-way from the key, lets two stations compare
keys by phone without saying the key; it is also written into every token file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from typing import Final

KEY_BYTES: Final = 32
CHECKSUM_BYTES: Final = 3
PREFIX: Final = "RSK1"
GROUP: Final = 4
TEXT_LENGTH: Final = (KEY_BYTES + CHECKSUM_BYTES) * 8 // 5  # 56 base32 characters

_FINGERPRINT_LABEL: Final = b"intake-app/seriality/key-fingerprint/v1"
_SEPARATORS = re.compile(r"[\s\-_.]")


class RegionalKeyError(ValueError):
    """The text entered is not a usable regional key; the message says what to do."""

    code = "seriality.regional_key"


@dataclass(frozen=True, slots=True)
class RegionalKey:
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise RegionalKeyError(f"A regional key is {KEY_BYTES} bytes.")

    def __repr__(self) -> str:  # never show the secret, not even in a traceback
        return f"RegionalKey(fingerprint={self.fingerprint!r})"

    @property
    def fingerprint(self) -> str:
        digest = hmac.new(self.secret, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()
        return "-".join(digest[i : i + 4] for i in range(0, 16, 4))

    def subkey(self, label: bytes) -> bytes:
        """A separate key per use (tokens, file seal), so no output of one helps with another."""
        return hmac.new(self.secret, label, hashlib.sha256).digest()

    def as_text(self) -> str:
        checksum = hashlib.sha256(self.secret).digest()[:CHECKSUM_BYTES]
        body = base64.b32encode(self.secret + checksum).decode("ascii")
        groups = [body[i : i + GROUP] for i in range(0, len(body), GROUP)]
        return "-".join([PREFIX, *groups])


def generate_regional_key() -> RegionalKey:
    return RegionalKey(secrets.token_bytes(KEY_BYTES))


def parse_regional_key(text: str) -> RegionalKey:
    """The key from its text form; spaces, dashes and case do not matter."""
    compact = _SEPARATORS.sub("", text).upper()
    compact = compact.removeprefix(PREFIX)
    if len(compact) != TEXT_LENGTH:
        raise RegionalKeyError(
            f"A regional key has {TEXT_LENGTH} letters and digits after {PREFIX} "
            f"({TEXT_LENGTH // GROUP} groups of {GROUP}); this text has {len(compact)}. "
            "Copy it again from the key sheet of the regional administrator."
        )
    try:
        decoded = base64.b32decode(compact)
    except binascii.Error:
        raise RegionalKeyError(
            "A regional key uses only the letters A-Z and the digits 2-7 (never 0, 1, 8 or 9). "
            "Check each group against the key sheet: 0 is the letter O, 1 the letter I or L."
        ) from None
    secret, checksum = decoded[:KEY_BYTES], decoded[KEY_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(secret).digest()[:CHECKSUM_BYTES], checksum):
        raise RegionalKeyError(
            "This regional key has a typing error (its checksum does not match). "
            "Check each group against the key sheet of the regional administrator."
        )
    return RegionalKey(secret)
