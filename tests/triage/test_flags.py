"""Flags: R8 mededelingsgesprek, R9 victim also suspect, R4 consent by age now; R14 note."""

from __future__ import annotations

import pytest

from intake_app.forms.policy import ConsentPolicy
from tests.triage.cases import POLICY, Case, case, check

ADULT = {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": 40}
CONSENT = "minor_needs_guardian_consent"

R8_CASES = [
    case(
        "victim asks that the offender be informed: HOvJ first",
        {**ADULT, "wants_offender_informed": "yes"},
        flags=["mededelingsgesprek_requires_hovj"],
        reasons=(("R8", "mededelingsgesprek"),),
    ),
    case(
        "not known: no mededelingsgesprek without an explicit request",
        {**ADULT, "wants_offender_informed": "unknown"},
        flags=[],
        reasons=(("R8", "mededelingsgesprek_not_asked"),),
    ),
    case(
        "declined: the same, and not pressed",
        {**ADULT, "wants_offender_informed": "declined"},
        flags=[],
        reasons=(("R8", "mededelingsgesprek_not_asked_declined"),),
    ),
    case(
        "no: nothing to say",
        {**ADULT, "wants_offender_informed": "no"},
        flags=[],
        absent=(("R8", "mededelingsgesprek_not_asked"), ("R8", "mededelingsgesprek")),
    ),
]

R9_CASES = [
    case(
        "R9: a minor made to forward images of others: flag, handled without blame",
        {"material_of_others": "yes"},
        flags=["victim_also_suspect", CONSENT],
        reasons=(("R9", "victim_also_suspect"),),
    ),
    case(
        "R9: age unknown: flag as for someone not under 12",
        {"material_of_others": "yes", "victim.date_of_birth": None},
        flags=["victim_also_suspect", CONSENT],
    ),
    case(
        "R9: an adult made to keep images of others: flag too (TSM and OvJ decide)",
        {**ADULT, "material_of_others": "yes"},
        flags=["victim_also_suspect"],
    ),
    case(
        "R9: a child of 10 at the facts is never a suspect (art. 486 Sv)",
        {"victim.date_of_birth": "2016-01-01", "material_of_others": "yes"},
        flags=[CONSENT],
        reasons=(("R9", "under_12_never_suspect"),),
        absent=(("R9", "victim_also_suspect"),),
    ),
    case(
        "R9: images of oneself under pressure are never flagged",
        {"victim_made_or_shared_material": "yes", "material_of_others": "no"},
        flags=[CONSENT],
        absent=(("R9", "victim_also_suspect"),),
    ),
    case(
        "R9: not known or declined: no flag, nothing pressed",
        {"material_of_others": "declined"},
        flags=[CONSENT],
        absent=(("R9", "victim_also_suspect"),),
    ),
]

# Intake 2026-11-23; the policy: guardian alone below 12, victim alone from 16.
CONSENT_CASES = [
    case(
        "11 now: a parent or guardian consents",
        {"victim.date_of_birth": "2015-05-01", "incident.first_date": None},
        age_now=11,
        flags=[CONSENT],
        reasons=(("R4", "consent_guardian_only"),),
    ),
    case(
        "12 today: victim and guardian together",
        {"victim.date_of_birth": "2014-11-23", "incident.first_date": None},
        age_now=12,
        flags=[CONSENT],
        reasons=(("R4", "consent_victim_and_guardian"),),
    ),
    case(
        "15 now: victim and guardian together",
        {},
        age_now=15,
        flags=[CONSENT],
        reasons=(("R4", "consent_victim_and_guardian"),),
    ),
    case(
        "16 today: the victim alone, no flag",
        {"victim.date_of_birth": "2010-11-23"},
        age_now=16,
        flags=[],
        absent=(("R4", "consent_victim_and_guardian"),),
    ),
    case(
        "15 then, 16 now: the age now decides consent",
        {"victim.date_of_birth": "2010-10-01", "incident.first_date": "2026-09-01"},
        age_at_incident=15,
        age_now=16,
        flags=[],
    ),
    case(
        "age now unknown: flag, establish who consents",
        {"victim.date_of_birth": None},
        age_now=None,
        flags=[CONSENT],
        reasons=(("R4", "consent_age_unknown"),),
    ),
]

R14_CASES = [
    case(
        "17 now: no questioning in depth at the desk",
        {"victim.date_of_birth": "2009-01-01", "suspects.0.age_years": 18},
        reasons=(("R14", "child_not_questioned"),),
    ),
    case(
        "18 today: an adult, no note",
        {"victim.date_of_birth": "2008-11-23", "suspects.0.age_years": 19},
        age_now=18,
        absent=(("R14", "child_not_questioned"),),
    ),
]


@pytest.mark.parametrize("row", R8_CASES, ids=lambda row: row.name)
def test_r8_mededelingsgesprek(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", R9_CASES, ids=lambda row: row.name)
def test_r9_victim_also_suspect(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", CONSENT_CASES, ids=lambda row: row.name)
def test_r4_consent_by_age_now(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", R14_CASES, ids=lambda row: row.name)
def test_r14_children_not_questioned_at_the_desk(row: Case) -> None:
    check(row)


def test_consent_ages_come_from_the_policy() -> None:
    consent = ConsentPolicy(guardian_only_below_age=12, victim_alone_from_age=18)
    policy = POLICY.model_copy(update={"consent": consent})
    sixteen = case(
        "16 under a policy of 18", {"victim.date_of_birth": "2010-11-23"}, flags=[CONSENT]
    )

    check(sixteen, policy)
