"""Every branch of the real intake form, walked without a GUI, down to the answers document."""

from __future__ import annotations

from typing import Any

import jsonschema

from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview
from tests.interview.conftest import give
from tests.interview.contract_schema import TRIAGE_INPUT
from tests.interview.triage_cli import run_triage

UNKNOWN = AnswerState.UNKNOWN
DECLINED = AnswerState.DECLINED

OPENING = {
    "purpose_explained": "yes",
    "pause_right_explained": "yes",
    "present_persons": ["nobody"],
    "interview_language": "nl",
    "reporter": "victim",
}
# The officer's own estimate, asked first so the app addresses the person well (je / u).
ADULT = {"victim_age_estimate": "adult"}
MINOR = {"victim_age_estimate": "minor"}
CALM_SAFETY = {
    "safe_now": "yes",
    "threat_ongoing": "no",
    "extortion_deadline": "no",
    "self_harm_thoughts": "no",
}


def applies(interview: Interview, *keys: str) -> list[bool]:
    return [interview.is_applicable(key) for key in keys]


def document(interview: Interview) -> dict[str, Any]:
    result = interview.answers_document()
    jsonschema.validate(result, TRIAGE_INPUT)  # exactly the contract's keys and vocabulary
    code, _, errors = run_triage(result)  # and its consumer accepts it
    assert (code, errors) == (0, "")
    return result


def finish(interview: Interview) -> None:
    assert [slot.key for slot in interview.open_questions()] == []
    assert all(section.complete for section in interview.progress())


def add_suspect(interview: Interview, answers: dict[str, Any]) -> int:
    number = interview.add_instance("suspects")
    give(interview, {f"suspects#{number}.{key}": value for key, value in answers.items()})
    return number


def test_adult_sextortion_is_asked_in_depth(interview: Interview) -> None:
    give(interview, OPENING | ADULT | CALM_SAFETY | {"threat_ongoing": "yes"})
    give(
        interview,
        {
            "victim_name": "Sam Fictief",
            "victim_date_of_birth": "1994-06-15",
            "contact_safe_ways": ["phone"],
            "contact_phone": "0600000001",
            "contact_avoid": "Geen post naar huis",
            "account": "Een onbekend account dreigt foto's te verspreiden.",
            "incident_kinds": ["sextortion", "image_abuse"],
            "incident_first_date": "2026-10-01",
            "incident_ongoing": "yes",
        },
    )
    add_suspect(
        interview,
        {
            "known": "no",
            "description": "Account fictief_account_1",
            "age_years": UNKNOWN,
            "age_estimate": "adult",
            "relation": "online_only",  # no questions about home or family then
            "identifiers": [
                {"kind": "handle", "value": "@fictief_account_1", "platform": "instagram"}
            ],
        },
    )
    # Pressure was told under Safety, the threat to publish is what sextortion is: neither is
    # asked again, and the document reads them from there.
    assert applies(interview, "pressure_or_force", "threat_to_publish") == [False, False]
    give(
        interview,
        {
            "financial_demand": "no",
            "more_images_demanded": "yes",
            "contact_demanded": "yes",
            "images_exist": "yes",
            "images_distributed": "yes",
            "image_locations": [{"kind": "url", "value": "https://voorbeeld.invalid/a"}],
            "needs": ["image_removal", "support"],
            "report_wish": "now",
            "information_form": ["leaflet"],
            "wants_offender_informed": "no",
            "restorative_interest": "no",
            "victim_made_or_shared_material": "yes",
            "material_of_others": "no",
            "consent_offlimits": "yes",
            "consent_shn": "yes",
            "officer_notes": "Frontoffice gebeld.",
        },
    )

    # Adults are asked in depth; guardian, minors' and age-gap questions do not apply.
    assert applies(interview, "guardian_safe_to_involve", "minor_spontaneous_note") == [False] * 2
    assert (
        applies(interview, "consent_given_by", "age_gap_assessment", "physical_last_date")
        == [False] * 3
    )
    assert applies(interview, "incident_last_date", "consent_veilig_thuis") == [False, False]
    finish(interview)
    assert document(interview) == {
        "intake_date": "2026-11-23",
        # The officer's estimate goes along only when no age is known (triage contract v2).
        "victim": {"date_of_birth": "1994-06-15", "age_years": None, "age_estimate": None},
        "reporter": "victim",
        "incident": {
            "first_date": "2026-10-01",
            "kinds": ["sextortion", "image_abuse"],
            "physical_last_date": None,
        },
        "suspects": [{"age_years": None, "age_estimate": "adult"}],
        "coercion": {
            "pressure_or_force": "yes",
            "financial_demand": "no",
            "threat_to_publish": "yes",
            "deadline_within_48h": "no",
        },
        "safety": {"in_danger_now": "no", "self_harm_thoughts": "no", "threat_ongoing": "yes"},
        "report_wish": "now",
        "series_matches": 0,
        "age_gap_override": None,
        "victim_made_or_shared_material": "yes",
        "material_of_others": "no",
        "wants_offender_informed": "no",
        "restorative_interest": "no",
    }


