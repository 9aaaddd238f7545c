"""Slachtofferhulp Nederland: contact and needs, for practical, legal and emotional support."""

from __future__ import annotations

from intake_app.referrals.case import ReferralCase
from intake_app.referrals.content import Section
from intake_app.referrals.services.common import (
    CONTACT,
    CONTACT_CARRIED,
    NARRATIVE_LEFT_OUT,
    NEEDS,
    PERSON,
    SUSPECT_LEFT_OUT,
    LetterContext,
    ServiceLetter,
    contact_facts,
    needs_lines,
    person_facts,
    section,
)
from intake_app.referrals.text import LocalText


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    needs = needs_lines(
        case,
        ctx,
        ["support", "information", "wish_to_report", "safety", "medical_care", "image_removal"],
    )
    return [
        section(PERSON, ctx, person_facts(case, ctx, birth_date=False)),
        section(CONTACT, ctx, contact_facts(case, ctx)),
        section(NEEDS, ctx, lines=needs),
    ]


LETTER = ServiceLetter(
    service="shn",
    subject=LocalText("Verwijzing: slachtofferhulp", "Referral: victim support"),
    purpose=LocalText(
        "Met toestemming verwijzen wij onderstaande persoon naar u voor praktische, juridische "
        "en emotionele steun.",
        "With consent, we refer the person below to you for practical, legal and emotional "
        "support.",
    ),
    carries=(
        LocalText(
            "Naam en of het slachtoffer minderjarig is", "Name and whether the victim is a minor"
        ),
        CONTACT_CARRIED,
        LocalText("Hulpvraag", "Needs"),
    ),
    leaves_out=(
        NARRATIVE_LEFT_OUT,
        LocalText("Geboortedatum", "Date of birth"),
        LocalText("Soort delict en data van de feiten", "Kind of offence and dates of the facts"),
        SUSPECT_LEFT_OUT,
        LocalText("Beelden en waar ze staan", "Images and where they are"),
        LocalText("De situatie thuis", "The situation at home"),
        LocalText(
            "Medische gegevens en lichamelijk contact", "Medical details and physical contact"
        ),
    ),
    sections=_sections,
)
