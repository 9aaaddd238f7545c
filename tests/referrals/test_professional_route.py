"""R13's professional route and the true reason per service when there is no letter (R4)."""

from __future__ import annotations

from datetime import datetime

import pytest

from intake_app.forms.policy import Policy
from intake_app.referrals.availability import no_letter
from intake_app.referrals.case import HomeSafety, ProfessionalRoute, ReferralCase
from intake_app.referrals.consent import ConsentRefused
from intake_app.referrals.directory import ServiceDirectory, ServiceId
from intake_app.referrals.letters import compose_letter
from tests.referrals.cases import NOW, case_with

DECIDED = datetime(2026, 11, 23, 15, 0)


def child_at_home_with_unsafe_guardian() -> ReferralCase:
    """A 9-year-old whose father lives in the house; the guardian is not safe to involve."""
    home = HomeSafety(
        suspect_lives_with_victim="yes",
        suspect_is_family="yes",
        suspect_relations=("parent_or_carer",),
        other_children="yes",
        guardian_safe_to_involve="no",
    )
    return case_with(
        age=9, consents=[], home=home, guardian=None, guardian_unsafe=True,
        urgency={"veilig_thuis": "acute", "csg": "acute", "shn": "normal"},
    )  # fmt: skip


def why(
    case: ReferralCase, service: ServiceId, policy: Policy, directory: ServiceDirectory
) -> tuple[str, str]:
    try:
        compose_letter(case, service, directory, policy, NOW)
    except ConsentRefused as refused:
        found = no_letter(case, directory.get(service), refused, NOW.date())
        return found.why, found.text("nl")
    raise AssertionError("a letter was made")


@pytest.mark.parametrize("service", ["veilig_thuis", "csg"])
def test_R13_a_child_with_an_unsafe_guardian_is_routed_not_refused(
    service: ServiceId, policy: Policy, directory: ServiceDirectory
) -> None:
    kind, text = why(child_at_home_with_unsafe_guardian(), service, policy, directory)

    assert kind == "professional_route"
    assert "Toestemming van de ouder is niet nodig" in text
    assert "TSM-frontoffice" in text and "Bel " in text


def test_R13_once_recorded_the_letter_is_made_and_says_who_decided_and_why(
    policy: Policy, directory: ServiceDirectory
) -> None:
    route = ProfessionalRoute(
        service="veilig_thuis",
        decided_by="agent R. Verzonnen",
        decided_at=DECIDED,
        reason="guardian_is_suspect",
    )
    case = child_at_home_with_unsafe_guardian().model_copy(update={"professional_routes": (route,)})

    letter = compose_letter(case, "veilig_thuis", directory, policy, NOW)
    text = "\n".join(letter.texts())

    assert "professionele route (R13, meldcode)" in text
    assert "Met toestemming" not in text and "Wij verwijzen onderstaande persoon" in text
    assert "besloten door agent R. Verzonnen op 23 november 2026" in text
    assert "de ouder of verzorger is (mogelijk) de verdachte" in text
    assert "Andere kinderen in het huishouden\nja" in text


def test_R13_other_services_keep_the_consent_rules(
    policy: Policy, directory: ServiceDirectory
) -> None:
    route = ProfessionalRoute(
        service="shn", decided_by="agent X", decided_at=DECIDED, reason="guardian_not_safe"
    )
    case = child_at_home_with_unsafe_guardian().model_copy(update={"professional_routes": (route,)})

    kind, _ = why(case, "shn", policy, directory)
    assert kind != "professional_route"


def test_R13_an_adult_has_no_professional_route(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = child_at_home_with_unsafe_guardian()
    adult = case.model_copy(update={"victim": case_with(age=30).victim})

    kind, _ = why(adult, "veilig_thuis", policy, directory)
    assert kind != "professional_route"


def test_R4_consent_refused_is_said_as_refused(policy: Policy, directory: ServiceDirectory) -> None:
    case = case_with(age=20, consents=[], consent_answers={"offlimits": "no"})

    kind, text = why(case, "offlimits", policy, directory)

    assert kind == "consent_refused"
    assert "geweigerd" in text and "Nog niet vastgelegd" not in text


def test_R4_consent_not_asked_says_where_to_ask(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=20, consents=[])  # offlimits suggested, consent question open

    kind, text = why(case, "offlimits", policy, directory)

    assert kind == "consent_not_asked"
    assert "nog niet gevraagd" in text and "Toestemming om te delen" in text


def test_R4_not_suggested_is_not_a_missing_consent(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=20, consents=[])  # no herstelbemiddeling in the example's triage

    kind, text = why(case, "herstelbemiddeling", policy, directory)

    assert kind == "not_suggested"
    assert "Niet voorgesteld" in text and "toestemming van" not in text
