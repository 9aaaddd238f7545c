"""R4: age *now* decides who must consent to sharing with a service."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from intake_app.forms.policy import ConsentPolicy, Policy
from intake_app.referrals.case import ConsentGiver
from intake_app.referrals.consent import ConsentRefused, check_consent, required_givers
from intake_app.referrals.directory import ServiceDirectory
from intake_app.referrals.letters import compose_letter
from tests.referrals.cases import NOW, case_with

BOTH: list[ConsentGiver] = ["victim", "parent_or_guardian"]


@pytest.mark.parametrize(
    ("age", "needed"),
    [
        (0, {"parent_or_guardian"}),
        (11, {"parent_or_guardian"}),
        (12, {"victim", "parent_or_guardian"}),
        (15, {"victim", "parent_or_guardian"}),
        (16, {"victim"}),
        (17, {"victim"}),
        (45, {"victim"}),
    ],
)
def test_r4_who_consents_follows_the_policy_ages(
    policy: Policy, age: int, needed: set[str]
) -> None:
    assert required_givers(age, policy.consent) == needed


def test_r4_the_policy_file_not_the_code_sets_the_ages() -> None:
    stricter = ConsentPolicy(guardian_only_below_age=14, victim_alone_from_age=18)
    assert required_givers(13, stricter) == {"parent_or_guardian"}
    assert required_givers(17, stricter) == {"victim", "parent_or_guardian"}


def test_no_consent_means_no_letter_with_a_reason_in_dutch_and_english(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=30, consents=[])

    with pytest.raises(ConsentRefused) as caught:
        compose_letter(case, "offlimits", directory, policy, NOW)

    assert caught.value.service == "offlimits"
    assert "Geen brief aan Offlimits" in caught.value.reason("nl")
    assert "toestemming van het slachtoffer" in caught.value.reason("nl")
    assert "No letter to Offlimits" in caught.value.reason("en")
    assert case.victim.name not in caught.value.reason("nl")  # reasons carry no personal data


def test_consent_for_another_service_does_not_count(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=30, consents=[("csg", "victim")])

    compose_letter(case, "csg", directory, policy, NOW)
    with pytest.raises(ConsentRefused):
        compose_letter(case, "offlimits", directory, policy, NOW)


def test_r4_a_minor_of_14_needs_the_parent_too(policy: Policy, directory: ServiceDirectory) -> None:
    case = case_with(age=14, consents=[("shn", "victim")])

    with pytest.raises(ConsentRefused) as caught:
        compose_letter(case, "shn", directory, policy, NOW)

    assert "14 jaar" in caught.value.reason("nl")
    assert "Nog niet vastgelegd: toestemming van een ouder of voogd" in caught.value.reason("nl")
    both = case_with(age=14, consents=[("shn", giver) for giver in BOTH])
    assert compose_letter(both, "shn", directory, policy, NOW).service == "shn"


def test_r4_a_child_under_12_needs_only_the_parent(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=10, consents=[("csg", "parent_or_guardian")])

    assert compose_letter(case, "csg", directory, policy, NOW).service == "csg"
    with pytest.raises(ConsentRefused, match="parent or guardian"):
        compose_letter(
            case_with(age=10, consents=[("csg", "victim")]), "csg", directory, policy, NOW
        )


def test_r4_from_16_the_parent_cannot_consent_for_the_victim(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=17, consents=[("veilig_thuis", "parent_or_guardian")])

    with pytest.raises(ConsentRefused) as caught:
        compose_letter(case, "veilig_thuis", directory, policy, NOW)

    assert "toestemming van het slachtoffer" in caught.value.reason("nl")


def test_r4_age_at_the_letter_not_at_the_intake_decides(
    policy: Policy, directory: ServiceDirectory
) -> None:
    # Intake when the victim was 15; the letter is printed on the 16th birthday.
    case = case_with(age=15, consents=[("shn", "victim")])
    born = case.victim.date_of_birth
    assert born is not None
    birthday = datetime(born.year + 16, born.month, born.day, 9, 0)

    with pytest.raises(ConsentRefused):
        compose_letter(case, "shn", directory, policy, birthday - timedelta(days=1))
    assert compose_letter(case, "shn", directory, policy, birthday).service == "shn"


def test_unknown_age_is_refused_with_what_to_fill_in(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=None, consents=[("shn", "victim")])

    with pytest.raises(ConsentRefused, match="Enter the date of birth or the age"):
        compose_letter(case, "shn", directory, policy, NOW)


def test_guardian_consent_without_a_recorded_guardian_is_refused(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=9, consents=[("csg", "parent_or_guardian")], guardian=None)

    with pytest.raises(ConsentRefused, match=r"Enter the parent's or guardian's details"):
        check_consent(case, "csg", "Centrum Seksueel Geweld", policy.consent, NOW)


def test_consent_dated_in_the_future_is_refused(policy: Policy) -> None:
    case = case_with(age=30, consents=[("shn", "victim")])

    with pytest.raises(ConsentRefused, match="in the future"):
        check_consent(case, "shn", "SHN", policy.consent, datetime(2026, 11, 23, 13, 0))


def test_age_years_is_used_when_there_is_no_date_of_birth() -> None:
    case = case_with(age=None)
    case = case.model_copy(update={"victim": case.victim.model_copy(update={"age_years": 13})})

    assert case.age_on(date(2026, 12, 1)) == 13
