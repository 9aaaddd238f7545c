"""Find the other intakes that hold the same identifier (R7), through an abstract index.

The store (this station's intakes) and imported token sets (other stations') both answer
`lookup(match_key)`; this module only decides what counts as a match and in what order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import total_ordering
from typing import Protocol

from intake_app.seriality.identifier import MatchKey, NormalisedIdentifier


@total_ordering
@dataclass(frozen=True, slots=True)
class IntakeRef:
    """An intake by its reference and date; `station` is set for another station's intake.

    Ordered by date, then reference, then station with this station first: references repeat
    between stations ("2026-0001" at each), so a local and an imported intake can tie on both.
    """

    date: date
    reference: str
    station: str | None = None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, IntakeRef):
            return NotImplemented
        return _order(self) < _order(other)


def _order(intake: IntakeRef) -> tuple[date, str, bool, str]:
    return (intake.date, intake.reference, intake.station is not None, intake.station or "")


class IdentifierIndex(Protocol):
    """Where identifiers of other intakes can be looked up by their match key."""

    def lookup(self, key: MatchKey) -> Sequence[IntakeRef]: ...


class MemoryIndex:
    """An index in memory: for tests, benchmarks, and a station's imported tokens."""

    def __init__(self, entries: Iterable[tuple[MatchKey, IntakeRef]] = ()) -> None:
        self._entries: dict[MatchKey, list[IntakeRef]] = defaultdict(list)
        for key, intake in entries:
            self.add(key, intake)

    def add(self, key: MatchKey, intake: IntakeRef) -> None:
        self._entries[key].append(intake)

    def lookup(self, key: MatchKey) -> Sequence[IntakeRef]:
        return self._entries.get(key, ())


def find_matches(
    identifier: NormalisedIdentifier,
    indexes: Iterable[IdentifierIndex],
    current_reference: str,
) -> list[IntakeRef]:
    """Other intakes with the same match key, oldest first, each once.

    The intake being recorded (`current_reference` at this station) is never its own match.
    Empty text and placeholders ("onbekend") match nothing.
    """
    if not identifier.matchable:
        return []
    found: set[IntakeRef] = set()
    for index in indexes:
        for intake in index.lookup(identifier.match_key):
            if intake.station is None and intake.reference == current_reference:
                continue
            found.add(intake)
    return sorted(found)


def intakes_matching_any(
    identifiers: Iterable[NormalisedIdentifier],
    indexes: Sequence[IdentifierIndex],
    current_reference: str,
) -> list[IntakeRef]:
    """Every other intake that shares at least one identifier with this one, oldest first."""
    found: set[IntakeRef] = set()
    for identifier in identifiers:
        found.update(find_matches(identifier, indexes, current_reference))
    return sorted(found)
