"""What each service needs (DOMAIN.md): Offlimits (R4), CSG (R6), Veilig Thuis (R13) and the
information sheet (R11), from the real form where the defect was in the reading of answers."""

from __future__ import annotations

from datetime import date, datetime, time

from intake_app.forms.policy import Policy
from intake_app.interview.session import Interview
from intake_app.referrals.case import Medical, SafeContact
from intake_app.referrals.directory import ServiceDirectory
from intake_app.referrals.information_sheet import compose_information_sheet
from intake_app.referrals.letters import compose_letter
from tests.interview.conftest import give
from tests.referrals.cases import NOW, case_with
from tests.referrals.test_from_interview import CALM_OPENING, FORM, INTAKE_DATE, case_of
from tests.referrals.test_from_interview import NOW as INTERVIEW_NOW


def text_of(
    case: object,
    service: str,
    policy: Policy,
    directory: ServiceDirectory,
    now: datetime = NOW,
) -> str:
    letter = compose_letter(case, service, directory, policy, now)  # type: ignore[arg-type]
    return "\n".join(letter.texts())


def test_R4_offlimits_says_minor_when_the_images_were_made_not_now(
    policy: Policy, directory: ServiceDirectory
) -> None:
    """A 19-year-old whose images were made at 17: the images are of a minor."""
    interview = Interview(FORM, INTAKE_DATE)
    give(interview, CALM_OPENING)
    give(
        interview,
        {
            "victim_name": "Robin Fictief",
            "victim_date_of_birth": "2007-06-01",
            "contact_safe_ways": ["email"],
            "contact_email": "robin@mail.example",
            "incident_kinds": ["image_abuse"],
            "incident_first_date": "2024-09-01",
            "consent_offlimits": "yes",
        },
    )

    text = text_of(case_of(interview, policy), "offlimits", policy, directory, INTERVIEW_NOW)

    assert "Minderjarig toen de beelden werden gemaakt\nja, minderjarig" in text
    assert "volwassen" not in text
    assert "Onderzoek door de TSM\nja" in text  # group C: the TSM investigates


def test_R1_offlimits_carries_the_deadline_date_and_time(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=20, consents=[("offlimits", "victim")])

    text = text_of(case, "offlimits", policy, directory)

    assert "Termijn van de afperser\n24-11-2026 18:00" in text


def test_R6_csg_gives_the_time_and_the_exact_pep_window(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=20, consents=[("csg", "victim")])  # contact 21-11 23:30, now 23-11 15:30

    text = text_of(case, "csg", policy, directory)

    assert "Laatste lichamelijk contact\n21 november 2026, 23:30 (40 uur geleden)" in text
    assert "72-uursvenster (hiv-PEP)\ntot 24 november 2026, 23:30 (nog open)" in text
    assert "Penetratie\nweet niet" in text
    assert "Mogelijk iets toegediend (drugs)\nnee" in text
    assert "Pijn of letsel\nja" in text
    assert "CSG al gebeld\nnee" in text
    assert "Regio\n" in text


def test_R6_csg_urgent_letter_beside_a_contact_restriction_says_the_police_call(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=20, consents=[("csg", "victim")], medical=Medical())
    assert case.victim.contact.how.startswith("Alleen sms, na 16:00")

    text = text_of(case, "csg", policy, directory)

    assert "SPOED" in text
    assert "De politie belt het CSG zelf over deze spoedverwijzing" in text


def test_R6_csg_already_called_is_said(policy: Policy, directory: ServiceDirectory) -> None:
    called = Medical(csg_already_called="yes")
    case = case_with(age=20, consents=[("csg", "victim")], medical=called)

    text = text_of(case, "csg", policy, directory)

    assert "CSG al gebeld\nja" in text
    assert "Het CSG is al gebeld" in text


def test_R6_csg_without_a_time_says_the_time_is_not_known(
    policy: Policy, directory: ServiceDirectory
) -> None:
    base = case_with(age=20, consents=[("csg", "victim")])
    incident = base.incident.model_copy(update={"physical_last_time": None})
    case = base.model_copy(
        update={
            "incident": incident,
            "victim": base.victim.model_copy(update={"contact": SafeContact()}),
        }
    )

    text = text_of(case, "csg", policy, directory)

    assert "21 november 2026 (2 dagen geleden), tijdstip onbekend" in text
    assert "De politie belt" in text  # the example case: the officer calls CSG now


def test_R6_csg_time_typed_as_officers_do_is_read(policy: Policy) -> None:
    from intake_app.referrals.from_interview import clock_time

    assert clock_time("23:30") == time(23, 30)
    assert clock_time("9.05 uur") == time(9, 5)
    assert clock_time("rond middernacht") is None


def test_R13_veilig_thuis_says_relation_household_and_guardian(
    policy: Policy, directory: ServiceDirectory
) -> None:
    interview = Interview(FORM, INTAKE_DATE)
    give(interview, CALM_OPENING)
    give(
        interview,
        {
            "victim_name": "Kai Fictief",
            "victim_date_of_birth": "2017-02-01",
            # R14: a 9-year-old telling herself is not asked how to be reached.
            "guardian_safe_to_involve": "no",
            "incident_kinds": ["physical_assault"],
            "incident_first_date": "2026-10-01",
        },
    )
    number = interview.add_instance("suspects")
    give(
        interview,
        {
            f"suspects#{number}.known": "yes",
            f"suspects#{number}.relation": "parent_or_carer",
            f"suspects#{number}.family": "yes",
            f"suspects#{number}.lives_with_victim": "yes",
            "other_children_home": "yes",
        },
    )
    case = case_of(interview, policy)
    case = case.model_copy(
        update={
            "consents": case_with(
                age=9, consents=[("veilig_thuis", "parent_or_guardian")]
            ).consents,
            "guardian": None,
        }
    )

    from intake_app.referrals.services.common import LetterContext
    from intake_app.referrals.services.veilig_thuis import LETTER

    ctx = LetterContext(policy=policy, now=NOW, language="nl", age_now=9)
    lines = [
        f"{fact.label}: {fact.value}"
        for section in LETTER.sections(case, ctx)
        for fact in section.facts
    ] + [line for section in LETTER.sections(case, ctx) for line in section.lines]
    text = "\n".join(lines)

    assert "Verdachte is voor het slachtoffer: ouder, stiefouder of verzorger, familie" in text
    assert "Andere kinderen in het huishouden: ja" in text
    assert "Ouder of voogd veilig te betrekken: nee" in text
    assert "niet veilig de ouder of voogd te betrekken" in text


def test_R11_information_sheet_says_both_halves_and_113(directory: ServiceDirectory) -> None:
    case = case_with()
    sheet = compose_information_sheet(
        directory, case.station, case.officer, case.reference, date(2026, 11, 23), "nl"
    )
    text = "\n".join(sheet.texts())

    assert "Je mag de tijd nemen" in text
    assert "je mag ook meteen aangifte doen" in text
    assert "113" in text and "0800-0113" in text


def test_R11_information_sheet_in_english_too(directory: ServiceDirectory) -> None:
    case = case_with()
    sheet = compose_information_sheet(
        directory, case.station, case.officer, case.reference, date(2026, 11, 23), "en"
    )
    text = "\n".join(sheet.texts())

    assert "report right away" in text and "0800-0113" in text
