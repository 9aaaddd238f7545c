"""Perspectief Herstelbemiddeling: the minimum, a name and a safe contact.

Restorative mediation starts with a conversation with the victim alone; the mediator hears the
rest from the victim, if and when they want. So the letter carries only who to contact and how.
"""

from __future__ import annotations

from intake_app.referrals.case import ReferralCase
from intake_app.referrals.content import Section
from intake_app.referrals.services.common import (
    CONTACT,
    CONTACT_CARRIED,
    NARRATIVE_LEFT_OUT,
    SUSPECT_LEFT_OUT,
    LetterContext,
    ServiceLetter,
    contact_facts,
    section,
)
from intake_app.referrals.text import LocalText


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    name = ctx.fact(LocalText("Naam", "Name"), case.victim.name)
    return [section(CONTACT, ctx, [name, *contact_facts(case, ctx)])]


LETTER = ServiceLetter(
    service="herstelbemiddeling",
    subject=LocalText("Aanmelding: herstelbemiddeling", "Referral: restorative mediation"),
    purpose=LocalText(
        "Met toestemming melden wij onderstaande persoon bij u aan. Hij of zij wil graag "
        "informatie over herstelbemiddeling en hoort die het liefst rechtstreeks van u.",
        "With consent, we refer the person below to you. They would like information about "
        "restorative mediation and prefer to hear it from you directly.",
    ),
    carries=(
        LocalText("Naam", "Name"),
        CONTACT_CARRIED,
    ),
    leaves_out=(
        NARRATIVE_LEFT_OUT,
        LocalText("Geboortedatum en leeftijd", "Date of birth and age"),
        LocalText("Soort delict en data van de feiten", "Kind of offence and dates of the facts"),
        SUSPECT_LEFT_OUT,
        LocalText("Beelden en waar ze staan", "Images and where they are"),
        LocalText("De situatie thuis", "The situation at home"),
        LocalText("Medische gegevens en hulpvraag", "Medical details and needs"),
    ),
    sections=_sections,
)
