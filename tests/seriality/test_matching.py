"""R7: matching a new identifier against other intakes through an abstract index."""

from __future__ import annotations

from datetime import date

from intake_app.seriality.matching import (
    IntakeRef,
    MemoryIndex,
    find_matches,
    intakes_matching_any,
)
from intake_app.seriality.normalise import normalise

EARLIER = IntakeRef(date(2026, 3, 2), "BT-2026-0012")
LATER = IntakeRef(date(2026, 9, 14), "BT-2026-0201")
CURRENT = IntakeRef(date(2026, 11, 23), "BT-2026-0333")


def index_with(raw_phone: str, *intakes: IntakeRef) -> MemoryIndex:
    key = normalise("phone", raw_phone).match_key
    return MemoryIndex((key, intake) for intake in intakes)


def test_an_identifier_typed_differently_in_another_intake_is_found() -> None:
    index = index_with("06-12345678", LATER, EARLIER)
    found = find_matches(normalise("phone", "+31 6 1234 5678"), [index], CURRENT.reference)
    assert found == [EARLIER, LATER]  # oldest first


def test_the_intake_being_recorded_is_not_its_own_match() -> None:
    index = index_with("0612345678", CURRENT, EARLIER)
    assert find_matches(normalise("phone", "0612345678"), [index], CURRENT.reference) == [EARLIER]


def test_another_stations_intake_with_the_same_reference_is_a_match() -> None:
    elsewhere = IntakeRef(date(2026, 5, 1), CURRENT.reference, station="Bureau Fictief-Noord")
    index = index_with("0612345678", elsewhere)
    found = find_matches(normalise("phone", "0612345678"), [index], CURRENT.reference)
    assert found == [elsewhere]


def test_an_intake_found_twice_is_listed_once() -> None:
    first, second = index_with("0612345678", EARLIER), index_with("0612345678", EARLIER)
    found = find_matches(normalise("phone", "0612345678"), [first, second], CURRENT.reference)
    assert found == [EARLIER]


def test_a_whatsapp_link_finds_the_number_typed_in_another_intake() -> None:
    index = index_with("06 12 34 56 78", EARLIER)
    link = normalise("url", "https://wa.me/31612345678")
    assert find_matches(link, [index], CURRENT.reference) == [EARLIER]


def test_a_near_miss_finds_nothing() -> None:
    index = index_with("0612345678", EARLIER)
    assert find_matches(normalise("phone", "0612345679"), [index], CURRENT.reference) == []


def test_placeholders_never_link_intakes() -> None:
    placeholder = normalise("handle", "onbekend", "instagram")
    index = MemoryIndex([(placeholder.match_key, EARLIER)])
    assert find_matches(placeholder, [index], CURRENT.reference) == []


def test_every_intake_sharing_any_identifier() -> None:
    phone = normalise("phone", "0612345678")
    handle = normalise("handle", "@fictief_99", "snapchat")
    index = MemoryIndex([(phone.match_key, EARLIER), (handle.match_key, LATER)])
    other = normalise("email", "niemand@fictief.nl")
    found = intakes_matching_any([phone, handle, other], [index], CURRENT.reference)
    assert found == [EARLIER, LATER]


def test_a_local_and_another_stations_intake_with_the_same_reference_sort_together() -> None:
    # References repeat between stations: "2026-0001" exists at each one (R7).
    day = date(2026, 3, 2)
    local, other = IntakeRef(day, "2026-0001"), IntakeRef(day, "2026-0001", "Bureau Fictief-Zuid")

    assert sorted({other, local}) == [local, other]
    assert local < other and not other < local and other > local
