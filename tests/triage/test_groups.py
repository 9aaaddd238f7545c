"""R2 groups A, B and C for image-based abuse; R5 the age gap against the policy threshold."""

from __future__ import annotations

import pytest

from intake_app.forms.policy import AgeGapPolicy, Policy
from tests.triage.cases import POLICY, Case, case, check

# The base document: victim 15, one suspect of 16, image_abuse, nothing aggravating: group B.
R2_CASES = [
    case(
        "peers without aggravating factors: B",
        {},
        category="B",
        age_gap_years=1,
        age_gap_more_than_slight=False,
        tsm="frontoffice_advice",
        reasons=(("R5", "gap_slight"), ("R2", "b_peers"), ("R1", "frontoffice_group_a_b")),
        absent=(("R2", "b_but_not_known"),),
    ),
    case(
        "adult victim: A, whatever the pressure",
        {
            "victim.date_of_birth": "1990-01-01",
            "suspects.0.age_years": 40,
            "coercion.pressure_or_force": "yes",
        },
        category="A",
        minor_at_incident=False,
        tsm="frontoffice_advice",
        reasons=(("R2", "a_adult"), ("R1", "frontoffice_group_a_b")),
        absent=(("R5", "gap_more_than_slight"),),
    ),
    case(
        "minor with pressure or force: C",
        {"coercion.pressure_or_force": "yes"},
        category="C",
        tsm="investigation",
        reasons=(("R2", "c_pressure_or_force"), ("R3", "tsm_group_c")),
    ),
    case(
        "minor with a financial demand: C",
        {"coercion.financial_demand": "yes"},
        category="C",
        reasons=(("R2", "c_financial_demand"), ("R3", "tsm_group_c")),
    ),
    case(
        "minor threatened with publication: coercion, C",
        {"coercion.threat_to_publish": "yes"},
        category="C",
        reasons=(("R2", "c_threat_to_publish"),),
    ),
    case(
        "minor victim of sextortion: extortion is coercion, C",
        {"incident.kinds": ["sextortion"]},
        category="C",
        reasons=(("R2", "c_sextortion"),),
    ),
    case(
        "grooming or sexchatting are image-based kinds too",
        {"incident.kinds": ["grooming", "sexchatting"]},
        category="B",
    ),
    case(
        "pressure not known: B, but the reasons say what is not known",
        {"coercion.pressure_or_force": "unknown"},
        category="B",
        reasons=(("R2", "b_peers"), ("R2", "b_but_not_known")),
    ),
    case(
        "financial demand declined: B, and said",
        {"coercion.financial_demand": "declined"},
        category="B",
        reasons=(("R2", "b_but_not_known"),),
    ),
    case(
        "missing coercion answers count as not known",
        {"coercion": None},
        category="B",
        reasons=(("R2", "b_but_not_known"),),
    ),
    case(
        "unknowns do not matter once C is certain",
        {"coercion.financial_demand": "yes", "coercion.pressure_or_force": "unknown"},
        category="C",
        absent=(("R2", "b_but_not_known"),),
    ),
    case(
        "unknowns do not matter for an adult",
        {"victim.date_of_birth": "1990-01-01", "coercion": None, "suspects.0.age_years": 36},
        category="A",
        absent=(("R2", "b_but_not_known"),),
    ),
    case(
        "no image-based kind: no group",
        {"incident.kinds": ["other"]},
        category=None,
        tsm="frontoffice_advice",
        reasons=(("R2", "no_image_kind"), ("R1", "frontoffice_advice")),
    ),
    case(
        "no kinds at all: no group, still frontoffice advice",
        {"incident.kinds": []},
        category=None,
        tsm="frontoffice_advice",
        reasons=(("R1", "frontoffice_advice"),),
    ),
]

