"""Referral suggestions with urgency: Offlimits, CSG (R6), Veilig Thuis (R13), SHN and
Perspectief Herstelbemiddeling (R10). Suggestions only; the officer and the victim decide."""

from __future__ import annotations

import pytest

from tests.triage.cases import Case, case, check

ADULT = {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": 40}
SHN = {"service": "shn", "urgency": "normal"}
OFFLIMITS = {"service": "offlimits", "urgency": "normal"}

REFERRAL_CASES = [
    case(
        "image abuse: Offlimits, and SHN for everyone",
        {},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R10", "offlimits"), ("R10", "shn")),
    ),
    case(
        "publication deadline: Offlimits with urgency",
        {"coercion.deadline_within_48h": "yes"},
        referrals=[{"service": "offlimits", "urgency": "acute"}, SHN],
        reasons=(("R10", "offlimits_acute"),),
    ),
    case(
        "no image kind, no physical contact: SHN only",
        {**ADULT, "incident.kinds": ["other"]},
        referrals=[SHN],
    ),
    case(
        "recent rape: CSG at once",
        {**ADULT, "incident.kinds": ["rape"], "incident.physical_last_date": "2026-11-21"},
        referrals=[{"service": "csg", "urgency": "acute"}, SHN],
        reasons=(("R6", "csg_refer_acute"),),
    ),
    case(
        "assault months ago: CSG, not acute",
        {
            **ADULT,
            "incident.kinds": ["physical_assault"],
            "incident.physical_last_date": "2026-09-01",
        },
        referrals=[{"service": "csg", "urgency": "normal"}, SHN],
        reasons=(("R6", "csg_refer"),),
    ),
]

R13_CASES = [
    case(
        "a child's suspect lives with the child: Veilig Thuis, acute",
        {"suspects.0.lives_with_victim": "yes"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "acute"}, SHN],
        reasons=(("R13", "veilig_thuis_child"),),
    ),
    case(
        "a child's suspect is family, not at home: Veilig Thuis, normal",
        {"suspects.0.family": "yes"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_child"),),
    ),
    case(
        "a child then, an adult now, abused by family: Veilig Thuis as for a child",
        {
            "victim.date_of_birth": "2008-05-05",
            "incident.first_date": "2019-06-01",
            "suspects.0.family": "yes",
        },
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_child"),),
    ),
    case(
        "abused as a child by a parent, an adult now still living there: normal",
        {
            "victim.date_of_birth": "2000-05-05",
            "incident.first_date": "2012-06-01",
            "suspects.0.age_years": 50,
            "suspects.0.lives_with_victim": "yes",
        },
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_child"),),
    ),
    case(
        "an adult's partner at home: Veilig Thuis for domestic violence, normal",
        {**ADULT, "suspects.0.lives_with_victim": "yes"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_adult"),),
    ),
    case(
        "an adult at home with the suspect and in danger now: acute",
        {**ADULT, "suspects.0.lives_with_victim": "yes", "safety.in_danger_now": "yes"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "acute"}, SHN],
    ),
    case(
        "a child, home situation not known: no referral yet, ask",
        {"suspects.0.lives_with_victim": "unknown"},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R13", "home_not_known"),),
    ),
    case(
        "a child, family declined: not pressed, put to the frontoffice",
        {"suspects.0.family": "declined"},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R13", "home_not_known_declined"),),
    ),
    case(
        "an adult, home situation not known: nothing to say",
        {**ADULT, "suspects.0.lives_with_victim": "unknown"},
        referrals=[OFFLIMITS, SHN],
        absent=(("R13", "home_not_known"),),
    ),
]

MEDIATION_CASES = [
    case(
        "R8: mediation wished, safe, suspect known: herstelbemiddeling suggested",
        {"restorative_interest": "yes"},
        referrals=[OFFLIMITS, SHN, {"service": "herstelbemiddeling", "urgency": "normal"}],
        reasons=(("R8", "herstelbemiddeling"),),
    ),
    case(
        "R8: informing the accused is a stop signal, never a mediation wish",
        {"wants_offender_informed": "yes", "restorative_interest": "no"},
        referrals=[OFFLIMITS, SHN],
        absent=(("R8", "herstelbemiddeling"), ("R8", "herstelbemiddeling_not_now")),
    ),
    case(
        "R8: safety not established: not now",
        {"restorative_interest": "yes", "safety.in_danger_now": "unknown"},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R8", "herstelbemiddeling_not_now"),),
    ),
    case(
        "R8: money demanded (organised extortion): not now",
        {"restorative_interest": "yes", "coercion.financial_demand": "yes"},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R8", "herstelbemiddeling_not_now"),),
    ),
    case(
        "R8: suspect not known: not now",
        {"restorative_interest": "yes", "suspects": []},
        referrals=[OFFLIMITS, SHN],
        reasons=(("R8", "herstelbemiddeling_not_now"),),
    ),
    case(
        "R8: the suspect lives with the child: not now",
        {"restorative_interest": "yes", "suspects.0.lives_with_victim": "yes"},
        reasons=(("R8", "herstelbemiddeling_not_now"),),
        absent=(("R8", "herstelbemiddeling"),),
    ),
    case(
        "R8: physical violence within the acute window: not now",
        {
            "restorative_interest": "yes",
            "incident.kinds": ["rape"],
            "incident.physical_last_date": "2026-11-21",
        },
        reasons=(("R8", "herstelbemiddeling_not_now"),),
        absent=(("R8", "herstelbemiddeling"),),
    ),
    case(
        "R8: mediation declined: nothing said",
        {"restorative_interest": "declined"},
        referrals=[OFFLIMITS, SHN],
        absent=(("R8", "herstelbemiddeling_not_now"),),
    ),
]


@pytest.mark.parametrize("row", REFERRAL_CASES, ids=lambda row: row.name)
def test_referrals(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", R13_CASES, ids=lambda row: row.name)
def test_r13_veilig_thuis(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", MEDIATION_CASES, ids=lambda row: row.name)
def test_herstelbemiddeling(row: Case) -> None:
    check(row)


def test_mediation_says_what_stands_in_the_way() -> None:
    from tests.triage.cases import make, run

    decision = run(
        make(
            {
                "restorative_interest": "yes",
                "safety.in_danger_now": "declined",
                "coercion.financial_demand": "yes",
            }
        )
    )

    text = {r.key: r.text for r in decision.reasons}["herstelbemiddeling_not_now"]
    assert text == (
        "Het slachtoffer wil herstelbemiddeling, maar die wordt nu niet voorgesteld: de "
        "veiligheid is niet vastgesteld en er is geld geëist. Zeg dat het later alsnog kan en "
        "leg de wens vast voor de TSM-frontoffice."
    )
