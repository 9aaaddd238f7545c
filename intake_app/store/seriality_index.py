"""This station's stored identifiers as a seriality index (R7), and the mapping from the
seriality room's normalised identifiers to stored ones. The domain knows nothing of the store;
the store adapts to the domain's small protocol.

Two answers are indexed: the suspects' identifiers (`suspects#N.identifiers`) and where the
images are (`image_locations`): a group or channel holding several victims' images is a series
as much as one phone number is (DOMAIN.md, seriality).
"""

from __future__ import annotations

import re
from typing import Final

from intake_app.seriality.identifier import MatchKey, NormalisedIdentifier
from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.normalise import normalise_answer
from intake_app.store.records import NewIdentifier
from intake_app.store.store import Store

IMAGE_LOCATIONS_KEY: Final = "image_locations"
_SUSPECT_IDENTIFIERS = re.compile(r"suspects#[0-9]+\.identifiers")
MAX_NORMALISED: Final = 512  # the column's width


def is_indexed_answer_key(key: str) -> bool:
    """True for the answers whose identifiers are matched across intakes (R7)."""
    return key == IMAGE_LOCATIONS_KEY or _SUSPECT_IDENTIFIERS.fullmatch(key) is not None


def to_stored(identifier: NormalisedIdentifier) -> NewIdentifier:
    """Stored under its match family (handles per platform), so look-ups use the index."""
    return NewIdentifier(
        kind=identifier.family,
        raw=identifier.raw,
        normalised=identifier.normalised,
        verified=identifier.verified,
    )


def stored_identifiers(answer: object) -> list[NewIdentifier]:
    """The rows an identifier_list answer is kept as: only what links something.

    Text that links nothing (placeholders, share links) is not stored: it could only ever match
    by mistake. A normalised form wider than the column (a pasted link of pages) cannot be
    indexed; it is left out rather than refusing the officer's answer.
    """
    return [
        to_stored(identifier)
        for identifier in normalise_answer(answer)
        if identifier.matchable and len(identifier.normalised) <= MAX_NORMALISED
    ]


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
