"""Contract version 2: the keys it adds and what they decide (R4, R5, R7, R8, R10, R13).

Every row fails on the version 1 rules: each pins a defect seen in review.
"""

from __future__ import annotations

import pytest

from tests.triage.cases import Case, case, check, make, run

ADULT = {"victim.date_of_birth": "1990-01-01", "suspects.0.age_years": 40}
CONSENT = "minor_needs_guardian_consent"
SHN = {"service": "shn", "urgency": "normal"}
OFFLIMITS = {"service": "offlimits", "urgency": "normal"}
# An 8-year-old whose stepfather lives in the house.
CHILD_AT_HOME = {
    "victim.date_of_birth": "2018-05-01",
    "suspects.0.age_years": 38,
    "suspects.0.lives_with_victim": "yes",
}

V2_CASES = [
    case(
        "R8: a request to inform the accused of an 8-year-old at home is no mediation wish",
        {**CHILD_AT_HOME, "wants_offender_informed": "yes"},
        flags=["mededelingsgesprek_requires_hovj", CONSENT, "offender_informed_risk_to_child"],
        reasons=(("R8", "offender_informed_risk_to_child"),),
        absent=(("R8", "herstelbemiddeling"),),
    ),
    case(
        "R8: informing a family member of a child is a risk too",
        {"suspects.0.family": "yes", "wants_offender_informed": "yes"},
        reasons=(("R8", "offender_informed_risk_to_child"),),
    ),
    case(
        "R8: informing the accused of an adult: no risk-to-child flag",
        {**ADULT, "suspects.0.family": "yes", "wants_offender_informed": "yes"},
        flags=["mededelingsgesprek_requires_hovj"],
    ),
    case(
        "R13: a coach with access to a child: Veilig Thuis, not acute",
        {"suspects.0.has_access": "yes"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_access"),),
    ),
    case(
        "R13: access to an adult is no reason for Veilig Thuis",
        {**ADULT, "suspects.0.has_access": "yes"},
        referrals=[OFFLIMITS, SHN],
    ),
    case(
        "R13: only living with a child makes Veilig Thuis acute",
        CHILD_AT_HOME,
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "acute"}, SHN],
    ),
    case(
        "R13: a 9-year-old whose father lives there and whose guardian is unsafe",
        {
            "victim.date_of_birth": "2017-02-01",
            "suspects.0.age_years": 41,
            "suspects.0.lives_with_victim": "yes",
            "suspects.0.family": "yes",
            "guardian_safe_to_involve": "no",
            "reporter": "other",
        },
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "acute"}, SHN],
        reasons=(
            ("R13", "guardian_unsafe"),
            ("R13", "veilig_thuis_child"),
            ("R4", "consent_guardian_unsafe"),
        ),
        absent=(("R4", "consent_guardian_only"),),
    ),
    case(
        "R13: a child whose guardian is unsafe, suspect elsewhere: Veilig Thuis by that alone",
        {"guardian_safe_to_involve": "no"},
        referrals=[OFFLIMITS, {"service": "veilig_thuis", "urgency": "normal"}, SHN],
        reasons=(("R13", "veilig_thuis_guardian_unsafe"),),
    ),
    case(
        "R13: the guardian question says nothing for an adult",
        {**ADULT, "guardian_safe_to_involve": "no"},
        flags=[],
    ),
    case(
        "R7: a series match is flagged for the frontoffice",
        {"series_matches": 2},
        reasons=(("R7", "series_suspected"),),
    ),
    case(
        "R10: no report wish and a minor victim: consider ex-officio investigation",
        {"report_wish": "not"},
        reasons=(("R10", "consider_ex_officio"),),
    ),
    case(
        "R10: no report wish, adult, but a series: consider ex-officio investigation",
        {**ADULT, "report_wish": "not", "series_matches": 1},
        flags=["series_suspected", "consider_ex_officio_investigation"],
    ),
    case(
        "R10: an adult without a report wish and no series: no prompt",
        {**ADULT, "report_wish": "not"},
        flags=[],
    ),
    case(
        "R4: the officer estimates an adult, no age known: group A, with the estimate quoted",
        {"victim.date_of_birth": None, "victim.age_estimate": "adult"},
        category="A",
        minor_at_incident=False,
        flags=[],
        reasons=(("R2", "a_adult_estimate"), ("R4", "age_estimate_adult")),
    ),
    case(
        "R4: the officer estimates a minor: a minor is not ruled out, R14 applies",
        {"victim.date_of_birth": None, "victim.age_estimate": "minor"},
        category="C",
        reasons=(("R4", "age_estimate_minor"), ("R14", "child_not_questioned_estimate")),
    ),
    case(
        "R5: an override without any calculation does not claim to differ from one",
        {
            "suspects.0.age_years": None,
            "age_gap_override": {"more_than_slight": False, "reason": "klasgenoot"},
        },
        reasons=(("R5", "override_decides"),),
        absent=(("R5", "override_applied"),),
    ),
]


