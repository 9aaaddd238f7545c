"""The recovery key: 130 random bits shown once as seven groups of four readable characters.

Crockford base32 avoids look-alike letters (no I, L, O, U) and forgives them when typed back;
two check characters catch a mistyped group before any key is tried, so "you typed it wrong"
and "this key belongs to another store" get different messages.
"""

from __future__ import annotations

import hashlib
import secrets

from intake_app.vault.errors import MistypedRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPED_ALIKE = {"O": "0", "I": "1", "L": "1"}
DATA_CHARS = 26  # 26 x 5 = 130 bits of entropy
CHECK_CHARS = 2
GROUP_SIZE = 4
SECRET_BYTES = 17  # 130 bits fit in 17 bytes
TOTAL_CHARS = DATA_CHARS + CHECK_CHARS
GROUPS = TOTAL_CHARS // GROUP_SIZE


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def _check_chars(data: str) -> str:
    digest = hashlib.sha256(data.encode("ascii")).digest()
    return _encode(int.from_bytes(digest[:2], "big") >> 6, CHECK_CHARS)  # 10 bits


def _format(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def new_recovery_key() -> str:
    data = _encode(secrets.randbits(DATA_CHARS * 5), DATA_CHARS)
    return _format(data + _check_chars(data))


def recovery_secret(text: str) -> bytes:
    """The key's 130 bits as bytes; raises MistypedRecoveryKey (never echoing the text)."""
    compact = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    compact = "".join(_TYPED_ALIKE.get(ch, ch) for ch in compact)
    if len(compact) != TOTAL_CHARS:
        raise MistypedRecoveryKey(
            f"er staan {len(compact)} tekens, het moeten er {TOTAL_CHARS} zijn"
        )
    if any(ch not in ALPHABET for ch in compact):
        raise MistypedRecoveryKey("er staat een teken in dat in geen herstelsleutel voorkomt")
    data, check = compact[:DATA_CHARS], compact[DATA_CHARS:]
    if not secrets.compare_digest(_check_chars(data), check):
        raise MistypedRecoveryKey("de controletekens kloppen niet; vergelijk elke groep nog eens")
    value = 0
    for ch in data:
        value = value * 32 + ALPHABET.index(ch)
    return value.to_bytes(SECRET_BYTES, "big")