R5_CASES = [
    case(
        "gap equal to the threshold (3): slight, B",
        {"suspects.0.age_years": 18},
        age_gap_years=3,
        age_gap_more_than_slight=False,
        category="B",
        reasons=(("R5", "gap_slight"),),
    ),
    case(
        "gap one more than the threshold: more than slight, C",
        {"suspects.0.age_years": 19},
        age_gap_years=4,
        age_gap_more_than_slight=True,
        category="C",
        reasons=(("R5", "gap_more_than_slight"), ("R2", "c_age_gap")),
    ),
    case(
        "a much younger suspect counts too (the gap has no direction)",
        {"suspects.0.age_years": 11},
        age_gap_years=4,
        age_gap_more_than_slight=True,
        category="C",
    ),
    case(
        "no suspect listed: the gap cannot be ruled out, C with the flag",
        {"suspects": []},
        category="C",
        age_gap_years=None,
        age_gap_more_than_slight=None,
        flags=["suspect_age_unknown", "minor_needs_guardian_consent"],
        reasons=(
            ("R5", "no_suspect_listed"),
            ("R5", "gap_default_c"),
            ("R2", "c_age_gap_not_ruled_out"),
        ),
    ),
    case(
        "suspect age null and no estimate: C with the flag",
        {"suspects.0.age_years": None},
        category="C",
        age_gap_more_than_slight=None,
        flags=["suspect_age_unknown", "minor_needs_guardian_consent"],
        reasons=(("R5", "suspect_age_unknown"), ("R5", "gap_default_c")),
    ),
    case(
        "unknown suspect age does not matter for an adult victim",
        {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": None},
        category="A",
        flags=[],
        absent=(("R5", "gap_default_c"), ("R5", "suspect_age_unknown")),
    ),
    case(
        "estimated adult, victim 13: at least 5 years, more than slight",
        {
            "victim.date_of_birth": "2013-03-02",
            "suspects.0.age_years": None,
            "suspects.0.age_estimate": "adult",
        },
        category="C",
        age_gap_years=None,
        age_gap_more_than_slight=True,
        flags=["minor_needs_guardian_consent"],
        reasons=(("R5", "estimate_more_than_slight"), ("R2", "c_age_gap")),
    ),
    case(
        "estimated adult, victim 15: at least 3, perhaps more: not ruled out, C",
        {"suspects.0.age_years": None, "suspects.0.age_estimate": "adult"},
        category="C",
        age_gap_more_than_slight=None,
        flags=["suspect_age_unknown", "minor_needs_guardian_consent"],
        reasons=(("R5", "estimate_undecided"), ("R5", "gap_default_c")),
    ),
    case(
        "estimated minor, victim 15: could be 0 or 15 years apart: not ruled out, C",
        {"suspects.0.age_years": None, "suspects.0.age_estimate": "minor"},
        category="C",
        age_gap_more_than_slight=None,
        reasons=(("R5", "estimate_undecided"),),
    ),
    case(
        "age and estimate contradict: neither is used, C with the flag",
        {"suspects.0.age_years": 34, "suspects.0.age_estimate": "minor"},
        category="C",
        age_gap_years=None,
        age_gap_more_than_slight=None,
        flags=["suspect_age_unknown", "minor_needs_guardian_consent"],
        reasons=(("R5", "suspect_age_contradictory"), ("R5", "gap_default_c")),
    ),
    case(
        "age and a matching estimate: the exact age is used",
        {"suspects.0.age_years": 16, "suspects.0.age_estimate": "minor"},
        category="B",
        age_gap_years=1,
        absent=(("R5", "suspect_age_contradictory"),),
    ),
    case(
        "suspect 19 now was a minor two years ago: age and estimate agree",
        {
            "incident.first_date": "2024-11-01",
            "suspects.0.age_years": 19,
            "suspects.0.age_estimate": "minor",
        },
        age_at_incident=13,
        age_gap_years=4,
        category="C",
        reasons=(("R2", "c_age_gap"),),
        absent=(("R5", "suspect_age_contradictory"),),
    ),
    case(
        "two suspects: the larger gap decides",
        {"suspects": [{"age_years": 16}, {"age_years": 34}]},
        age_gap_years=19,
        age_gap_more_than_slight=True,
        category="C",
    ),
    case(
        "two suspects, one of unknown age: the gap is not ruled out",
        {"suspects": [{"age_years": 16}, {"age_years": None}]},
        age_gap_years=None,
        age_gap_more_than_slight=None,
        category="C",
        flags=["suspect_age_unknown", "minor_needs_guardian_consent"],
    ),
    case(
        "two suspects, one far older, one unknown: more than slight already",
        {"suspects": [{"age_years": 34}, {"age_estimate": None}]},
        age_gap_years=None,
        age_gap_more_than_slight=True,
        flags=["minor_needs_guardian_consent"],
        category="C",
    ),
]

OVERRIDE_CASES = [
    case(
        "officer overrides a computed large gap: B, flagged, reason kept",
        {
            "suspects.0.age_years": 19,
            "age_gap_override": {"more_than_slight": False, "reason": "Klasgenoten, zelfde jaar."},
        },
        age_gap_years=4,
        age_gap_more_than_slight=False,
        category="B",
        flags=["age_gap_overridden", "minor_needs_guardian_consent"],
        reasons=(("R5", "override_applied"),),
    ),
    case(
        "officer judges a small gap more than slight: C, flagged",
        {"age_gap_override": {"more_than_slight": True, "reason": "Verdachte is veel ouder."}},
        category="C",
        age_gap_more_than_slight=True,
        flags=["age_gap_overridden", "minor_needs_guardian_consent"],
        reasons=(("R5", "override_applied"), ("R2", "c_age_gap")),
    ),
    case(
        "officer confirms the computed answer: no flag",
        {"age_gap_override": {"more_than_slight": False, "reason": "Bevestigd."}},
        category="B",
        flags=["minor_needs_guardian_consent"],
        reasons=(("R5", "override_confirms"),),
    ),
    case(
        "officer decides an unknown suspect age: the default gives way, both flags",
        {
            "suspects.0.age_years": None,
            "age_gap_override": {"more_than_slight": False, "reason": "Zelfde klas."},
        },
        category="B",
        age_gap_more_than_slight=False,
        flags=["suspect_age_unknown", "age_gap_overridden", "minor_needs_guardian_consent"],
        absent=(("R5", "gap_default_c"),),
    ),
    case(
        "override for an adult victim plays no part",
        {
            "victim.date_of_birth": "1990-01-01",
            "suspects.0.age_years": 20,
            "age_gap_override": {"more_than_slight": True, "reason": "Test."},
        },
        category="A",
        flags=[],
        reasons=(("R5", "override_not_needed"),),
    ),
]


@pytest.mark.parametrize("row", R2_CASES, ids=lambda row: row.name)
def test_r2_groups(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", R5_CASES, ids=lambda row: row.name)
def test_r5_age_gap(row: Case) -> None:
    check(row)


@pytest.mark.parametrize("row", OVERRIDE_CASES, ids=lambda row: row.name)
def test_r5_officer_override(row: Case) -> None:
    check(row)


def with_threshold(years: int) -> Policy:
    return POLICY.model_copy(update={"age_gap": AgeGapPolicy(more_than_slight_years=years)})


POLICY_CASES = [
    (5, case("gap 4 under a threshold of 5: B", {"suspects.0.age_years": 19}, category="B")),
    (2, case("gap 3 over a threshold of 2: C", {"suspects.0.age_years": 18}, category="C")),
    (
        20,
        case(
            "estimated minor under a threshold of 20: surely slight, B",
            {"suspects.0.age_years": None, "suspects.0.age_estimate": "minor"},
            category="B",
            flags=["minor_needs_guardian_consent"],
            reasons=(("R5", "estimate_slight"),),
        ),
    ),
]


@pytest.mark.parametrize(("years", "row"), POLICY_CASES, ids=lambda v: getattr(v, "name", v))
def test_r5_threshold_comes_from_the_policy(years: int, row: Case) -> None:
    check(row, with_threshold(years))


def test_the_threshold_is_named_in_the_reason() -> None:
    from tests.triage.cases import make, run

    decision = run(make({"suspects.0.age_years": 19}), with_threshold(3))

    gap_reason = next(r for r in decision.reasons if r.key == "gap_more_than_slight")
    assert "4 jaar" in gap_reason.text
    assert "3 jaar uit het beleid" in gap_reason.text