def test_minor_peers_are_asked_less(interview: Interview) -> None:
    # R14: no account, no questions about more images or contact, no restorative mediation.
    give(interview, OPENING | MINOR | {"present_persons": ["parent_or_guardian"]} | CALM_SAFETY)
    give(
        interview,
        {
            "victim_name": "Noor Fictief",
            "victim_date_of_birth": "2011-03-02",
            "contact_safe_ways": ["via_guardian"],
            "contact_avoid": DECLINED,
            "guardian_safe_to_involve": "yes",
            "guardian_name": "Ouder Fictief",
            "guardian_phone": "0600000002",
            "minor_spontaneous_note": "Foto is in de klasgroep gedeeld.",
            "incident_kinds": ["image_abuse"],
            "incident_first_date": "2026-09-01",
            "incident_ongoing": "no",
            "incident_last_date": "2026-10-15",
        },
    )
    add_suspect(
        interview,
        {
            "known": "yes",
            "description": "Klasgenoot",
            "age_years": 16,
            "relation": "acquaintance",
            "family": "no",
            "lives_with_victim": "no",
            "has_access": "no",
            "identifiers": [{"kind": "username", "value": "fictief_klasgenoot"}],
        },
    )
    give(
        interview,
        {
            "pressure_or_force": "no",
            "threat_to_publish": "no",
            "financial_demand": "no",
            "images_exist": "yes",
            "images_distributed": "yes",
            "image_locations": [{"kind": "url", "value": "https://voorbeeld.invalid/klas"}],
            "needs": ["image_removal"],
            "report_wish": "undecided",
            "information_form": ["conversation"],
            "wants_offender_informed": "no",
            "victim_made_or_shared_material": "yes",
            "material_of_others": "no",
            "consent_given_by": "both",  # R4: 15 now, between the policy's consent ages
            "consent_offlimits": "yes",
            "consent_veilig_thuis": "no",
            "consent_shn": "yes",
            "age_gap_assessment": "follow_policy",
            "officer_notes": "Advies frontoffice gevraagd.",
        },
    )

    assert applies(interview, "account", "more_images_demanded", "contact_demanded") == [False] * 3
    assert applies(interview, "restorative_interest", "physical_injuries") == [False, False]
    assert interview.computed()["largest_age_gap"] == 1
    assert interview.computed()["age_gap_more_than_slight"] is False
    finish(interview)
    assert document(interview) == {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": "2011-03-02", "age_years": None, "age_estimate": None},
        "reporter": "victim",
        "incident": {
            "first_date": "2026-09-01",
            "kinds": ["image_abuse"],
            "physical_last_date": None,
        },
        "suspects": [
            {
                "age_years": 16,
                "age_estimate": None,
                "lives_with_victim": "no",
                "has_access": "no",
                "family": "no",
            }
        ],
        "coercion": {
            "pressure_or_force": "no",
            "financial_demand": "no",
            "threat_to_publish": "no",
            "deadline_within_48h": "no",
        },
        "safety": {"in_danger_now": "no", "self_harm_thoughts": "no", "threat_ongoing": "no"},
        "report_wish": "unknown",  # the form's "weet ik nog niet"
        "series_matches": 0,
        "age_gap_override": None,
        "guardian_safe_to_involve": "yes",
        "victim_made_or_shared_material": "yes",
        "material_of_others": "no",
        "wants_offender_informed": "no",
    }


