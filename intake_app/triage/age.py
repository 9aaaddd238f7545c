"""R4: the age at the time of the facts decides the group; the age now decides consent.

Ages are whole years. A person born on 29 February turns a year older on 1 March in a
year without 29 February: the plain (month, day) comparison, which keeps a child one day
younger rather than one day older.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from intake_app.triage.reasons import Note, note

MAX_AGE = 120  # the contract: an age over 120 is bad input
MINOR_BELOW = 18
YOUNG_CHILD_BELOW = 12  # R2: younger than 12 is always group C


def age_on(born: date, day: date) -> int:
    """Whole years from `born` to `day`; a birthday on `day` itself counts."""
    not_yet = (day.month, day.day) < (born.month, born.day)
    return day.year - born.year - int(not_yet)


def _same_day_years_before(day: date, years: int) -> date:
    """The latest date of birth that makes someone `years` old on `day`."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one: born on 28 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class AgeRange:
    """An age known exactly (low == high) or only to within a birthday (high == low + 1)."""

    low: int
    high: int

    @property
    def exact(self) -> bool:
        return self.low == self.high


def possible_ages_at(earlier: date, age_then: int, then: date) -> AgeRange | None:
    """The ages someone who was `age_then` on `then` can have had on `earlier` (<= then).

    None when they cannot have been born yet on `earlier`.
    """
    latest_birth = _same_day_years_before(then, age_then)
    earliest_birth = _same_day_years_before(then, age_then + 1) + timedelta(days=1)
    if earliest_birth > earlier:
        return None
    youngest = age_on(latest_birth, earlier) if latest_birth <= earlier else 0
    return AgeRange(low=max(youngest, 0), high=age_on(earliest_birth, earlier))


@dataclass(frozen=True)
class VictimAges:
    """What R4 needs: the age at the earliest incident date and the age now."""

    at_incident: AgeRange | None
    now: int | None
    dob_contradicts_age_years: bool = False
    # v2: the officer's estimate ("minor"/"adult"), used only when no age is known at all.
    estimate: str | None = None

    @property
    def age_at_incident(self) -> int | None:
        # When only the age now is known and a birthday may fall in between, count with the
        # younger age: it never routes a child as an adult (R2, R4).
        return self.at_incident.low if self.at_incident else None

    @property
    def minor_at_incident(self) -> bool | None:
        age = self.age_at_incident
        if age is None:
            # Someone the officer estimates adult now was not necessarily adult then; but the
            # contract counts the estimate as an adult, with a reason that quotes it.
            return False if self.estimate_adult else None
        return age < MINOR_BELOW

    @property
    def estimate_adult(self) -> bool:
        return self.at_incident is None and self.estimate == "adult"

    @property
    def estimate_minor(self) -> bool:
        return self.at_incident is None and self.estimate == "minor"

    @property
    def minor_now(self) -> bool | None:
        """A child now: by age, or by the officer's estimate when no age is known."""
        if self.now is not None:
            return self.now < MINOR_BELOW
        if self.estimate is not None:
            return self.estimate == "minor"
        return None


def victim_ages(
    date_of_birth: date | None,
    age_years: int | None,
    incident: date,
    intake: date,
    estimate: str | None = None,
) -> VictimAges:
    """R4 from the date of birth when known (it wins over a stated age), else from the age now.

    Inputs are checked beforehand (contract.py): birth not after the incident, ages <= 120.
    """
    if date_of_birth is not None:
        now = age_on(date_of_birth, intake)
        then = age_on(date_of_birth, incident)
        return VictimAges(
            at_incident=AgeRange(then, then),
            now=now,
            dob_contradicts_age_years=age_years is not None and age_years != now,
        )
    if age_years is not None:
        return VictimAges(at_incident=possible_ages_at(incident, age_years, intake), now=age_years)
    return VictimAges(at_incident=None, now=None, estimate=estimate)


def _crosses_a_boundary(ages: AgeRange) -> bool:
    """Whether the uncertain birthday could change the group (R2: below 12, below 18)."""
    return any(ages.low < limit <= ages.high for limit in (YOUNG_CHILD_BELOW, MINOR_BELOW))


def age_notes(ages: VictimAges, earliest: date, first_date: date) -> tuple[Note, ...]:
    """R4: which age decided, and from what, in words for the officer."""
    notes: list[Note] = []
    if earliest < first_date:
        # Contradiction resolved towards the earlier date: the facts began no later than it.
        notes.append(note("R4", "earliest_from_physical_date"))
    if ages.estimate_adult:
        notes.append(note("R4", "age_estimate_adult"))
    elif ages.estimate_minor:
        notes.append(note("R4", "age_estimate_minor"))
    elif ages.at_incident is None:
        notes.append(note("R4", "age_unknown"))
    elif ages.at_incident.exact:
        notes.append(note("R4", "age_at_incident", age=ages.at_incident.low, day=earliest))
    elif not _crosses_a_boundary(ages.at_incident):
        notes.append(
            note(
                "R4", "age_at_incident_either", low=ages.at_incident.low, high=ages.at_incident.high
            )
        )
    else:
        notes.append(
            note(
                "R4",
                "age_at_incident_range",
                low=ages.at_incident.low,
                high=ages.at_incident.high,
                now=ages.now,
                day=earliest,
            )
        )
    if ages.dob_contradicts_age_years:
        notes.append(note("R4", "dob_contradicts_age", now=ages.now))
    return tuple(notes)
