"""Possible matches across kinds (R7): keys of other kinds to look up, found as hints only."""

from __future__ import annotations

from datetime import date

from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.matching import IntakeRef, MemoryIndex, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.seriality.possible import find_possible_matches, possible_keys

EARLIER = IntakeRef(date(2026, 3, 2), "ZD-2026-0012")
OTHER = IntakeRef(date(2026, 4, 2), "ZD-2026-0044")


def test_a_phone_number_typed_as_a_username_may_be_the_phone_number() -> None:
    assert MatchKey("phone", "+31612345678") in possible_keys(normalise("username", "0612345678"))


def test_a_phone_number_may_have_been_typed_as_a_username_in_any_spelling() -> None:
    keys = possible_keys(normalise("phone", "06-12345678"))
    for spelling in ("+31612345678", "31612345678", "0612345678"):
        assert MatchKey("username", spelling) in keys


def test_a_name_without_platform_may_be_that_name_on_any_platform() -> None:
    keys = possible_keys(normalise("username", "Fictief_99"))
    assert MatchKey("handle:instagram", "fictief_99") in keys
    assert MatchKey("handle:snapchat", "fictief_99") in keys
    assert MatchKey("username", "fictief_99") not in keys  # that is the exact match itself


def test_a_name_on_a_platform_is_not_hinted_at_on_another_platform() -> None:
    keys = possible_keys(normalise("handle", "fictief_99", "instagram"))
    assert set(keys) == {MatchKey("username", "fictief_99"), MatchKey("handle:other", "fictief_99")}


def test_what_links_nothing_hints_at_nothing() -> None:
    assert possible_keys(normalise("username", "geen idee")) == []
    assert possible_keys(normalise("url", "https://www.snapchat.com/t/AbCd1234")) == []


def test_hints_leave_out_exact_matches_and_the_intake_itself() -> None:
    index = MemoryIndex(
        [
            (MatchKey("phone", "+31612345678"), EARLIER),
            (MatchKey("phone", "+31612345678"), OTHER),
            (MatchKey("phone", "+31612345678"), IntakeRef(date(2026, 5, 1), "ZD-2026-0100")),
            (MatchKey("username", "0612345678"), OTHER),
        ]
    )
    typed = normalise("username", "0612345678")
    exact = find_matches(typed, [index], "ZD-2026-0100")

    hints = find_possible_matches([typed], [index], "ZD-2026-0100", exact)

    assert exact == [OTHER]
    assert hints == [EARLIER]
