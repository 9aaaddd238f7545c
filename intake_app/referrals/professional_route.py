"""R13's professional route: Veilig Thuis and CSG for a child without the parents' consent.

Police contact with Veilig Thuis about a child at risk at home does not depend on the parents'
consent (meldcode, Veiligheid Voorop). Where a minor's guardian is the suspect or not safe to
involve, the app never just refuses a letter: it says what to do (call Veilig Thuis, put it to
the TSM frontoffice), and once an officer records that they refer by this route, with a reason,
the letter can be made. Every other service keeps the consent rules (consent.py).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from intake_app.referrals.case import ProfessionalRoute, ReferralCase, RouteReason
from intake_app.referrals.directory import ServiceId
from intake_app.referrals.text import LocalText

ROUTE_SERVICES: Final[frozenset[ServiceId]] = frozenset({"veilig_thuis", "csg"})
ADULT_AGE: Final = 18

REASONS: Final[dict[RouteReason, LocalText]] = {
    "guardian_is_suspect": LocalText(
        "de ouder of verzorger is (mogelijk) de verdachte",
        "the parent or carer is (possibly) the suspect",
    ),
    "guardian_not_safe": LocalText(
        "het is niet veilig de ouder of voogd te betrekken",
        "it is not safe to involve the parent or guardian",
    ),
}


def route_reason(case: ReferralCase, service: ServiceId, today: date) -> RouteReason | None:
    """Why the professional route applies to `service` for this case, or None if it does not."""
    if service not in ROUTE_SERVICES:
        return None
    age = case.age_on(today)
    if age is not None and age >= ADULT_AGE:
        return None
    home = case.home
    if "parent_or_carer" in home.suspect_relations and (
        home.suspect_lives_with_victim == "yes" or home.suspect_is_family == "yes"
    ):
        return "guardian_is_suspect"
    if case.guardian_unsafe or home.guardian_safe_to_involve == "no":
        return "guardian_not_safe"
    return None


def recorded_route(case: ReferralCase, service: ServiceId) -> ProfessionalRoute | None:
    """The officer's recorded decision to refer `service` by the professional route, if any."""
    for route in case.professional_routes:
        if route.service == service:
            return route
    return None


def what_to_do(service_name: str, phone: str, reason: RouteReason) -> LocalText:
    """What the letters screen says instead of a refusal (R13)."""
    call = f" ({phone})" if phone else ""
    return LocalText(
        f"Professionele route (R13): {REASONS[reason].nl}. Toestemming van de ouder is niet "
        f"nodig. Bel {service_name}{call} zelf en leg de zaak voor aan de TSM-frontoffice. Leg "
        "hieronder vast dat u zo verwijst; dan kan de brief worden gemaakt.",
        f"Professional route (R13): {REASONS[reason].en}. The parent's consent is not needed. "
        f"Call {service_name}{call} yourself and put the case to the TSM frontoffice. Record "
        "below that you refer by this route; the letter can then be made.",
    )


def route_line(route: ProfessionalRoute, day: str) -> LocalText:
    """The letter's line in place of the consent line; `day` in the letter's language."""
    why = REASONS[route.reason]
    return LocalText(
        f"Verwezen via de professionele route (R13, meldcode), zonder toestemming van de ouder "
        f"of voogd: besloten door {route.decided_by} op {day}. Reden: {why.nl}.",
        f"Referred by the professional route (R13, reporting code), without the parent's or "
        f"guardian's consent: decided by {route.decided_by} on {day}. Reason: {why.en}.",
    )
