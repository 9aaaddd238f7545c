"""Property tests: decide never raises on a schema-valid document and always gives reasons;
the age arithmetic of R4 holds for every date, 29 February included."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st

from intake_app.triage.age import age_on, possible_ages_at
from intake_app.triage.contract import BadAnswers, parse_answers, to_document
from intake_app.triage.decide import decide
from tests.triage.cases import POLICY
from tests.triage.test_schemas import INPUT, OUTPUT, errors

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))
RECENT = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31))
ANSWER = st.sampled_from(["yes", "no", "unknown", "declined", None])
KINDS = st.sampled_from(
    ["image_abuse", "sextortion", "grooming", "sexchatting", "physical_assault", "rape", "other"]
)
AGE = st.none() | st.integers(min_value=0, max_value=120)


def section(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """An object whose every key may be missing, or the whole object null."""
    return st.none() | st.fixed_dictionaries({}, optional=fields)


SUSPECT = st.fixed_dictionaries(
    {},
    optional={
        "age_years": AGE,
        "age_estimate": st.sampled_from(["minor", "adult", None]),
        "lives_with_victim": ANSWER,
        "family": ANSWER,
    },
)
OVERRIDE = st.none() | st.fixed_dictionaries(
    {
        "more_than_slight": st.booleans(),
        "reason": st.text(min_size=1, max_size=40).filter(lambda text: text.strip() != ""),
    }
)
DOCUMENTS = st.fixed_dictionaries(
    {"intake_date": RECENT.map(date.isoformat)},
    optional={
        "victim": section(
            date_of_birth=st.none() | DATES.map(date.isoformat),
            age_years=AGE,
        ),
        "incident": section(
            first_date=st.none() | RECENT.map(date.isoformat),
            kinds=st.none() | st.lists(KINDS, max_size=4),
            physical_last_date=st.none() | RECENT.map(date.isoformat),
        ),
        "suspects": st.none() | st.lists(SUSPECT, max_size=3),
        "coercion": section(
            pressure_or_force=ANSWER,
            financial_demand=ANSWER,
            threat_to_publish=ANSWER,
            deadline_within_48h=ANSWER,
        ),
        "safety": section(in_danger_now=ANSWER, self_harm_thoughts=ANSWER),
        "victim_made_or_shared_material": ANSWER,
        "wants_offender_informed": ANSWER,
        "age_gap_override": OVERRIDE,
        "grown_later": st.integers(),
    },
)
CROSS_FIELD = re.compile(
    r"incident\.first_date|incident\.physical_last_date|victim\.date_of_birth|"
    r"victim\.age_years|suspects\.\d+\.age_years"
)


@settings(max_examples=400, deadline=None)
@given(DOCUMENTS)
def test_decide_never_raises_and_always_gives_reasons(document: dict[str, Any]) -> None:
    assert errors(INPUT, document) == []
    try:
        answers = parse_answers(document)
    except BadAnswers as refused:
        event("refused")
        # Only what the schema cannot see: dates and ages against each other.
        assert CROSS_FIELD.fullmatch(refused.field), refused
        return
    for language in ("nl", "en"):
        decision = decide(answers, POLICY, language)
        assert decision.reasons
        assert errors(OUTPUT, to_document(decision)) == []


@given(DATES, DATES, DATES)
def test_the_age_range_from_the_age_now_holds_the_true_age(a: date, b: date, c: date) -> None:
    born, incident, intake = sorted((a, b, c))
    age_now = age_on(born, intake)

    ages = possible_ages_at(incident, age_now, intake)

    assert ages is not None
    assert ages.low <= age_on(born, incident) <= ages.high
    assert ages.high - ages.low <= 1


@given(DATES, st.integers(min_value=0, max_value=36500))
def test_age_grows_by_one_on_birthdays_only(born: date, days: int) -> None:
    day = born + timedelta(days=days)
    step = age_on(born, day + timedelta(days=1)) - age_on(born, day)
    after = day + timedelta(days=1)
    birthday = (after.month, after.day) == (born.month, born.day) or (
        (born.month, born.day) == (2, 29)
        and (after.month, after.day) == (3, 1)
        and not _leap(after.year)
    )

    assert age_on(born, born) == 0
    assert step == (1 if birthday else 0)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 11, 23)))
def test_minor_at_incident_is_under_18_on_the_first_date(born: date) -> None:
    document = {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": born.isoformat()},
        "incident": {"first_date": "2026-11-23", "kinds": ["image_abuse"]},
    }

    decision = decide(parse_answers(document), POLICY)

    assert decision.minor_at_incident is (age_on(born, date(2026, 11, 23)) < 18)
    assert decision.category == ("A" if not decision.minor_at_incident else "C")
