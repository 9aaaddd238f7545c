"""Urgent actions: safety now (R12), a publication deadline (R1), CSG acute and PEP (R6)."""

from __future__ import annotations

import pytest

from intake_app.forms.policy import Policy
from tests.triage.cases import POLICY, Case, case, check, make, run

ADULT = {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": 40}
RAPE = {**ADULT, "incident.kinds": ["rape"], "incident.first_date": "2026-11-01"}

SAFETY_CASES = [
    case("nothing urgent", {}, urgent=[]),
    case(
        "in danger now",
        {"safety.in_danger_now": "yes"},
        urgent=["acute_danger"],
        reasons=(("R12", "acute_danger"),),
    ),
    case(
        "danger not known: not urgent, but said first",
        {"safety.in_danger_now": "unknown"},
        urgent=[],
        reasons=(("R12", "danger_not_known"),),
    ),
    case(
        "R12: danger declined: said, not pressed",
        {"safety.in_danger_now": "declined"},
        urgent=[],
        reasons=(("R12", "danger_not_known_declined"),),
    ),
    case(
        "thoughts of self-harm",
        {"safety.self_harm_thoughts": "yes"},
        urgent=["self_harm_risk"],
        reasons=(("R12", "self_harm_risk"),),
    ),
    case(
        "R12: self-harm declined: not urgent, 113 given, not pressed",
        {"safety.self_harm_thoughts": "declined"},
        urgent=[],
        reasons=(("R12", "self_harm_not_known_declined"),),
    ),
    case(
        "no safety answers at all: both said",
        {"safety": None},
        urgent=[],
        reasons=(("R12", "danger_not_known"), ("R12", "self_harm_not_known")),
    ),
    case(
        "publication deadline",
        {"incident.kinds": ["sextortion"], "coercion.deadline_within_48h": "yes"},
        urgent=["publication_deadline"],
        reasons=(("R1", "publication_deadline"),),
    ),
    case(
        "threat to publish, deadline not known: ask",
        {"coercion.threat_to_publish": "yes", "coercion.deadline_within_48h": "unknown"},
        urgent=[],
        reasons=(("R1", "deadline_not_known"),),
    ),
    case(
        "R1: sextortion, deadline declined: not pressed, put to the frontoffice",
        {"incident.kinds": ["sextortion"], "coercion.deadline_within_48h": "declined"},
        urgent=[],
        reasons=(("R1", "deadline_not_known_declined"),),
    ),
    case(
        "R1: threats still coming in: urgent ongoing_threat",
        {"safety.threat_ongoing": "yes"},
        urgent=["ongoing_threat"],
        reasons=(("R1", "ongoing_threat"),),
    ),
    case(
        "deadline not known without any threat: nothing to say",
        {"coercion.deadline_within_48h": "unknown"},
        urgent=[],
        absent=(("R1", "deadline_not_known"),),
    ),
    case(
        "everything at once, in the contract's order",
        {
            "incident.kinds": ["sextortion", "rape"],
            "incident.physical_last_date": "2026-11-22",
            "coercion.deadline_within_48h": "yes",
            "safety.in_danger_now": "yes",
            "safety.self_harm_thoughts": "yes",
        },
        urgent=["acute_danger", "self_harm_risk", "publication_deadline", "csg_acute"],
    ),
]

CSG_CASES = [
    case(
        "contact today: acute, PEP window open",
        {**RAPE, "incident.physical_last_date": "2026-11-23"},
        urgent=["csg_acute"],
        reasons=(("R6", "csg_acute"), ("R6", "pep_open")),
    ),
    case(
        "contact 2 days ago: PEP window still open",
        {**RAPE, "incident.physical_last_date": "2026-11-21"},
        urgent=["csg_acute"],
        reasons=(("R6", "pep_open"),),
    ),
    case(
        "contact 3 days ago: PEP window closes today",
        {**RAPE, "incident.physical_last_date": "2026-11-20"},
        urgent=["csg_acute"],
        reasons=(("R6", "pep_closes_today"),),
    ),
    case(
        "contact 7 days ago: still acute (boundary), PEP window closed",
        {**RAPE, "incident.physical_last_date": "2026-11-16"},
        urgent=["csg_acute"],
        reasons=(("R6", "csg_acute"), ("R6", "pep_closed")),
    ),
    case(
        "contact 8 days ago: no longer acute",
        {**RAPE, "incident.physical_last_date": "2026-11-15"},
        urgent=[],
        reasons=(("R6", "csg_not_acute"),),
        absent=(("R6", "pep_closed"), ("R6", "csg_acute")),
    ),
    case(
        "physical kind without any date: counted as today, acute, ask",
        {**RAPE, "incident.first_date": None},
        urgent=["csg_acute"],
        reasons=(("R6", "csg_acute_no_dates"),),
    ),
    case(
        "facts began 5 days ago, last contact not given: acute",
        {**RAPE, "incident.first_date": "2026-11-18"},
        urgent=["csg_acute"],
        reasons=(("R6", "csg_acute_facts_recent"),),
    ),
    case(
        "facts began weeks ago, last contact not given: not acute, ask",
        RAPE,
        urgent=[],
        reasons=(("R6", "csg_last_contact_not_known"),),
    ),
    case(
        "image abuse only: CSG plays no part",
        ADULT,
        urgent=[],
        absent=(("R6", "csg_last_contact_not_known"), ("R6", "csg_acute")),
    ),
]


@pytest.mark.parametrize("row", SAFETY_CASES, ids=lambda row: row.name)
def test_urgent_safety_and_deadline(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", CSG_CASES, ids=lambda row: row.name)
def test_r6_csg_acute_and_pep(row: Case) -> None:
    check(row)


def test_pep_reason_says_the_day_the_window_closes() -> None:
    decision = run(make({**RAPE, "incident.physical_last_date": "2026-11-22"}))

    pep = next(r for r in decision.reasons if r.key == "pep_open")
    assert pep.rule == "R6"
    assert "72 uur" in pep.text
    assert "25-11-2026" in pep.text


def test_pep_reason_in_english_uses_iso_dates() -> None:
    decision = run(make({**RAPE, "incident.physical_last_date": "2026-11-22"}), language="en")

    pep = next(r for r in decision.reasons if r.key == "pep_open")
    assert "72 hours" in pep.text
    assert "2026-11-25" in pep.text


def with_acute(**changes: int) -> Policy:
    return POLICY.model_copy(update={"acute": POLICY.acute.model_copy(update=changes)})


def test_acute_days_come_from_the_policy() -> None:
    five_days_ago = make({**RAPE, "incident.physical_last_date": "2026-11-18"})

    assert "csg_acute" in run(five_days_ago, POLICY).urgent
    assert "csg_acute" not in run(five_days_ago, with_acute(csg_acute_days=3)).urgent


def test_pep_window_comes_from_the_policy() -> None:
    yesterday = make({**RAPE, "incident.physical_last_date": "2026-11-22"})

    decision = run(yesterday, with_acute(pep_window_hours=24))

    pep = next(r for r in decision.reasons if r.rule == "R6" and r.key.startswith("pep_"))
    assert pep.key == "pep_closes_today"
    assert "24 uur" in pep.text


def test_publication_hours_come_from_the_policy() -> None:
    deadline = make({"coercion.deadline_within_48h": "yes"})

    decision = run(deadline, with_acute(publication_deadline_hours=24))

    reason = next(r for r in decision.reasons if r.key == "publication_deadline")
    assert "24 uur" in reason.text