def test_minor_under_12_needs_a_guardians_consent(interview: Interview) -> None:
    give(interview, OPENING | MINOR | {"present_persons": ["parent_or_guardian"]} | CALM_SAFETY)
    give(
        interview,
        {
            "victim_name": "Lina Fictief",
            "victim_date_of_birth": "2016-01-10",
            # Under 12 and telling herself: contact goes through the guardian.
            "guardian_safe_to_involve": "yes",
            "guardian_name": "Moeder Fictief",
            "guardian_phone": "0600000003",
            "minor_spontaneous_note": DECLINED,
            "incident_kinds": ["grooming"],
            "incident_first_date": "2026-08-01",
            "incident_ongoing": "yes",
        },
    )
    add_suspect(
        interview,
        {
            "known": "no",
            "description": "Spelaccount",
            "relation": "online_only",
            "identifiers": [
                {"kind": "handle", "value": "fictief_gamer", "platform": "gameplatform"}
            ],
        },
    )
    # R14: under 12 at the facts, no questions on coercion, money, images, aangifte, informing
    # the suspect or mediation (the group is C whatever the answers), nor the suspect's age.
    assert (
        applies(
            interview,
            "pressure_or_force",
            "financial_demand",
            "images_exist",
            "report_wish",
            "wants_offender_informed",
            "victim_made_or_shared_material",
            "suspects#1.age_years",
        )
        == [False] * 7
    )
    give(interview, {"needs": ["support", "information"]})

    # R4: a 10-year-old does not consent; the check names the rule.
    problems = interview.set_answer("consent_given_by", "victim")
    assert [message.code for message in problems] == ["check:guardian_for_young_children"]
    assert "ouder of voogd" in problems[0].text["nl"]
    give(
        interview,
        {
            "consent_given_by": "guardian",
            "consent_offlimits": "no",
            "consent_veilig_thuis": "yes",
            "consent_shn": "yes",
            "officer_notes": "Kind niet bevraagd (R14).",
        },
    )

    assert interview.computed()["under_12_at_incident"] is True
    assert interview.is_applicable("images_distributed") is False
    finish(interview)
    assert document(interview) == {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": "2016-01-10", "age_years": None, "age_estimate": None},
        "reporter": "victim",
        "incident": {"first_date": "2026-08-01", "kinds": ["grooming"], "physical_last_date": None},
        "suspects": [{"age_years": None, "age_estimate": None}],
        "coercion": {"deadline_within_48h": "no"},
        "safety": {"in_danger_now": "no", "self_harm_thoughts": "no", "threat_ongoing": "no"},
        "report_wish": "unknown",  # R14: not asked of a child who was under 12
        "series_matches": 0,
        "age_gap_override": None,
        "guardian_safe_to_involve": "yes",
    }


def _minor_with_suspect(interview: Interview, suspect_age: Any, estimate: Any = None) -> None:
    give(interview, OPENING | MINOR | CALM_SAFETY)
    give(
        interview,
        {
            "victim_name": "Jesse Fictief",
            "victim_date_of_birth": "2010-05-01",
            "contact_safe_ways": ["phone"],
            "contact_phone": "0600000004",
            "contact_avoid": "Niet bellen onder schooltijd",
            "guardian_safe_to_involve": "no",
            "minor_spontaneous_note": UNKNOWN,
            "incident_kinds": ["sextortion"],
            "incident_first_date": "2026-06-01",
            "incident_ongoing": "yes",
        },
    )
    suspect = {"known": "no", "age_years": suspect_age}
    if estimate is not None:
        suspect["age_estimate"] = estimate
    add_suspect(interview, suspect | {"family": "no", "lives_with_victim": UNKNOWN})


