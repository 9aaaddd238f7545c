"""Offlimits (Helpwanted): where the images are and how to reach the victim, not the story.

Offlimits gets images removed from platforms and hosts; for that it needs the locations, whether
the person shown is a minor (images of minors are handled as child sexual abuse material) and a
safe contact. It needs no date of birth, no incident dates and nothing of what happened.
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
    SUSPECT_LEFT_OUT,
    URGENT_CONTACT,
    LetterContext,
    ServiceLetter,
    answer,
    contact_facts,
    needs_lines,
    section,
)
from intake_app.referrals.text import LocalText


def _minor_in_images(case: ReferralCase, ctx: LetterContext) -> str:
    """R4: the age when the images were made, not now: a 19-year-old's images made at 17 are
    images of a minor (child sexual abuse material)."""
    minor = case.minor_at_facts
    if minor is None:
        return ctx.t(LocalText("onbekend", "not known"))
    return ctx.t(
        LocalText("ja, minderjarig", "yes, a minor")
        if minor
        else LocalText("nee, volwassen", "no, an adult")
    )


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    images = case.images
    locations = [
        " — ".join(part for part in (place.platform, place.url) if part)
        for place in images.locations
    ]
    image_facts = [
        ctx.fact(
            LocalText(
                "Minderjarig toen de beelden werden gemaakt", "A minor when the images were made"
            ),
            _minor_in_images(case, ctx),
        ),
        ctx.fact(LocalText("Er zijn beelden", "Images exist"), answer(images.exist, ctx)),
        ctx.fact(
            LocalText("Beelden verspreid", "Images distributed"), answer(images.distributed, ctx)
        ),
        ctx.fact(LocalText("Termijn van de afperser", "Extortionist's deadline"), images.deadline),
    ]
    if case.tsm_investigates is not None:
        image_facts.append(
            ctx.fact(
                LocalText("Onderzoek door de TSM", "Investigated by the TSM"),
                ctx.t(
                    LocalText(
                        "ja; stem het verwijderen af met de TSM (bewijs veiligstellen)",
                        "yes; coordinate removal with the TSM (securing evidence)",
                    )
                    if case.tsm_investigates
                    else LocalText("nee, advies van de TSM-frontoffice", "no, frontoffice advice")
                ),
            )
        )
    urgent = []
    if "publication_deadline" in case.urgent:
        threat = LocalText(
            "Spoed: er is gedreigd de beelden binnenkort te publiceren.",
            "Urgent: there is a threat to publish the images soon.",
        )
        urgent.append(ctx.t(threat))
    elif case.acute_for("offlimits"):
        urgent.append(ctx.t(URGENT_CONTACT))
    return [
        section(PERSON, ctx, [ctx.fact(LocalText("Naam", "Name"), case.victim.name)]),
        section(CONTACT, ctx, contact_facts(case, ctx)),
        section(LocalText("Beelden", "Images"), ctx, image_facts, urgent),
        section(
            LocalText("Waar de beelden staan", "Where the images are"),
            ctx,
            lines=locations
            or [ctx.t(LocalText("Geen locaties vastgelegd.", "No locations recorded."))],
        ),
        section(
            NEEDS, ctx, lines=needs_lines(case, ctx, ["image_removal", "information", "support"])
        ),
    ]


LETTER = ServiceLetter(
    service="offlimits",
    subject=LocalText(
        "Verwijzing: hulp bij het verwijderen van beelden",
        "Referral: help with removing images",
    ),
    purpose=LocalText(
        "Met toestemming verwijzen wij onderstaande persoon naar u voor advies en hulp bij het "
        "laten verwijderen van seksuele beelden die zonder toestemming online staan of dreigen "
        "te komen.",
        "With consent, we refer the person below to you for advice and help with getting sexual "
        "images removed that are online, or threatened to be put online, without consent.",
    ),
    carries=(
        LocalText(
            "Naam, en of de persoon minderjarig was toen de beelden werden gemaakt",
            "Name, and whether the person was a minor when the images were made",
        ),
        CONTACT_CARRIED,
        LocalText(
            "Of er beelden zijn en of ze verspreid zijn",
            "Whether images exist and were distributed",
        ),
        LocalText(
            "Platforms en adressen (URL's) van de beelden",
            "Platforms and addresses (URLs) of the images",
        ),
        LocalText(
            "Dreiging met publicatie en de termijn (datum en tijd), als die er is",
            "A threat to publish and its deadline (date and time), if there is one",
        ),
        LocalText("Of de TSM onderzoekt", "Whether the TSM investigates"),
    ),
    leaves_out=(
        NARRATIVE_LEFT_OUT,
        LocalText("Geboortedatum en leeftijd nu", "Date of birth and age now"),
        LocalText("Soort delict en data van de feiten", "Kind of offence and dates of the facts"),
        SUSPECT_LEFT_OUT,
        LocalText("De situatie thuis", "The situation at home"),
        LocalText(
            "Medische gegevens en lichamelijk contact", "Medical details and physical contact"
        ),
    ),
    sections=_sections,
)