@pytest.mark.parametrize("row", V2_CASES, ids=lambda row: row.name)
def test_contract_v2(row: Case) -> None:
    check(row)


def test_R8_mediation_is_never_suggested_from_a_request_to_inform() -> None:
    decision = run(make({**ADULT, "wants_offender_informed": "yes"}))

    assert "herstelbemiddeling" not in {r.service for r in decision.referrals}


def test_R8_mediation_reason_does_not_say_no_sign_of_danger() -> None:
    decision = run(make({**ADULT, "restorative_interest": "yes"}))

    text = {r.key: r.text for r in decision.reasons}["herstelbemiddeling"]
    assert "geen teken van gevaar" not in text
    assert "zegt dat te willen" in text


def test_R9_own_images_of_a_10_year_old_never_flag() -> None:
    decision = run(
        make({"victim.date_of_birth": "2016-01-01", "victim_made_or_shared_material": "yes"})
    )

    assert "victim_also_suspect" not in decision.flags


def test_R1_ongoing_threat_is_urgent_and_first_among_safety() -> None:
    decision = run(make({"safety.threat_ongoing": "yes"}))

    assert decision.urgent == ("ongoing_threat",)
    assert decision.reasons[0].rule in ("R12", "R1")


@pytest.mark.parametrize(
    ("wish", "flagged"), [("now", False), ("later", False), ("unknown", False), ("not", True)]
)
def test_R10_report_wish_values(wish: str, flagged: bool) -> None:
    decision = run(make({"report_wish": wish}))

    assert ("consider_ex_officio_investigation" in decision.flags) is flagged


def test_R4_version_1_document_keeps_its_meaning() -> None:
    """Only keys are added: a v1 document without v2 keys decides as before."""
    decision = run(make({}))

    assert decision.flags == (CONSENT,)
    assert {r.service for r in decision.referrals} == {"offlimits", "shn"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"report_wish": "undecided"}, "report_wish"),  # the form's word; the contract's is unknown
        ({"reporter": "mother"}, "reporter"),
        ({"victim.age_estimate": "child"}, "victim.age_estimate"),
        ({"series_matches": -1}, "series_matches"),
        ({"series_matches": "2"}, "series_matches"),
        ({"series_matches": True}, "series_matches"),
        ({"material_of_others": "ja"}, "material_of_others"),
        ({"safety.threat_ongoing": 1}, "safety.threat_ongoing"),
        ({"suspects.0.has_access": "maybe"}, "suspects.0.has_access"),
    ],
)
def test_v2_bad_input_names_the_field(changes: dict[str, object], field: str) -> None:
    from intake_app.triage.contract import BadAnswers, parse_answers

    with pytest.raises(BadAnswers) as caught:
        parse_answers(make(changes))

    assert caught.value.field == field


def test_v2_nulls_mean_the_defaults() -> None:
    decision = run(make({"reporter": None, "report_wish": None, "series_matches": None}))

    assert "series_suspected" not in decision.flags


def test_R8_R14_a_young_child_is_not_pressed_about_informing_the_suspect() -> None:
    """R14: a child under 12 at the facts is never asked about informing the suspect, so the
    unanswered wish gives no 'not known' reason; a teenager's still does."""
    from intake_app.forms.policy import load_policy
    from intake_app.triage.contract import parse_answers
    from intake_app.triage.decide import decide

    def r8_keys(birth: str) -> list[str]:
        answers = parse_answers(
            {
                "intake_date": "2026-11-23",
                "victim": {"date_of_birth": birth},
                "incident": {"first_date": "2026-11-01", "kinds": ["image_abuse"]},
            }
        )
        decision = decide(answers, load_policy())
        return [reason.key for reason in decision.reasons if reason.rule == "R8"]

    assert "mededelingsgesprek_not_asked" not in r8_keys("2017-02-01")  # 9 at the facts
    assert "mededelingsgesprek_not_asked" in r8_keys("2011-02-01")  # 15 at the facts