def test_minor_with_an_older_suspect_and_the_officers_override(interview: Interview) -> None:
    _minor_with_suspect(interview, 34)

    # R5: 34 against 16 at the first incident is a gap of 18 years, above the policy's 3.
    assert interview.computed()["age_at_incident"] == 16
    assert interview.computed()["largest_age_gap"] == 18
    assert interview.computed()["age_gap_more_than_slight"] is True
    assert interview.is_applicable("guardian_name") is False  # not safe to involve (R13)
    give(interview, {"age_gap_assessment": "slight"})
    assert interview.answers_document()["age_gap_override"] is None  # no reason yet
    assert "age_gap_reason" in [slot.key for slot in interview.open_questions()]
    give(interview, {"age_gap_reason": "Leeftijd van de verdachte is vermoedelijk te hoog."})

    result = document(interview)
    assert result["age_gap_override"] == {
        "more_than_slight": False,
        "reason": "Leeftijd van de verdachte is vermoedelijk te hoog.",
    }
    assert result["suspects"] == [
        {"age_years": 34, "age_estimate": None, "lives_with_victim": "unknown", "family": "no"}
    ]
    assert result["victim"] == {
        "date_of_birth": "2010-05-01",
        "age_years": None,
        "age_estimate": None,
    }


def test_unknown_suspect_age_is_passed_on_as_unknown(interview: Interview) -> None:
    # R5: the triage defaults a minor's case to group C when the suspect's age is unknown.
    _minor_with_suspect(interview, UNKNOWN, estimate=UNKNOWN)
    second = add_suspect(interview, {"age_years": DECLINED, "age_estimate": "minor"})

    assert interview.computed()["largest_age_gap"] is None
    assert interview.is_applicable(f"suspects#{second}.age_estimate")
    assert document(interview)["suspects"] == [
        {"age_years": None, "age_estimate": None, "lives_with_victim": "unknown", "family": "no"},
        {"age_years": None, "age_estimate": "minor"},
    ]


def test_financial_sextortion_with_a_deadline(interview: Interview) -> None:
    give(interview, OPENING | ADULT)
    give(
        interview,
        {
            "safe_now": "yes",
            "threat_ongoing": "yes",
            "extortion_deadline": "yes",
            "deadline_within_48h": "yes",
            "self_harm_thoughts": "unknown",
            "victim_name": "Robin Fictief",
            "victim_age_years": 24,
            "contact_safe_ways": ["email"],
            "contact_email": "fictief@voorbeeld.invalid",
            "contact_avoid": DECLINED,
            "account": "Na een videogesprek wordt geld geëist.",
            "incident_kinds": ["sextortion"],
            "incident_first_date": "2026-11-20",
            "incident_ongoing": "yes",
        },
    )
    add_suspect(
        interview,
        {
            "known": "no",
            "age_years": UNKNOWN,
            "age_estimate": UNKNOWN,
            "relation": "stranger",
            "identifiers": [
                {"kind": "iban", "value": "NL00FICT0000000000"},
                {"kind": "crypto_wallet", "value": "fictief-wallet-0001"},
            ],
        },
    )
    give(
        interview,
        {
            "financial_demand": "yes",
            "paid_already": "yes",
            "more_images_demanded": "no",
            "contact_demanded": "no",
        },
    )

    assert interview.computed()["adult_now"] is True  # the age was given
    result = document(interview)
    assert result["victim"] == {"date_of_birth": None, "age_years": 24, "age_estimate": None}
    assert result["coercion"] == {
        "pressure_or_force": "yes",
        "financial_demand": "yes",
        "threat_to_publish": "yes",
        "deadline_within_48h": "yes",
    }
    assert result["safety"] == {
        "in_danger_now": "no",
        "self_harm_thoughts": "unknown",
        "threat_ongoing": "yes",  # R1: urgent (ongoing_threat)
    }
    assert result["suspects"] == [{"age_years": None, "age_estimate": None}]


