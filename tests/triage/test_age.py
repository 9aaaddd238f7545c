"""R4: the age at the time of the facts decides the group; the age now decides consent."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.triage.age import AgeRange, age_on, possible_ages_at
from tests.triage.cases import Case, case, check


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(2014, 9, 1), date(2026, 9, 1), 12),  # birthday on the day itself counts
        (date(2014, 9, 1), date(2026, 8, 31), 11),
        (date(2010, 9, 1), date(2026, 9, 1), 16),
        (date(2010, 9, 1), date(2026, 8, 31), 15),
        (date(2008, 9, 1), date(2026, 9, 1), 18),
        (date(2008, 9, 1), date(2026, 8, 31), 17),
        (date(2012, 2, 29), date(2026, 2, 28), 13),  # 29 February: a year older on 1 March
        (date(2012, 2, 29), date(2026, 3, 1), 14),
        (date(2012, 2, 29), date(2028, 2, 29), 16),
        (date(2012, 2, 29), date(2028, 2, 28), 15),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_on_counts_whole_years_with_the_birthday_included(
    born: date, day: date, age: int
) -> None:
    assert age_on(born, day) == age


@pytest.mark.parametrize(
    ("earlier", "age_then", "then", "expected"),
    [
        (date(2026, 11, 23), 15, date(2026, 11, 23), AgeRange(15, 15)),  # same day: exact
        (date(2026, 9, 1), 15, date(2026, 11, 23), AgeRange(14, 15)),  # a birthday may lie between
        (date(2025, 11, 23), 15, date(2026, 11, 23), AgeRange(14, 14)),  # exactly a year: exact
        (date(2020, 2, 29), 10, date(2028, 2, 29), AgeRange(2, 2)),  # 29 February on both ends
        (date(2026, 11, 1), 0, date(2026, 11, 23), AgeRange(0, 0)),  # perhaps not yet born
        (date(2016, 11, 23), 9, date(2026, 11, 23), None),  # certainly not yet born
    ],
)
def test_possible_ages_from_the_age_now(
    earlier: date, age_then: int, then: date, expected: AgeRange | None
) -> None:
    assert possible_ages_at(earlier, age_then, then) == expected


# The base document: a 15-year-old (born 2011-03-02), facts from 2026-09-01, intake 2026-11-23.
R4_CASES = [
    case(
        "age from date of birth at the first incident date",
        {},
        age_at_incident=15,
        age_now=15,
        minor_at_incident=True,
        reasons=(("R4", "age_at_incident"),),
    ),
    case(
        "12th birthday on the incident date: not younger than 12",
        {"victim.date_of_birth": "2014-09-01", "suspects.0.age_years": 13},
        age_at_incident=12,
        category="B",
        absent=(("R2", "c_younger_than_12"),),
    ),
    case(
        "a day short of 12 on the incident date: group C",
        {"victim.date_of_birth": "2014-09-02"},
        age_at_incident=11,
        category="C",
        reasons=(("R2", "c_younger_than_12"),),
    ),
    case(
        "18th birthday on the incident date: adult, group A",
        {"victim.date_of_birth": "2008-09-01", "suspects.0.age_years": 19},
        age_at_incident=18,
        minor_at_incident=False,
        category="A",
        reasons=(("R2", "a_adult"),),
    ),
    case(
        "a day short of 18 on the incident date: minor",
        {"victim.date_of_birth": "2008-09-02", "suspects.0.age_years": 19},
        age_at_incident=17,
        minor_at_incident=True,
        category="B",
    ),
    case(
        "born 29 February, incident on 28 February of a common year: not yet 12",
        {
            "victim.date_of_birth": "2012-02-29",
            "incident.first_date": "2024-02-28",
            "suspects.0.age_years": 14,
        },
        age_at_incident=11,
        category="C",
        reasons=(("R2", "c_younger_than_12"),),
    ),
    case(
        "born 29 February, incident on 1 March: 12",
        {
            "victim.date_of_birth": "2012-02-29",
            "incident.first_date": "2024-03-01",
            "suspects.0.age_years": 14,
        },
        age_at_incident=12,
        category="B",
    ),
    case(
        "reported years later: the age then decides, not the age now",
        {"victim.date_of_birth": "2008-05-05", "incident.first_date": "2019-06-01"},
        age_at_incident=11,
        age_now=18,
        minor_at_incident=True,
        category="C",
        reasons=(("R4", "age_at_incident"), ("R2", "c_younger_than_12")),
        absent=(("R14", "child_not_questioned"),),
    ),
    case(
        "only the age now: 14 or 15 then, which makes no difference to the group",
        {"victim.date_of_birth": None, "victim.age_years": 15},
        age_at_incident=14,
        age_now=15,
        reasons=(("R4", "age_at_incident_either"),),
        absent=(("R4", "age_at_incident_range"),),
    ),
    case(
        "only the age now, 12, facts months ago: perhaps 11 then, count with 11, ask",
        {"victim.date_of_birth": None, "victim.age_years": 12, "suspects.0.age_years": 13},
        age_at_incident=11,
        category="C",
        reasons=(("R4", "age_at_incident_range"), ("R2", "c_younger_than_12")),
    ),
    case(
        "only the age now and no first date: the incident date is the intake date",
        {"victim.date_of_birth": None, "victim.age_years": 15, "incident.first_date": None},
        age_at_incident=15,
        reasons=(("R4", "age_at_incident"),),
        absent=(("R4", "age_at_incident_range"),),
    ),
    case(
        "only the age now, 18, facts months ago: possibly 17 then, so a minor",
        {"victim.date_of_birth": None, "victim.age_years": 18, "suspects.0.age_years": 19},
        age_at_incident=17,
        minor_at_incident=True,
        category="B",
        reasons=(("R4", "age_at_incident_range"),),
    ),
    case(
        "date of birth and a contradicting age: the date of birth wins, said in a reason",
        {"victim.age_years": 17},
        age_now=15,
        reasons=(("R4", "dob_contradicts_age"),),
    ),
    case(
        "age unknown: group C (a minor cannot be ruled out) and consent to be established",
        {"victim.date_of_birth": None, "victim.age_years": None},
        age_at_incident=None,
        age_now=None,
        minor_at_incident=None,
        category="C",
        flags=["minor_needs_guardian_consent"],
        reasons=(
            ("R4", "age_unknown"),
            ("R2", "c_victim_age_unknown"),
            ("R4", "consent_age_unknown"),
        ),
    ),
    case(
        "physical contact dated before the first date: count from the earlier date",
        {
            "victim.date_of_birth": "2008-10-01",
            "incident.first_date": "2026-11-01",
            "incident.kinds": ["image_abuse", "physical_assault"],
            "incident.physical_last_date": "2026-09-15",
        },
        age_at_incident=17,
        minor_at_incident=True,
        reasons=(("R4", "earliest_from_physical_date"),),
    ),
]


@pytest.mark.parametrize("row", R4_CASES, ids=lambda row: row.name)
def test_r4_age_at_the_time_of_the_facts(row: Case) -> None:
    check(row)
