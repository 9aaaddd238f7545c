"""Compose a referral letter: consent first, then only the facts that service's module allows."""

from __future__ import annotations

from datetime import datetime

from intake_app.forms.policy import Policy
from intake_app.referrals.case import ReferralCase
from intake_app.referrals.consent import GIVER_NAMES, ConsentRecord, age_unknown, check_consent
from intake_app.referrals.content import LetterContent
from intake_app.referrals.directory import ServiceDirectory, ServiceId
from intake_app.referrals.professional_route import recorded_route, route_line, route_reason
from intake_app.referrals.services import LETTERS
from intake_app.referrals.services.common import LetterContext
from intake_app.referrals.text import Language, LocalText

SALUTATION = LocalText("Geachte heer, mevrouw,", "Dear Sir or Madam,")
SIGN_OFF = LocalText("Met vriendelijke groet,", "Yours faithfully,")
CLOSING = LocalText(
    "Wilt u contact opnemen via de veilige contactgegevens hierboven? Het volledige verhaal "
    "blijft bij de politie; de betrokkene vertelt u zelf wat hij of zij wil delen. Voor vragen "
    "over deze verwijzing kunt u contact opnemen met ondergetekende.",
    "Would you please make contact using the safe contact details above? The full account "
    "stays with the police; the person concerned will tell you what they wish to share. For "
    "questions about this referral, please contact the undersigned.",
)


CONSENT_OPENINGS = {"Met toestemming verwijzen wij": "Wij verwijzen", "With consent, we": "We"}


def _purpose(purpose: str, *, by_route: bool) -> str:
    """Without consent (R13's professional route) the letter does not open "with consent"."""
    if by_route:
        for with_consent, plain in CONSENT_OPENINGS.items():
            purpose = purpose.replace(with_consent, plain, 1)
    return purpose


def letter_languages(
    case: ReferralCase, service_languages: tuple[Language, ...]
) -> tuple[Language, ...]:
    """Dutch always; English too when the service asks for it or the victim reads no Dutch."""
    wanted: list[Language] = ["nl"]
    if "en" in service_languages or case.victim.preferred_language != "nl":
        wanted.append("en")
    return tuple(wanted)


def leaves_out(service: ServiceId, language: Language) -> tuple[str, ...]:
    """What the service's letter deliberately does not carry, for the preview beside it."""
    return tuple(item(language) for item in LETTERS[service].leaves_out)


def compose_letter(
    case: ReferralCase,
    service: ServiceId,
    directory: ServiceDirectory,
    policy: Policy,
    now: datetime,
    language: Language = "nl",
) -> LetterContent:
    """The letter's text; ConsentRefused (with a reason to show) when consent is missing."""
    entry = directory.get(service)
    route = recorded_route(case, service)
    if route is not None and route_reason(case, service, now.date()) is not None:
        # R13: the officer referred by the professional route; no guardian's consent needed.
        age_now = case.age_on(now.date())
        if age_now is None:
            raise age_unknown(service)
        record = ConsentRecord(age_now, ())
    else:
        record = check_consent(case, service, entry.name, policy.consent, now)
    ctx = LetterContext(
        policy=policy,
        now=now,
        language=language,
        age_now=record.age_now,
        guardian_consented=any(giver == "parent_or_guardian" for giver, _ in record.givers),
        region=entry.locations[0].name if entry.locations else "",
    )
    letter = LETTERS[service]
    if not record.givers and route is not None:
        consent_line = ctx.t(route_line(route, ctx.date(route.decided_at.date())))
    else:
        consent_line = ctx.t(
            LocalText(
                "Toestemming voor deze verwijzing: {who}.", "Consent to this referral: {who}."
            )
        ).format(
            who="; ".join(
                ctx.t(LocalText("{giver} op {day}", "{giver} on {day}")).format(
                    giver=GIVER_NAMES[giver](language), day=ctx.date(at.date())
                )
                for giver, at in record.givers
            )
        )
    station = case.station
    return LetterContent(
        service=service,
        language=language,
        training=case.training,
        letterhead=(station.name, *station.address, *((station.phone,) if station.phone else ())),
        addressee=entry.addressee_lines,
        date=ctx.date(now.date()),
        reference=case.reference,
        subject=ctx.t(letter.subject),
        salutation=ctx.t(SALUTATION),
        opening=(_purpose(ctx.t(letter.purpose), by_route=not record.givers), consent_line),
        sections=tuple(s for s in letter.sections(case, ctx) if s.facts or s.lines),
        closing=(ctx.t(CLOSING),),
        sign_off=ctx.t(SIGN_OFF),
        signature=tuple(
            line for line in (case.officer.name, station.name, case.officer.contact) if line
        ),
        left_out=leaves_out(service, language),
    )
