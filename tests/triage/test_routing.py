"""R1 frontoffice advice for every report; R3 group C and R6 physical violence to the TSM."""

from __future__ import annotations

import pytest

from tests.triage.cases import Case, case, check

ADULT = {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": 40}

ROUTING_CASES = [
    case(
        "group B: frontoffice advice, then the basic team may act",
        {},
        tsm="frontoffice_advice",
        reasons=(("R1", "frontoffice_group_a_b"),),
        absent=(("R3", "tsm_group_c"),),
    ),
    case(
        "group A: frontoffice advice",
        ADULT,
        category="A",
        tsm="frontoffice_advice",
        reasons=(("R1", "frontoffice_group_a_b"),),
    ),
    case(
        "group C: always a TSM investigation",
        {"coercion.pressure_or_force": "yes"},
        tsm="investigation",
        reasons=(("R3", "tsm_group_c"),),
        absent=(("R1", "frontoffice_group_a_b"),),
    ),
    case(
        "physical assault of an adult: TSM investigation, no group",
        {**ADULT, "incident.kinds": ["physical_assault"]},
        category=None,
        tsm="investigation",
        reasons=(("R6", "tsm_physical"),),
    ),
    case(
        "rape together with image abuse of an adult: group A, yet a TSM investigation",
        {**ADULT, "incident.kinds": ["image_abuse", "rape"]},
        category="A",
        tsm="investigation",
        reasons=(("R6", "tsm_physical"),),
        absent=(("R1", "frontoffice_group_a_b"),),
    ),
    case(
        "a date of physical contact without a physical kind: treated as physical, and said",
        {**ADULT, "incident.kinds": ["other"], "incident.physical_last_date": "2026-11-01"},
        tsm="investigation",
        reasons=(("R6", "physical_date_without_physical_kind"), ("R6", "tsm_physical")),
    ),
    case(
        "other kind only: frontoffice advice",
        {**ADULT, "incident.kinds": ["other"]},
        category=None,
        tsm="frontoffice_advice",
        reasons=(("R1", "frontoffice_advice"),),
    ),
]


@pytest.mark.parametrize("row", ROUTING_CASES, ids=lambda row: row.name)
def test_r1_r3_r6_routing(row: Case) -> None:
    check(row)
