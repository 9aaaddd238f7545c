"""Data minimisation: each service's letter carries its facts and nothing else (DOMAIN Privacy)."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.forms.policy import AcutePolicy, Policy
from intake_app.referrals.case import ReferralCase
from intake_app.referrals.directory import SERVICE_IDS, ServiceDirectory, ServiceId
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.information_sheet import compose_information_sheet
from intake_app.referrals.letters import compose_letter, leaves_out, letter_languages
from intake_app.referrals.services import LETTERS
from intake_app.referrals.services.csg import medical_timing
from tests.referrals.cases import case_with

CASE = example_case()
URL = "https://social.example/@voorbeeld_account"


def letter_text(
    service: ServiceId, policy: Policy, directory: ServiceDirectory, **kw: object
) -> str:
    case = kw.pop("case", CASE)
    letter = compose_letter(case, service, directory, policy, EXAMPLE_NOW, **kw)  # type: ignore[arg-type]
    return "\n".join(letter.texts())


def test_every_service_of_the_triage_vocabulary_has_one_letter_module() -> None:
    assert set(LETTERS) == set(SERVICE_IDS)


@pytest.mark.parametrize("service", SERVICE_IDS)
def test_the_narrative_reaches_no_letter(
    service: ServiceId, policy: Policy, directory: ServiceDirectory
) -> None:
    text = letter_text(service, policy, directory)
    assert "VERHAAL-NIET-DELEN" not in text
    assert CASE.reference in text
    assert CASE.officer.name in text
    assert CASE.victim.name in text  # consent is recorded for every service in the example


@pytest.mark.parametrize("service", SERVICE_IDS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_each_letter_lists_what_it_leaves_out(service: ServiceId, language: str) -> None:
    listed = leaves_out(service, language)  # type: ignore[arg-type]
    assert listed
    assert any(("verhaal" if language == "nl" else "story") in item for item in listed)


def test_offlimits_gets_where_the_images_are_not_the_story(
    policy: Policy, directory: ServiceDirectory
) -> None:
    text = letter_text("offlimits", policy, directory)
    assert URL in text
    assert "Instagram" in text and "Telegram-groep" in text
    assert "Minderjarig toen de beelden werden gemaakt\nja, minderjarig" in text
    assert "Spoed: er is gedreigd de beelden binnenkort te publiceren." in text
    for absent in (
        "14 mei 2011",
        "21 november 2026",
        "Verdachte",
        "lichamelijk",
        "seksueel geweld",
    ):
        assert absent not in text


def test_csg_gets_urgency_and_the_medical_windows(
    policy: Policy, directory: ServiceDirectory
) -> None:
    text = letter_text("csg", policy, directory)
    assert "SPOED" in text
    assert "21 november 2026, 23:30 (40 uur geleden)" in text
    assert "72-uursvenster (hiv-PEP)" in text and "tot 24 november 2026, 23:30 (nog open)" in text
    assert "7-dagenvenster" in text and "uiterlijk 28 november 2026 (nog open)" in text
    assert "14 mei 2011" in text and "06-0000 0000" in text and "medische zorg" in text
    assert URL not in text and "Verdachte woont" not in text


def test_r6_csg_windows_follow_the_policy_numbers() -> None:
    acute = AcutePolicy(csg_acute_days=5, pep_window_hours=36, publication_deadline_hours=48)
    timing = medical_timing(date(2026, 11, 20), date(2026, 11, 23), acute)

    assert timing.days_since_contact == 3
    assert timing.pep_closes == date(2026, 11, 22) and not timing.pep_open
    assert timing.acute_closes == date(2026, 11, 25) and timing.acute_open


def test_r6_csg_is_not_urgent_long_after_contact(
    policy: Policy, directory: ServiceDirectory
) -> None:
    old = CASE.incident.model_copy(update={"physical_last_date": date(2026, 9, 1)})
    case = CASE.model_copy(update={"incident": old, "urgency": {"csg": "normal"}, "urgent": ()})

    text = letter_text("csg", policy, directory, case=case)

    assert "geen spoed" in text
    assert "(verstreken)" in text


def test_r13_veilig_thuis_gets_the_safety_at_home(
    policy: Policy, directory: ServiceDirectory
) -> None:
    text = letter_text("veilig_thuis", policy, directory)
    assert "Verdachte kan gemakkelijk bij het slachtoffer komen\nja" in text
    assert "Verdachte woont bij het slachtoffer\nnee" in text
    assert URL not in text and "hiv" not in text


def test_shn_gets_contact_and_needs_only(policy: Policy, directory: ServiceDirectory) -> None:
    text = letter_text("shn", policy, directory)
    assert "steun en begeleiding" in text and "06-0000 0000" in text
    for absent in (URL, "14 mei 2011", "21 november 2026", "Verdachte"):
        assert absent not in text


def test_herstelbemiddeling_is_minimal(policy: Policy, directory: ServiceDirectory) -> None:
    text = letter_text("herstelbemiddeling", policy, directory)
    assert CASE.victim.name in text and "06-0000 0000" in text
    for absent in (URL, "14 mei 2011", "minderjarig", "medische zorg", "Verdachte"):
        assert absent not in text


def test_a_parent_is_named_only_where_the_parent_consented(
    policy: Policy, directory: ServiceDirectory
) -> None:
    consenting = case_with(age=14, consents=[("shn", "victim"), ("shn", "parent_or_guardian")])
    alone = case_with(age=17, consents=[("shn", "victim"), ("shn", "parent_or_guardian")])
    guardian = CASE.guardian
    assert guardian is not None

    assert guardian.name in letter_text("shn", policy, directory, case=consenting)
    assert guardian.name not in letter_text("shn", policy, directory, case=alone)


def test_english_version(policy: Policy, directory: ServiceDirectory) -> None:
    text = letter_text("csg", policy, directory, language="en")
    assert "Referral: care after sexual violence" in text
    assert "21 November 2026, 23:30 (40 hours ago)" in text
    assert "Dear Sir or Madam," in text


def test_english_is_added_when_the_victim_reads_no_dutch() -> None:
    victim = CASE.victim.model_copy(update={"preferred_language": "tr"})
    turkish = CASE.model_copy(update={"victim": victim})

    assert letter_languages(CASE, ("nl",)) == ("nl",)
    assert letter_languages(turkish, ("nl",)) == ("nl", "en")
    assert letter_languages(CASE, ("nl", "en")) == ("nl", "en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_information_sheet_names_nobody_and_lists_the_contacts(
    directory: ServiceDirectory, language: str
) -> None:
    sheet = compose_information_sheet(
        directory,
        CASE.station,
        CASE.officer,
        CASE.reference,
        EXAMPLE_NOW.date(),
        language,  # type: ignore[arg-type]
    )
    text = "\n".join(sheet.texts())

    assert CASE.victim.name not in text and "VERHAAL" not in text
    for service in directory.services:
        assert service.phone in text
    assert "112" in text
    r11 = "Je hoeft niet meteen aangifte te doen" if language == "nl" else "do not have to report"
    assert r11 in text
    never_pay = "Betaal niet" if language == "nl" else "Do not pay"
    assert never_pay in text


def test_dates_after_the_intake_are_refused() -> None:
    late = CASE.incident.model_copy(update={"physical_last_date": date(2026, 12, 1)})
    with pytest.raises(ValueError, match="physical_last_date lies after the intake date"):
        ReferralCase.model_validate({**CASE.model_dump(), "incident": late.model_dump()})
    reversed_dates = {"first_date": date(2026, 11, 1), "last_date": date(2026, 10, 1)}
    with pytest.raises(ValueError, match="first_date lies after"):
        ReferralCase.model_validate({**CASE.model_dump(), "incident": reversed_dates})


def test_information_sheet_without_a_station_phone_invents_none(
    directory: ServiceDirectory,
) -> None:
    station = CASE.station.model_copy(update={"phone": ""})
    sheet = compose_information_sheet(
        directory, station, CASE.officer, CASE.reference, EXAMPLE_NOW.date(), "nl"
    )
    assert sheet.police.startswith("Vragen aan de politie? Noem het kenmerk.")


def test_triage_urgency_is_per_service(policy: Policy, directory: ServiceDirectory) -> None:
    old = CASE.incident.model_copy(update={"physical_last_date": date(2026, 9, 1)})
    calm = CASE.model_copy(
        update={"incident": old, "urgency": {"offlimits": "acute"}, "urgent": ()}
    )

    assert "geen spoed" in letter_text("csg", policy, directory, case=calm)
    offlimits = letter_text("offlimits", policy, directory, case=calm)
    assert "Spoed: graag zo snel mogelijk contact." in offlimits
    assert "publiceren" not in offlimits  # no threat was recorded
    assert "Spoed" not in letter_text("veilig_thuis", policy, directory, case=calm)
    danger = CASE.model_copy(
        update={"urgency": {"veilig_thuis": "acute"}, "urgent": ("acute_danger",)}
    )
    text = letter_text("veilig_thuis", policy, directory, case=danger)
    assert "acuut gevaar" in text and "Spoed: graag zo snel mogelijk contact." in text
