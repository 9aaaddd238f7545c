"""ReferralCase from the real shipped form, answered as an officer would, for fictional people."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from intake_app.forms.loader import load_form
from intake_app.forms.policy import Policy
from intake_app.interview.session import Interview
from intake_app.referrals.case import Officer, ReferralCase
from intake_app.referrals.consent import ConsentRefused
from intake_app.referrals.directory import ServiceDirectory
from intake_app.referrals.from_interview import local_time, referral_case, triage_decision
from intake_app.referrals.letters import compose_letter
from intake_app.station_profile import StationProfile
from tests.interview.conftest import give

INTAKE_DATE = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 16, 0)
FORM = load_form()
STATION = StationProfile(
    name="Politie basisteam Fictiefdorp", address=("Fictieplein 2", "9999 ZZ Fictiefdorp")
)
OFFICER = Officer(name="agent R. Verzonnen", contact="r.verzonnen@politie.example")
CALM_OPENING = {
    "purpose_explained": "yes",
    "pause_right_explained": "yes",
    "present_persons": ["nobody"],
    "interview_language": "nl",
    "safe_now": "yes",
    "threat_ongoing": "no",
    "extortion_deadline": "no",
    "self_harm_thoughts": "no",
}


def case_of(
    interview: Interview,
    policy: Policy,
    recorded_at: dict[str, datetime] | None = None,
    training: bool = False,
) -> ReferralCase:
    return referral_case(
        interview,
        triage_decision(interview, policy),
        STATION,
        OFFICER,
        "PL9999-2026112399",
        recorded_at=recorded_at or {},
        now=NOW,
        training=training,
    )


def adult_sextortion(extra: dict[str, Any] | None = None) -> Interview:
    interview = Interview(FORM, INTAKE_DATE)
    give(interview, CALM_OPENING)
    give(
        interview,
        {
            "victim_name": "Sam Fictief",
            "victim_date_of_birth": "1994-06-15",
            "contact_safe_ways": ["phone", "email"],
            "contact_phone": "0600000001",
            "contact_email": "sam@mail.example",
            "contact_avoid": "Geen post naar huis",
            "account": "VERHAAL: een onbekend account dreigt foto's te verspreiden.",
            "incident_kinds": ["sextortion"],
            "incident_first_date": "2026-10-01",
            "incident_ongoing": "yes",
        },
    )
    number = interview.add_instance("suspects")
    give(
        interview,
        {
            f"suspects#{number}.known": "no",
            f"suspects#{number}.family": "no",
            f"suspects#{number}.lives_with_victim": "no",
            f"suspects#{number}.has_access": "yes",
        },
    )
    give(
        interview,
        {
            # Sextortion is a threat to publish: not asked again (the document reads it).
            "images_exist": "yes",
            "images_distributed": "yes",
            "image_locations": [
                {"kind": "url", "value": "https://voorbeeld.invalid/a"},
                {"kind": "handle", "value": "@fictief_account", "platform": "instagram"},
            ],
            "needs": ["image_removal", "support"],
            "report_wish": "later",
            "consent_offlimits": "yes",
            "consent_shn": "no",
        }
        | (extra or {}),
    )
    return interview


def test_an_adults_answers_become_the_case(policy: Policy) -> None:
    saved = datetime(2026, 11, 23, 14, 5)
    case = case_of(adult_sextortion(), policy, {"consent_offlimits": saved})

    assert case.reference == "PL9999-2026112399"
    assert case.intake_date == INTAKE_DATE
    assert case.station.name == "Politie basisteam Fictiefdorp"
    assert case.station.address == ("Fictieplein 2", "9999 ZZ Fictiefdorp")
    assert case.officer == OFFICER
    assert case.victim.name == "Sam Fictief"
    assert case.victim.date_of_birth == date(1994, 6, 15)
    assert case.victim.contact.phone == "0600000001"
    assert case.victim.contact.email == "sam@mail.example"
    assert case.victim.contact.how == "Geen post naar huis"
    assert case.guardian is None
    assert case.incident.kinds == ("sextortion",)
    assert case.images.exist == "yes" and case.images.distributed == "yes"
    assert [(place.platform, place.url) for place in case.images.locations] == [
        ("", "https://voorbeeld.invalid/a"),
        ("instagram", "@fictief_account"),
    ]
    assert (case.needs.image_removal, case.needs.support, case.needs.medical_care) == (
        "yes",
        "yes",
        "no",
    )
    assert case.needs.wish_to_report == "yes"
    # R13: access counts apart from living together.
    assert case.home.suspect_has_access == "yes"
    assert case.home.suspect_lives_with_victim == "no"
    assert case.narrative.startswith("VERHAAL")
    # An adult consents alone; "no" for SHN is no consent at all.
    assert [(c.service, c.given_by, c.given_at) for c in case.consents] == [
        ("offlimits", "victim", saved)
    ]
    assert case.training is False


def test_triage_urgency_reaches_the_case(policy: Policy) -> None:
    interview = adult_sextortion()
    decision = triage_decision(interview, policy)
    case = case_of(interview, policy)

    assert case.urgency == {r.service: r.urgency for r in decision.referrals}
    assert case.urgent == decision.urgent
    assert "offlimits" in case.urgency


def test_the_case_makes_a_letter_only_where_consent_was_given(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_of(adult_sextortion(), policy, training=True)

    letter = compose_letter(case, "offlimits", directory, policy, NOW)
    assert letter.training is True
    assert "https://voorbeeld.invalid/a" in " ".join(letter.texts())
    assert "VERHAAL" not in " ".join(letter.texts())
    with pytest.raises(ConsentRefused):
        compose_letter(case, "shn", directory, policy, NOW)


def test_answers_in_a_branch_that_no_longer_applies_never_reach_the_case(
    policy: Policy, directory: ServiceDirectory
) -> None:
    interview = adult_sextortion()
    # The officer corrects "images distributed": the locations stay saved but no longer count.
    give(interview, {"images_distributed": "no"})
    interview.set_answer("incident_kinds", ["physical_assault"])  # no longer image-based

    case = case_of(interview, policy)

    assert interview.answer("image_locations") is not None  # kept, not lost
    assert case.images.locations == ()
    assert case.images.exist == "unknown"
    assert case.consents == ()  # consent_offlimits applies no more
    with pytest.raises(ConsentRefused):
        compose_letter(case, "offlimits", directory, policy, NOW)


def minor_of_fourteen(given_by: str | None) -> Interview:
    interview = Interview(FORM, INTAKE_DATE)
    give(interview, CALM_OPENING)
    give(
        interview,
        {
            "victim_name": "Noa Verzonnen",
            "victim_date_of_birth": "2012-03-02",
            "contact_safe_ways": ["via_guardian"],
            "guardian_safe_to_involve": "yes",
            "guardian_name": "Iris Verzonnen",
            "guardian_phone": "0600000002",
            "incident_kinds": ["image_abuse"],
            "incident_first_date": "2026-11-01",
            "incident_ongoing": "no",
            "incident_last_date": "2026-11-20",
            "images_exist": "yes",
        },
    )
    if given_by is not None:
        give(interview, {"consent_given_by": given_by})
    give(interview, {"consent_offlimits": "yes", "consent_veilig_thuis": "yes"})
    return interview


def test_a_minors_consent_is_given_by_the_person_the_form_recorded(
    policy: Policy, directory: ServiceDirectory
) -> None:
    yes_saved = datetime(2026, 11, 23, 14, 0)
    who_saved = datetime(2026, 11, 23, 14, 30)
    case = case_of(
        minor_of_fourteen("both"),
        policy,
        {"consent_offlimits": yes_saved, "consent_given_by": who_saved},
    )

    assert case.victim.contact.how == "Via ouder of voogd"  # the form's own wording
    assert case.guardian is not None and case.guardian.name == "Iris Verzonnen"
    assert case.guardian.contact == "0600000002"
    offlimits = [(c.given_by, c.given_at) for c in case.consents if c.service == "offlimits"]
    # Complete when both the "yes" and who gave it were recorded: the later of the two.
    assert offlimits == [("victim", who_saved), ("parent_or_guardian", who_saved)]
    assert "Noa Verzonnen" in " ".join(
        compose_letter(case, "offlimits", directory, policy, NOW).texts()
    )


def test_a_minors_consent_without_who_gave_it_counts_for_nothing(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_of(minor_of_fourteen(None), policy)

    assert case.consents == ()
    with pytest.raises(ConsentRefused) as refused:
        compose_letter(case, "offlimits", directory, policy, NOW)
    assert "14 jaar" in refused.value.reason("nl")


def test_store_times_in_utc_become_local_times() -> None:
    moment = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)

    local = local_time(moment)

    assert local.tzinfo is None
    assert local == moment.astimezone().replace(tzinfo=None)
    assert local_time(NOW) == NOW


def test_safe_ways_and_the_interpreters_language_reach_the_contact_lines(
    policy: Policy, directory: ServiceDirectory
) -> None:
    interview = Interview(FORM, INTAKE_DATE)
    give(
        interview,
        CALM_OPENING
        | {
            "present_persons": ["interpreter"],
            "interview_language": "other",
            "interpreter_language": "Turks",
            "victim_name": "Şükrü Örnek",
            "victim_age_years": 30,
            "contact_safe_ways": ["phone", "no_contact"],
            "contact_phone": "0600000003",
            "contact_avoid": "Niet bellen na 18 uur",
            "consent_shn": "yes",
        },
    )

    case = case_of(interview, policy)

    assert case.victim.age_years == 30 and case.victim.date_of_birth is None
    assert case.victim.contact.how == "Liever geen contact. Niet bellen na 18 uur"
    assert case.victim.preferred_language == "Turks"
    text = " ".join(compose_letter(case, "shn", directory, policy, NOW).texts())
    assert "Liever geen contact" in text and "Şükrü Örnek" in text
