"""Veilig Thuis: the safety situation at home (R13), and how to reach the victim safely.

Veilig Thuis acts on abuse inside the home or by family. It needs who the victim is, whether
the suspect lives with, has access to or is family of the victim, whether there is danger now,
and a contact that does not run through the suspect. Not the story, not the images.
"""

from __future__ import annotations

from intake_app.referrals.case import ReferralCase
from intake_app.referrals.content import Section
from intake_app.referrals.services.common import (
    CONTACT,
    CONTACT_CARRIED,
    NARRATIVE_LEFT_OUT,
    NEEDS,
    PERSON,
    URGENT_CONTACT,
    LetterContext,
    ServiceLetter,
    answer,
    contact_facts,
    needs_lines,
    person_facts,
    section,
)
from intake_app.referrals.text import LocalText


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    home = case.home
    home_facts = [
        ctx.fact(
            LocalText("Verdachte woont bij het slachtoffer", "Suspect lives with the victim"),
            answer(home.suspect_lives_with_victim, ctx),
        ),
        ctx.fact(
            LocalText(
                "Verdachte heeft toegang tot het slachtoffer", "Suspect has access to the victim"
            ),
            answer(home.suspect_has_access, ctx),
        ),
        ctx.fact(
            LocalText("Verdachte is familie", "Suspect is family"),
            answer(home.suspect_is_family, ctx),
        ),
    ]
    danger = []
    if "acute_danger" in case.urgent:
        warning = LocalText(
            "Let op: bij het intakegesprek was er acuut gevaar.",
            "Note: at the intake there was acute danger.",
        )
        danger.append(ctx.t(warning))
    if case.acute_for("veilig_thuis"):
        danger.append(ctx.t(URGENT_CONTACT))
    return [
        section(LocalText("Veiligheid thuis", "Safety at home"), ctx, home_facts, danger),
        section(PERSON, ctx, person_facts(case, ctx, birth_date=True)),
        section(CONTACT, ctx, contact_facts(case, ctx)),
        section(NEEDS, ctx, lines=needs_lines(case, ctx, ["safety", "support", "information"])),
    ]


LETTER = ServiceLetter(
    service="veilig_thuis",
    subject=LocalText(
        "Verwijzing: zorgen over veiligheid thuis",
        "Referral: concerns about safety at home",
    ),
    purpose=LocalText(
        "Met toestemming verwijzen wij onderstaande persoon naar u, omdat er zorgen zijn over "
        "de veiligheid thuis of binnen de familie.",
        "With consent, we refer the person below to you because there are concerns about "
        "safety at home or within the family.",
    ),
    carries=(
        LocalText(
            "Of de verdachte bij het slachtoffer woont, toegang heeft of familie is",
            "Whether the suspect lives with, has access to, or is family of the victim",
        ),
        LocalText("Acuut gevaar, als dat er was", "Acute danger, if there was any"),
        LocalText("Naam en geboortedatum", "Name and date of birth"),
        CONTACT_CARRIED,
        LocalText("Hulpvraag", "Needs"),
    ),
    leaves_out=(
        NARRATIVE_LEFT_OUT,
        LocalText("Soort delict en data van de feiten", "Kind of offence and dates of the facts"),
        LocalText("Beelden en waar ze staan", "Images and where they are"),
        LocalText(
            "Medische gegevens en lichamelijk contact", "Medical details and physical contact"
        ),
    ),
    sections=_sections,
)
