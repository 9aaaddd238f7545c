"""Seriality (DOMAIN.md R7): the same suspect identifier across intakes, found automatically.

Pure domain code: no Qt, no database. `normalise.normalise` turns what an officer typed into a
`NormalisedIdentifier`; `matching` finds other intakes holding the same match key through an
abstract index; `messages` words a match for the officer and for triage; `tokens` exchanges
keyed hashes between stations without revealing identifiers.

Nothing is imported here, so that the command line (which registers `seriality`) stays fast:
phonenumbers and schwifty load only when something is normalised.
"""
