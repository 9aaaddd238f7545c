"""Phone numbers to E.164 with `phonenumbers`, so every way of typing one number matches (R7).

06-12345678, +31 6 1234 5678, 0031612345678 and 0612345678 are all +31612345678: the default
region is NL, so a number without a country code is read as Dutch.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text

DEFAULT_REGION: Final = "NL"
# Fewer digits than this identify no one: "06" or "06-12" is the start of millions of numbers.
MIN_LINKING_DIGITS: Final = 6

_NOT_PHONE_TEXT = re.compile(r"[^0-9+]")


def _parsed(text: str) -> phonenumbers.PhoneNumber | None:
    """The number when the whole text is one; text with letters is left to `_found_in`,
    because the parser reads letters as a keypad ("06-123ABCDE" would become a valid number)."""
    if any(ch.isalpha() for ch in text):
        return None
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def _found_in(text: str) -> phonenumbers.PhoneNumber | None:
    """The one valid number written in free text ("06-12345678 (na 18 uur)"), if exactly one.

    Two numbers in one field are not guessed between: the text is kept unverified.
    """
    found = [match.number for match in phonenumbers.PhoneNumberMatcher(text, DEFAULT_REGION)]
    return found[0] if len(found) == 1 else None


def normalise_phone(raw: str, *, entered_as: str = "phone") -> NormalisedIdentifier:
    text = clean_text(raw)
    number = _parsed(text) or _found_in(text)
    if number is not None:
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        # A possible but not valid number (a new range, a digit missing) still gets its E.164
        # form, so the same typing in two intakes matches; it is only not called verified.
        valid = phonenumbers.is_valid_number(number)
        return NormalisedIdentifier(
            "phone",
            raw,
            e164,
            valid,
            entered_as=entered_as,
            links=valid or sum(ch.isdigit() for ch in text) >= MIN_LINKING_DIGITS,
        )
    # Not a phone number we can read: keep the digits (and a leading +) so that spacing and
    # dashes still do not matter, or the cleaned text if it has no digits at all.
    digits = _NOT_PHONE_TEXT.sub("", text)
    digits = digits[:1] + digits[1:].replace("+", "")
    digit_count = sum(ch.isdigit() for ch in digits)
    # Text without a digit ("Anoniem", "belt met verborgen nummer") names no number, and a few
    # digits ("06", "06-12": what the victim remembers of it) name too many: kept, but they
    # link nothing. Unreadable text with more digits still matches the same text elsewhere.
    return NormalisedIdentifier(
        "phone",
        raw,
        digits if digit_count else text,
        False,
        entered_as=entered_as,
        links=digit_count >= MIN_LINKING_DIGITS,
    )
