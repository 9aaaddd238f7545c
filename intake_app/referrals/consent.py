"""Who must consent to a letter, and whether they have (R4: age *now* decides).

Below policy.consent.guardian_only_below_age a parent or guardian consents; from
victim_alone_from_age the victim does; in between both must. A refusal carries its reason in
Dutch and English, for the window to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intake_app.forms.policy import ConsentPolicy
from intake_app.referrals.case import ConsentGiver, ReferralCase
from intake_app.referrals.directory import ServiceId
from intake_app.referrals.text import Language, LocalText

GIVER_NAMES: dict[ConsentGiver, LocalText] = {
    "victim": LocalText("het slachtoffer", "the victim"),
    "parent_or_guardian": LocalText("een ouder of voogd", "a parent or guardian"),
}


class ConsentRefused(Exception):
    """No letter: the right person has not consented. `reason(language)` says why."""

    def __init__(self, service: ServiceId, reason: LocalText) -> None:
        super().__init__(reason.en)
        self.service = service
        self.text = reason

    def reason(self, language: Language) -> str:
        return self.text(language)


def age_unknown(service: ServiceId) -> ConsentRefused:
    return ConsentRefused(
        service,
        LocalText(
            "De leeftijd van het slachtoffer is onbekend, dus de app kan niet bepalen wie "
            "toestemming moet geven. Vul de geboortedatum of de leeftijd in.",
            "The victim's age is unknown, so the app cannot tell who must consent. "
            "Enter the date of birth or the age.",
        ),
    )


def required_givers(age_now: int, policy: ConsentPolicy) -> frozenset[ConsentGiver]:
    if age_now < policy.guardian_only_below_age:
        return frozenset({"parent_or_guardian"})
    if age_now >= policy.victim_alone_from_age:
        return frozenset({"victim"})
    return frozenset({"victim", "parent_or_guardian"})


@dataclass(frozen=True)
class ConsentRecord:
    """The consents a letter rests on (for its consent line) and the age that decided them."""

    age_now: int
    givers: tuple[tuple[ConsentGiver, datetime], ...]


def check_consent(
    case: ReferralCase, service: ServiceId, service_name: str, policy: ConsentPolicy, now: datetime
) -> ConsentRecord:
    """The consents that allow a letter to `service` now; ConsentRefused if they do not."""
    age_now = case.age_on(now.date())
    if age_now is None:
        raise age_unknown(service)
    needed = required_givers(age_now, policy)
    recorded = {c.given_by: c.given_at for c in case.consents if c.service == service}
    future = [giver for giver, at in recorded.items() if at > now]
    if future:
        raise ConsentRefused(
            service,
            LocalText(
                f"De toestemming voor {service_name} heeft een tijdstip in de toekomst. "
                "Leg de toestemming opnieuw vast.",
                f"The consent for {service_name} is dated in the future. Record it again.",
            ),
        )
    missing = sorted(needed - recorded.keys())
    if missing:
        raise ConsentRefused(service, _missing_reason(service_name, age_now, needed, missing))
    if "parent_or_guardian" in needed and case.guardian is None:
        raise ConsentRefused(
            service,
            LocalText(
                "Er is toestemming van een ouder of voogd vastgelegd, maar niet wie dat is. "
                "Vul de gegevens van de ouder of voogd in.",
                "A parent's or guardian's consent is recorded but not who they are. "
                "Enter the parent's or guardian's details.",
            ),
        )
    givers = [giver for giver in GIVER_NAMES if giver in needed]  # the victim first
    return ConsentRecord(age_now, tuple((giver, recorded[giver]) for giver in givers))


def _names(givers: list[ConsentGiver], language: Language) -> str:
    joiner = " en " if language == "nl" else " and "
    return joiner.join(GIVER_NAMES[giver](language) for giver in givers)


def _missing_reason(
    service_name: str, age_now: int, needed: frozenset[ConsentGiver], missing: list[ConsentGiver]
) -> LocalText:
    needed_list = sorted(needed)
    return LocalText(
        f"Geen brief aan {service_name}: het slachtoffer is nu {age_now} jaar, dus toestemming "
        f"van {_names(needed_list, 'nl')} is nodig. Nog niet vastgelegd: toestemming van "
        f"{_names(missing, 'nl')}.",
        f"No letter to {service_name}: the victim is {age_now} now, so consent from "
        f"{_names(needed_list, 'en')} is needed. Not yet recorded: consent from "
        f"{_names(missing, 'en')}.",
    )
