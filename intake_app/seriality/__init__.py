"""Seriality (DOMAIN.md R7): the same suspect identifier across intakes, found automatically.

Pure domain code: no Qt, no database. `normalise` turns what an officer typed into a
`NormalisedIdentifier`; `matching` finds other intakes holding the same match key through an
abstract index; `tokens` exchanges keyed hashes between stations without revealing identifiers.
"""

from intake_app.seriality.identifier import MatchKey, NormalisedIdentifier
from intake_app.seriality.normalise import normalise, normalise_answer_item

__all__ = ["MatchKey", "NormalisedIdentifier", "normalise", "normalise_answer_item"]
