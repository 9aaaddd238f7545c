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

RELATIONS: dict[str, LocalText] = {
    "partner_or_ex": LocalText("(ex-)partner", "(former) partner"),
    "parent_or_carer": LocalText("ouder, stiefouder of verzorger", "parent, step-parent or carer"),
    "acquaintance": LocalText("bekende", "acquaintance"),
    "online_only": LocalText("alleen online contact", "online contact only"),
    "stranger": LocalText("onbekende", "stranger"),
    "other": LocalText("anders", "other"),
}


def _relation(case: ReferralCase, ctx: LetterContext) -> str:
    """Who the suspect is to the victim: the relation chosen, and family when said."""
    home = case.home
    words = [ctx.t(RELATIONS[relation]) for relation in home.suspect_relations]
    if home.suspect_is_family == "yes":
        words.append(ctx.t(LocalText("familie", "family")))
    return ", ".join(words) or ctx.t(LocalText("onbekend", "not known"))


def _guardian_lines(case: ReferralCase, ctx: LetterContext) -> list[str]:
    """R13: say plainly when the guardian cannot be involved, and who decided to refer anyway."""
    lines = []
    if case.home.guardian_safe_to_involve == "no" or case.guardian_unsafe:
        lines.append(
            ctx.t(
                LocalText(
                    "Het is niet veilig de ouder of voogd te betrekken: neem geen contact op via "
                    "de ouder of voogd.",
                    "It is not safe to involve the parent or guardian: do not make contact "
                    "through the parent or guardian.",
                )
            )
        )
    for route in case.professional_routes:
        if route.service != "veilig_thuis":
            continue
        lines.append(
            ctx.t(
                LocalText(
                    "Veilig Thuis wordt hierover ook gebeld door de politie, en de zaak ligt "
                    "bij de TSM-frontoffice.",
                    "The police also call Veilig Thuis about this, and the case is with the TSM "
                    "frontoffice.",
                )
            )
        )
    return lines


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    home = case.home
    home_facts = [
        ctx.fact(
            LocalText("Verdachte is voor het slachtoffer", "Suspect is to the victim"),
            _relation(case, ctx),
        ),
        ctx.fact(
            LocalText("Verdachte woont bij het slachtoffer", "Suspect lives with the victim"),
            answer(home.suspect_lives_with_victim, ctx),
        ),
        ctx.fact(
            LocalText(
                "Verdachte kan gemakkelijk bij het slachtoffer komen",
                "Suspect has easy access to the victim",
            ),
            answer(home.suspect_has_access, ctx),
        ),
        ctx.fact(
            LocalText("Verdachte is familie", "Suspect is family"),
            answer(home.suspect_is_family, ctx),
        ),
        ctx.fact(
            LocalText("Andere kinderen in het huishouden", "Other children in the household"),
            answer(home.other_children, ctx),
        ),
        ctx.fact(
            LocalText("Ouder of voogd veilig te betrekken", "Parent or guardian safe to involve"),
            answer(home.guardian_safe_to_involve, ctx),
        ),
    ]
    danger = _guardian_lines(case, ctx)
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
            "Wie de verdachte is voor het slachtoffer, en of die er woont, er gemakkelijk bij "
            "kan komen of familie is",
            "Who the suspect is to the victim, and whether they live there, have easy access "
            "or are family",
        ),
        LocalText(
            "Of er andere kinderen in het huishouden zijn, en of de ouder of voogd veilig te "
            "betrekken is",
            "Whether other children live in the household, and whether the parent or guardian "
            "is safe to involve",
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
