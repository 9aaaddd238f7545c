"""R2 groups A, B and C for image-based abuse, with R5's age gap against the policy threshold.

The gap is the difference between the suspect's and the victim's age in whole years, in
either direction (a careful reading: the law names no direction). A suspect's `age_years`
is read like the victim's: the age now, compared with the victim's age now, so the gap is
exact. An `age_estimate` ("minor"/"adult") describes the suspect at the time of the facts
and is compared with the victim's age then; it decides the gap only when every possible
age on both sides falls on the same side of the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from intake_app.forms.policy import Policy
from intake_app.triage.age import (
    MAX_AGE,
    MINOR_BELOW,
    YOUNG_CHILD_BELOW,
    AgeRange,
    VictimAges,
    possible_ages_at,
)
from intake_app.triage.contract import Category, Suspect, TriageInput
from intake_app.triage.reasons import Note, Term, note

ESTIMATE_RANGES: Final[dict[str, AgeRange]] = {
    "minor": AgeRange(0, MINOR_BELOW - 1),
    "adult": AgeRange(MINOR_BELOW, MAX_AGE),
}

SuspectAge = Literal["exact", "estimated", "unknown", "contradictory"]


@dataclass(frozen=True)
class SuspectGap:
    known_as: SuspectAge
    years: int | None  # exact gap, when both ages are known exactly
    more_than_slight: bool | None  # None: cannot be decided from what is known


def _estimate_contradicts(suspect: Suspect, first_date: date, intake: date) -> bool:
    if suspect.age_years is None or suspect.age_estimate is None:
        return False
    estimate = ESTIMATE_RANGES[suspect.age_estimate]
    then = possible_ages_at(first_date, suspect.age_years, intake)
    return then is None or then.high < estimate.low or then.low > estimate.high


def suspect_gap(
    suspect: Suspect, ages: VictimAges, threshold: int, first_date: date, intake: date
) -> SuspectGap:
    """R5 for one suspect."""
    if _estimate_contradicts(suspect, first_date, intake):
        # Two answers that cannot both be true: trust neither, let the officer find out.
        return SuspectGap("contradictory", None, None)
    if suspect.age_years is not None:
        if ages.now is None:
            return SuspectGap("exact", None, None)
        years = abs(suspect.age_years - ages.now)
        return SuspectGap("exact", years, years > threshold)
    if suspect.age_estimate is not None:
        if ages.at_incident is None:
            return SuspectGap("estimated", None, None)
        them, victim = ESTIMATE_RANGES[suspect.age_estimate], ages.at_incident
        smallest = max(0, them.low - victim.high, victim.low - them.high)
        largest = max(them.high - victim.low, victim.high - them.low)
        if smallest > threshold:
            return SuspectGap("estimated", None, True)
        if largest <= threshold:
            return SuspectGap("estimated", None, False)
        return SuspectGap("estimated", None, None)
    return SuspectGap("unknown", None, None)


@dataclass(frozen=True)
class AgeGap:
    years: int | None  # the largest gap, when every suspect's gap is exact
    computed: bool | None  # R5 from the ages and the policy threshold
    more_than_slight: bool | None  # after the officer's override, when it applies
    overridden: bool
    suspect_age_unknown: bool  # R5's default was needed: a minor victim, a gap not ruled out
    notes: tuple[Note, ...]


def assess_age_gap(answers: TriageInput, ages: VictimAges, policy: Policy) -> AgeGap:
    """R5: compute the gap, compare with the unit's threshold, apply the officer's override."""
    threshold = policy.age_gap.more_than_slight_years
    gaps = [
        suspect_gap(s, ages, threshold, answers.earliest_date, answers.intake_date)
        for s in answers.suspects
    ]
    if any(gap.more_than_slight for gap in gaps):
        computed: bool | None = True
    elif gaps and all(gap.more_than_slight is False for gap in gaps):
        computed = False
    else:
        computed = None
    exact = [gap.years for gap in gaps if gap.years is not None]
    years = max(exact) if gaps and len(exact) == len(gaps) else None

    # The gap only decides between B and C: image-based abuse of a victim not known to be adult.
    matters = answers.image_based and ages.minor_at_incident is not False
    result, overridden, override_notes = _apply_override(answers, computed, matters)
    suspect_age_unknown = matters and ages.minor_at_incident is True and computed is None
    notes: list[Note] = []
    if matters:
        notes.extend(_gap_notes(gaps, threshold))
    if suspect_age_unknown and not overridden:
        notes.append(note("R5", "gap_default_c"))
    notes.extend(override_notes)
    return AgeGap(years, computed, result, overridden, suspect_age_unknown, tuple(notes))


def _apply_override(
    answers: TriageInput, computed: bool | None, matters: bool
) -> tuple[bool | None, bool, list[Note]]:
    """R5: the officer confirms or overrides the computed answer, always with a reason."""
    override = answers.age_gap_override
    if override is None:
        return computed, False, []
    judged = Term("gap_more" if override.more_than_slight else "gap_slight")
    if not matters:
        return computed, False, [note("R5", "override_not_needed")]
    if override.more_than_slight == computed:
        return (
            computed,
            False,
            [note("R5", "override_confirms", judged=judged, why=override.reason)],
        )
    # With no calculation to differ from (an age unknown), the officer's judgement simply decides.
    key = "override_applied" if computed is not None else "override_decides"
    return (
        override.more_than_slight,
        True,
        [note("R5", key, judged=judged, why=override.reason)],
    )


def _gap_notes(gaps: list[SuspectGap], threshold: int) -> list[Note]:
    if not gaps:
        return [note("R5", "no_suspect_listed")]
    notes = []
    for number, gap in enumerate(gaps, start=1):
        if gap.known_as == "contradictory":
            notes.append(note("R5", "suspect_age_contradictory", n=number))
        elif gap.years is not None:
            key = "gap_more_than_slight" if gap.more_than_slight else "gap_slight"
            notes.append(note("R5", key, n=number, years=gap.years, threshold=threshold))
        elif gap.known_as == "estimated" and gap.more_than_slight is not None:
            key = "estimate_more_than_slight" if gap.more_than_slight else "estimate_slight"
            notes.append(note("R5", key, n=number, threshold=threshold))
        elif gap.known_as == "estimated":
            notes.append(note("R5", "estimate_undecided", n=number, threshold=threshold))
        elif gap.known_as == "unknown":
            notes.append(note("R5", "suspect_age_unknown", n=number))
    return notes


def categorise(
    answers: TriageInput, ages: VictimAges, gap: AgeGap
) -> tuple[Category | None, tuple[Note, ...]]:
    """R2: A adult victim; C a minor with any aggravating factor; B the other minors."""
    if not answers.image_based:
        return None, (note("R2", "no_image_kind"),)
    age = ages.age_at_incident
    if ages.estimate_adult:
        return "A", (note("R2", "a_adult_estimate"),)
    if age is None:
        return "C", (note("R2", "c_victim_age_unknown"),)
    if age >= MINOR_BELOW:
        return "A", (note("R2", "a_adult", age=age),)

    coercion = answers.coercion
    factors: list[Note] = []
    if age < YOUNG_CHILD_BELOW:
        factors.append(note("R2", "c_younger_than_12", age=age))
    if gap.more_than_slight is True:
        factors.append(note("R2", "c_age_gap", age=age))
    elif gap.more_than_slight is None:
        factors.append(note("R2", "c_age_gap_not_ruled_out", age=age))
    if "sextortion" in answers.incident.kinds:
        factors.append(note("R2", "c_sextortion", age=age))
    if coercion.pressure_or_force == "yes":
        factors.append(note("R2", "c_pressure_or_force", age=age))
    if coercion.threat_to_publish == "yes":  # a threat to publish is coercion
        factors.append(note("R2", "c_threat_to_publish", age=age))
    if coercion.financial_demand == "yes":
        factors.append(note("R2", "c_financial_demand", age=age))
    if factors:
        return "C", tuple(factors)

    notes = [note("R2", "b_peers", age=age)]
    # Not C by itself, but the officer should know what would make it C (unknowns and declines).
    asked = (
        ("pressure_or_force", coercion.pressure_or_force),
        ("threat_to_publish", coercion.threat_to_publish),
        ("financial_demand", coercion.financial_demand),
    )
    open_questions = [Term(q, answer) for q, answer in asked if answer in ("unknown", "declined")]
    if open_questions:
        notes.append(note("R2", "b_but_not_known", questions=tuple(open_questions)))
    return "B", tuple(notes)
