"""The store answers the seriality room's index protocol (R7)."""

from __future__ import annotations

from intake_app.seriality.matching import IdentifierIndex, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.store.seriality_index import StoreIdentifierIndex, to_stored
from intake_app.store.store import Store
from tests.store.conftest import OFFICER


def test_other_intakes_with_the_same_phone_number_are_found(store: Store) -> None:
    first = store.intakes.create(OFFICER)
    second = store.intakes.create(OFFICER)
    training = store.intakes.create(OFFICER, is_training=True)
    for intake, typed in (
        (first, "06-12345678"),
        (second, "+31 6 1234 5678"),
        (training, "0612345678"),
    ):
        store.identifiers.replace(
            intake.id, "suspects#1.phone", [to_stored(normalise("phone", typed))], OFFICER
        )
    index: IdentifierIndex = StoreIdentifierIndex(store)

    matches = find_matches(normalise("phone", "0612345678"), [index], second.reference)

    assert [match.reference for match in matches] == [first.reference]
    assert matches[0].station is None


def test_a_handle_matches_only_on_the_same_platform(store: Store) -> None:
    first = store.intakes.create(OFFICER)
    second = store.intakes.create(OFFICER)
    store.identifiers.replace(
        first.id,
        "suspects#1.handle",
        [to_stored(normalise("handle", "@fictief_account", platform="instagram"))],
        OFFICER,
    )

    same = normalise("handle", "@fictief_account", platform="instagram")
    other = normalise("handle", "@fictief_account", platform="snapchat")
    index = StoreIdentifierIndex(store)

    assert [m.reference for m in find_matches(same, [index], second.reference)] == [first.reference]
    assert find_matches(other, [index], second.reference) == []
