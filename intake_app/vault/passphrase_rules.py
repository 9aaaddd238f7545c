"""What a new passphrase must be, checked before anything is derived or written.

Length alone lets `wachtwoord123` and `Welkom01!!` through; zxcvbn estimates how many guesses
a passphrase takes against dictionaries of common passwords, names and patterns, here with
Dutch common words and the officer's own code and name (and the station's name) added.
Without a credential store a copied data folder is attacked offline at one Argon2id
computation per guess, so the bar is zxcvbn's top score: at least 10^10 guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zxcvbn import zxcvbn

from intake_app.vault.dutch_words import DUTCH_COMMON_WORDS
from intake_app.vault.errors import WeakPassphrase
from intake_app.vault.kdf import normalize_passphrase

MIN_LENGTH = 10
MAX_LENGTH = 1024
MIN_GUESSES_LOG10 = 10  # zxcvbn's score 4
# zxcvbn's cost grows with length; the estimate for the first part is what matters.
_ESTIMATE_CHARACTERS = 100

ADVICE = (
    "kies vier of vijf losse woorden die niets met elkaar, met u of met het bureau te maken "
    "hebben, bijvoorbeeld 'lamp wolk tegel harp boek' (niet dit voorbeeld); cijfers of "
    "leestekens aan een bekend woord toevoegen helpt nauwelijks"
)


def _context_words(context: Iterable[str]) -> list[str]:
    words: list[str] = []
    for item in context:
        words.append(item.lower())
        words.extend(part for part in re.split(r"[\W_]+", item.lower()) if len(part) >= 3)
    return words


def check_new_passphrase(passphrase: str, context: Iterable[str] = ()) -> None:
    """Raises WeakPassphrase with a Dutch reason and advice. `context`: the officer's code
    and name, the station's name: words an attacker tries first."""
    text = normalize_passphrase(passphrase)
    if len(text.strip()) < MIN_LENGTH:
        raise WeakPassphrase(
            f"ze is te kort; gebruik minstens {MIN_LENGTH} tekens. Beter: {ADVICE}"
        )
    if len(text) > MAX_LENGTH:
        raise WeakPassphrase(f"ze is langer dan {MAX_LENGTH} tekens")
    if len(set(text)) < 3:
        raise WeakPassphrase(f"ze bestaat uit steeds hetzelfde teken. Beter: {ADVICE}")
    inputs = [*DUTCH_COMMON_WORDS, *_context_words(context)]
    head = text[:_ESTIMATE_CHARACTERS]
    # zxcvbn counts each space as a random character; an attacker joins words either way.
    variants = {head, re.sub(r"\s+", "", head)}
    guesses = min(float(zxcvbn(v, user_inputs=inputs)["guesses_log10"]) for v in variants if v)
    if guesses < MIN_GUESSES_LOG10:
        raise WeakPassphrase(f"ze is te makkelijk te raden. Beter: {ADVICE}")
