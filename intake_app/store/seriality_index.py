"""This station's stored identifiers as a seriality index (R7), and the mapping from the
seriality room's normalised identifiers to stored ones. The domain knows nothing of the store;
the store adapts to the domain's small protocol.
"""

from __future__ import annotations

from intake_app.seriality.identifier import MatchKey, NormalisedIdentifier
from intake_app.seriality.matching import IntakeRef
from intake_app.store.records import NewIdentifier
from intake_app.store.store import Store


def to_stored(identifier: NormalisedIdentifier) -> NewIdentifier:
    """Stored under its match family (handles per platform), so look-ups use the index."""
    return NewIdentifier(
        kind=identifier.family,
        raw=identifier.raw,
        normalised=identifier.normalised,
        verified=identifier.verified,
    )


class StoreIdentifierIndex:
    """`lookup(match_key)` over this station's intakes; training intakes match only in training."""

    def __init__(self, store: Store, include_training: bool = False) -> None:
        self._store = store
        self._include_training = include_training

    def lookup(self, key: MatchKey) -> list[IntakeRef]:
        found = self._store.identifiers.intakes_with(
            key.family, key.normalised, self._include_training
        )
        return [IntakeRef(created.astimezone().date(), reference) for reference, created in found]
