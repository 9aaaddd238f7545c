"""R7: every entry of resources/seriality/placeholders.txt links nothing, in any case and spacing.

What a phone shows for a hidden number ("Anoniem", "Privénummer") and what an officer types for
"don't know" ("geen idee") appear in many intakes; matched, they would invent a series.
"""

from __future__ import annotations

import pytest

from intake_app.paths import resource_path
from intake_app.seriality.identifier import PLACEHOLDER_FILE, is_placeholder
from intake_app.seriality.normalise import normalise


def _entries() -> list[str]:
    lines = resource_path(*PLACEHOLDER_FILE).read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


ENTRIES = _entries()


def _variants(entry: str) -> list[str]:
    spaced = "  ".join(entry.split(" "))
    return [entry, entry.upper(), entry.title(), f"  {spaced}  ", f"({entry})", f'"{entry}".']


def test_the_list_holds_the_labels_the_issue_names() -> None:
    for label in ("anoniem", "privénummer", "onbekend nummer", "geen idee", "weet ik niet"):
        assert label in ENTRIES


@pytest.mark.parametrize("entry", ENTRIES)
def test_each_entry_links_nothing_in_any_case_and_spacing(entry: str) -> None:
    for typed in _variants(entry):
        assert is_placeholder(typed), typed
        for kind, platform in (("username", None), ("handle", "instagram"), ("email", None)):
            assert normalise(kind, typed, platform).key is None, (kind, typed)


@pytest.mark.parametrize("typed", ["prive nummer", "PRIVE-NUMMER", "Privé-nummer", "don’t know"])
def test_accents_hyphens_and_curly_apostrophes_do_not_matter(typed: str) -> None:
    assert is_placeholder(typed.replace("-", " ")) or is_placeholder(typed)


@pytest.mark.parametrize("typed", ["-", "--", "?", "???", "...", "  ", "", "…"])
def test_punctuation_alone_links_nothing(typed: str) -> None:
    assert normalise("username", typed).key is None


@pytest.mark.parametrize("typed", ["anoniem123", "jan_onbekend", "geenidee_nl", "privé.jan"])
def test_a_name_that_only_contains_a_placeholder_word_still_links(typed: str) -> None:
    assert normalise("username", typed).key is not None


def test_a_phone_value_without_digits_links_nothing() -> None:
    assert normalise("phone", "verborgen").key is None
    assert normalise("phone", "Fictief Nummer").key is None
    assert normalise("phone", "06-12345678").key == "+31612345678"


def test_no_entry_holds_a_digit_or_is_longer_than_the_quick_check_allows() -> None:
    # is_placeholder refuses text with a digit or longer than this without looking it up.
    from intake_app.seriality.identifier import _LONGEST_PLACEHOLDER

    for entry in ENTRIES:
        assert not any(ch.isdigit() for ch in entry), entry
        assert len(entry.replace(" ", "")) + 4 <= _LONGEST_PLACEHOLDER, entry
