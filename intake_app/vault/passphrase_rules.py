"""What a new passphrase must be, checked before anything is derived or written."""

from __future__ import annotations

from intake_app.vault.errors import WeakPassphrase
from intake_app.vault.kdf import normalize_passphrase

MIN_LENGTH = 10
MAX_LENGTH = 1024


def check_new_passphrase(passphrase: str) -> None:
    text = normalize_passphrase(passphrase)
    if len(text.strip()) < MIN_LENGTH:
        raise WeakPassphrase(
            f"ze is te kort; gebruik minstens {MIN_LENGTH} tekens, bijvoorbeeld drie of vier "
            "losse woorden"
        )
    if len(text) > MAX_LENGTH:
        raise WeakPassphrase(f"ze is langer dan {MAX_LENGTH} tekens")
    if len(set(text)) < 3:
        raise WeakPassphrase("ze bestaat uit steeds hetzelfde teken; kies een paar losse woorden")
