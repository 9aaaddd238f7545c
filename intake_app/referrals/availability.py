"""Why there is no letter to a service, in the officer's terms (the letters screen's list).

The true reason per service: consent refused, consent not asked yet (with where to ask it),
not suggested for this case, the professional route (R13), or what the consent rules (R4)
still miss. A reason never sends the officer looking for a question that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from intake_app.referrals.case import ReferralCase, RouteReason
from intake_app.referrals.consent import ConsentRefused
from intake_app.referrals.directory import Service, ServiceId
from intake_app.referrals.professional_route import recorded_route, route_reason, what_to_do
from intake_app.referrals.text import LocalText

Why = Literal[
    "professional_route", "consent_refused", "consent_not_asked", "not_suggested", "consent_rules"
]
CONSENT_SECTION = LocalText("Toestemming om te delen", "Consent to share")


@dataclass(frozen=True)
class NoLetter:
    why: Why
    text: LocalText
    route: RouteReason | None = None  # the professional route can be recorded (R13)
    can_ask_now: bool = False  # the consent question can be asked in the interview now


def no_letter(case: ReferralCase, entry: Service, refused: ConsentRefused, today: date) -> NoLetter:
    """Why `refused` happened, said as what the officer can do about it."""
    service: ServiceId = entry.id
    name = entry.name
    reason = route_reason(case, service, today)
    if reason is not None and recorded_route(case, service) is not None:
        return NoLetter("consent_rules", refused.text)  # routed, yet refused: the age is unknown
    if reason is not None:
        return NoLetter("professional_route", what_to_do(name, entry.phone, reason), route=reason)
    answer = case.consent_answers.get(service)
    if answer == "no":
        return NoLetter(
            "consent_refused",
            LocalText(
                f"Geen brief aan {name}: de toestemming is geweigerd. Dat besluit geldt; vraag "
                "alleen opnieuw als de persoon er zelf op terugkomt.",
                f"No letter to {name}: consent was refused. That decision stands; ask again only "
                "if the person raises it themselves.",
            ),
        )
    if answer == "declined":
        return NoLetter(
            "consent_refused",
            LocalText(
                f"Geen brief aan {name}: op de vraag om toestemming is 'wil ik niet zeggen' "
                "geantwoord. Zonder toestemming geen brief; het informatieblad kan wel mee.",
                f"No letter to {name}: the answer to the consent question was 'prefer not to "
                "say'. No letter without consent; the information sheet can still go home.",
            ),
        )
    if answer == "yes" or any(consent.service == service for consent in case.consents):
        # Consent was given; what the consent rules still miss (who, age) is said by them.
        return NoLetter("consent_rules", refused.text)
    suggested = service in case.urgency
    if answer is None and not suggested:
        return NoLetter(
            "not_suggested",
            LocalText(
                f"Niet voorgesteld voor deze zaak: de triage verwijst niet naar {name}, dus is er "
                "ook geen toestemming voor gevraagd. Verandert de situatie, pas dan het gesprek "
                "aan; dan volgt de vraag vanzelf.",
                f"Not suggested for this case: triage does not refer to {name}, so no consent "
                "was asked for it. If the situation changes, update the interview; the question "
                "then follows.",
            ),
        )
    said = (
        LocalText("nog niet gevraagd", "not asked yet")
        if answer is None
        else LocalText("nog niet beslist ('weet ik niet')", "not decided yet ('don't know')")
    )
    return NoLetter(
        "consent_not_asked",
        LocalText(
            f"Geen brief aan {name}: toestemming is {said.nl}. Vraag het nu in het gesprek, "
            f"onderdeel '{CONSENT_SECTION.nl}': delen met {name}.",
            f"No letter to {name}: consent is {said.en}. Ask it now in the interview, "
            f"section '{CONSENT_SECTION.en}': sharing with {name}.",
        ),
        can_ask_now=True,
    )