def test_physical_violence_within_72_hours_is_acute(interview: Interview) -> None:
    give(interview, OPENING | ADULT | CALM_SAFETY | {"safe_now": "no"})
    give(
        interview,
        {
            "victim_name": "Kim Fictief",
            "victim_date_of_birth": "1985-02-03",
            "contact_safe_ways": ["phone"],
            "contact_phone": "0600000005",
            "contact_avoid": "Geen",
            "account": "Verkrachting door een bekende na een feest.",
            "incident_kinds": ["rape"],
            "incident_first_date": "2026-11-21",
            "incident_ongoing": "no",
            "incident_last_date": "2026-11-21",
        },
    )
    add_suspect(
        interview,
        {
            "known": "yes",
            "description": "Bekende van een feest",
            "age_years": 30,
            "relation": "acquaintance",
            "family": "no",
            "lives_with_victim": "no",
            "has_access": "no",
            "identifiers": [{"kind": "phone", "value": "0600000006"}],
        },
    )
    give(
        interview,
        {
            "physical_last_date": "2026-11-21",
            "physical_last_time": "23:30",
            "physical_penetration": "yes",
            "physical_drugging": UNKNOWN,
            "physical_injuries": "yes",
            "csg_already_called": "no",
            "csg_call_now": "yes",  # R6: within the CSG's acute window
            "needs": ["medical_care", "safety"],
            "report_wish": "later",
            "information_form": ["phone"],
            "wants_offender_informed": "declined",
            "restorative_interest": "no",
            "consent_csg": "yes",
            "consent_shn": "yes",
            "officer_notes": "CSG gebeld.",
        },
    )

    # Image-based sections do not apply to physical violence alone.
    assert (
        applies(interview, "pressure_or_force", "images_exist", "consent_offlimits") == [False] * 3
    )
    assert interview.computed()["physical_recent"] is True
    finish(interview)
    assert document(interview) == {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": "1985-02-03", "age_years": None, "age_estimate": None},
        "reporter": "victim",
        "incident": {
            "first_date": "2026-11-21",
            "kinds": ["rape"],
            "physical_last_date": "2026-11-21",
        },
        "suspects": [
            {
                "age_years": 30,
                "age_estimate": None,
                "lives_with_victim": "no",
                "has_access": "no",
                "family": "no",
            }
        ],
        "coercion": {"deadline_within_48h": "no"},
        "safety": {"in_danger_now": "yes", "self_harm_thoughts": "no", "threat_ongoing": "no"},
        "report_wish": "later",
        "series_matches": 0,
        "age_gap_override": None,
        "wants_offender_informed": "declined",
        "restorative_interest": "no",
    }


def test_physical_violence_beyond_the_acute_window_asks_no_call_now(
    interview: Interview,
) -> None:
    give(interview, {"victim_date_of_birth": "1985-02-03", "incident_kinds": ["physical_assault"]})
    give(interview, {"physical_last_date": "2026-11-01"})

    assert interview.computed()["physical_recent"] is False
    assert interview.is_applicable("csg_call_now") is False


def test_declines_everywhere_still_finish_the_interview(interview: Interview) -> None:
    # "Wil ik niet zeggen" is a valid answer to every question, the repeat group included.
    for _ in range(20):
        still_open = interview.open_questions()
        if not still_open:
            break
        for slot in still_open:
            interview.set_state(slot.key, DECLINED)

    finish(interview)
    saved = interview.saved_answers()
    assert saved and all(entry == {"value": None, "state": "declined"} for entry in saved.values())
    # Unknown age: the careful default is a minor (R14), so the guardian question applies.
    assert interview.is_applicable("guardian_safe_to_involve")
    assert document(interview) == {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": None, "age_years": None, "age_estimate": None},
        "reporter": "victim",
        "incident": {"first_date": None, "kinds": [], "physical_last_date": None},
        "suspects": [],
        "coercion": {"deadline_within_48h": "declined"},
        "safety": {
            "in_danger_now": "declined",
            "self_harm_thoughts": "declined",
            "threat_ongoing": "declined",
        },
        "report_wish": "declined",
        "series_matches": 0,
        "age_gap_override": None,
        "guardian_safe_to_involve": "declined",
        "wants_offender_informed": "declined",
    }
