"""Facts about the SQLCipher library the store runs on."""

from __future__ import annotations

import sqlcipher3


def cipher_version() -> str:
    """The SQLCipher version compiled into sqlcipher3, e.g. '4.6.1 community'."""
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    if not row or not row[0]:
        raise RuntimeError("sqlcipher3 is not linked against SQLCipher: the store cannot encrypt")
    return str(row[0])
