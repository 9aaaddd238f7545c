"""Fictional cases for the referral tests, built from the example by small changes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from intake_app.referrals.case import Consent, ConsentGiver, ReferralCase
from intake_app.referrals.directory import ServiceId
from intake_app.referrals.example import EXAMPLE_NOW, example_case

NOW = EXAMPLE_NOW


def born_years_ago(years: int) -> date:
    """Born exactly `years` years before NOW (23 November, so no leap-day trouble)."""
    today = NOW.date()
    return today.replace(year=today.year - years)


def case_with(
    *,
    age: int | None = 15,
    consents: list[tuple[ServiceId, ConsentGiver]] | None = None,
    **changes: Any,
) -> ReferralCase:
    """The example case with the victim `age` years old now and only the given consents."""
    base = example_case()
    victim = base.victim.model_copy(
        update={
            "date_of_birth": born_years_ago(age) if age is not None else None,
            "age_years": None,
        }
    )
    recorded = tuple(
        Consent(service=service, given_by=giver, given_at=datetime(2026, 11, 23, 14, 0))
        for service, giver in (consents or [])
    )
    return base.model_copy(update={"victim": victim, "consents": recorded, **changes})
