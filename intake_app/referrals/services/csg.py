"""Centrum Seksueel Geweld: urgency and medical timing, contact and needs (R6).

After physical sexual violence, forensic-medical examination is possible within a number of
days (policy acute.csg_acute_days) and HIV prophylaxis works best within a number of hours
(acute.pep_window_hours). The letter says how long ago the last physical contact was and on
which day each window closes, so CSG can act at once without hearing the story first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from intake_app.forms.policy import AcutePolicy
from intake_app.referrals.case import ReferralCase
from intake_app.referrals.content import Fact, Section
from intake_app.referrals.services.common import (
    CONTACT,
    CONTACT_CARRIED,
    NARRATIVE_LEFT_OUT,
    NEEDS,
    PERSON,
    SUSPECT_LEFT_OUT,
    LetterContext,
    ServiceLetter,
    answer,
    contact_facts,
    needs_lines,
    person_facts,
    section,
)
from intake_app.referrals.text import LocalText


@dataclass(frozen=True)
class MedicalTiming:
    days_since_contact: int
    pep_closes: date  # the last day of the PEP window (the hour of contact is not recorded)
    acute_closes: date  # the last day CSG counts as acute
    pep_open: bool
    acute_open: bool


def medical_timing(last_contact: date, today: date, acute: AcutePolicy) -> MedicalTiming:
    """R6: the windows after the last physical contact, by the policy's numbers."""
    pep_closes = last_contact + timedelta(days=math.ceil(acute.pep_window_hours / 24))
    acute_closes = last_contact + timedelta(days=acute.csg_acute_days)
    return MedicalTiming(
        days_since_contact=(today - last_contact).days,
        pep_closes=pep_closes,
        acute_closes=acute_closes,
        pep_open=today <= pep_closes,
        acute_open=today <= acute_closes,
    )


def _window(closes: date, is_open: bool, ctx: LetterContext) -> str:
    state = LocalText("nog open", "still open") if is_open else LocalText("verstreken", "passed")
    return ctx.t(LocalText("uiterlijk {day} ({state})", "at the latest {day} ({state})")).format(
        day=ctx.date(closes), state=ctx.t(state)
    )


def _moment(moment: datetime, ctx: LetterContext) -> str:
    return f"{ctx.date(moment.date())}, {moment:%H:%M}"


def _timing_facts(case: ReferralCase, ctx: LetterContext) -> tuple[list[Fact], bool]:
    """The last contact with its time when known, and when the PEP and acute windows close.

    With a time of day the PEP window is exact (contact + pep_window_hours); without one it
    is said as the last day it can still be open.
    """
    acute = ctx.policy.acute
    last = case.incident.physical_last_date
    label = LocalText("Laatste lichamelijk contact", "Last physical contact")
    if last is None:
        return [ctx.fact(label, ctx.t(LocalText("niet vastgelegd", "not recorded")))], False
    timing = medical_timing(last, ctx.now.date(), acute)
    at = case.incident.physical_last_time
    pep_label = LocalText(
        f"{acute.pep_window_hours}-uursvenster (hiv-PEP)",
        f"{acute.pep_window_hours}-hour window (HIV PEP)",
    )
    if at is not None:
        contact = datetime.combine(last, at)
        hours_ago = max(0, int((ctx.now - contact).total_seconds() // 3600))
        closes = contact + timedelta(hours=acute.pep_window_hours)
        when = ctx.t(LocalText("{moment} ({hours} uur geleden)", "{moment} ({hours} hours ago)"))
        state = (
            LocalText("nog open", "still open")
            if ctx.now <= closes
            else LocalText("verstreken", "passed")
        )
        pep = ctx.t(LocalText("tot {moment} ({state})", "until {moment} ({state})")).format(
            moment=_moment(closes, ctx), state=ctx.t(state)
        )
        facts = [
            ctx.fact(label, when.format(moment=_moment(contact, ctx), hours=hours_ago)),
            ctx.fact(pep_label, pep),
        ]
    else:
        typed = case.incident.physical_last_time_text
        day = ctx.t(LocalText("{day} ({days} dagen geleden)", "{day} ({days} days ago)")).format(
            day=ctx.date(last), days=timing.days_since_contact
        )
        if typed:
            day += ctx.t(LocalText(", tijd: {time}", ", time: {time}")).format(time=typed)
        else:
            day += ctx.t(LocalText(", tijdstip onbekend", ", time not known"))
        facts = [
            ctx.fact(label, day),
            ctx.fact(pep_label, _window(timing.pep_closes, timing.pep_open, ctx)),
        ]
    facts.append(
        ctx.fact(
            LocalText(
                f"{acute.csg_acute_days}-dagenvenster (forensisch-medisch onderzoek)",
                f"{acute.csg_acute_days}-day window (forensic-medical examination)",
            ),
            _window(timing.acute_closes, timing.acute_open, ctx),
        )
    )
    return facts, timing.acute_open


def _medical_facts(case: ReferralCase, ctx: LetterContext) -> list[Fact]:
    """Yes/no/unknown only: no story (DOMAIN.md, what CSG needs)."""
    medical = case.medical
    return [
        ctx.fact(LocalText("Penetratie", "Penetration"), answer(medical.penetration, ctx)),
        ctx.fact(
            LocalText("Mogelijk iets toegediend (drugs)", "Possibly drugged"),
            answer(medical.drugging, ctx),
        ),
        ctx.fact(
            LocalText("Pijn of letsel", "Pain or injury"), answer(medical.pain_or_injury, ctx)
        ),
    ]


def _call_lines(case: ReferralCase, ctx: LetterContext, urgent: bool) -> list[str]:
    """Whether CSG was already called, and who calls now. An urgent letter never sits beside
    a contact restriction ("alleen sms na 16:00") without saying that the police call CSG."""
    medical = case.medical
    lines = []
    if medical.csg_already_called == "yes":
        lines.append(
            ctx.t(
                LocalText(
                    "Het CSG is al gebeld (vóór of tijdens de intake).",
                    "CSG has already been called (before or during the intake).",
                )
            )
        )
    if medical.police_call_csg_now == "yes":
        lines.append(
            ctx.t(
                LocalText(
                    "De politie belt het CSG zelf, direct na de intake.",
                    "The police call CSG themselves, straight after the intake.",
                )
            )
        )
    elif urgent and case.victim.contact.how:
        # The restriction holds for CSG too; the police bridge the urgent part by phone.
        lines.append(
            ctx.t(
                LocalText(
                    "De politie belt het CSG zelf over deze spoedverwijzing. Neem daarna contact "
                    "op met de betrokkene op de veilige manier die hieronder staat.",
                    "The police call CSG themselves about this urgent referral. After that, "
                    "contact the person in the safe way given below.",
                )
            )
        )
    return lines


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    timing_facts, acute_open = _timing_facts(case, ctx)
    urgent = case.acute_for("csg") or "csg_acute" in case.urgent or acute_open
    urgency = ctx.fact(
        LocalText("Urgentie", "Urgency"),
        ctx.t(
            LocalText("SPOED: graag vandaag", "URGENT: today, please")
            if urgent
            else LocalText("geen spoed", "not urgent")
        ),
    )
    called = ctx.fact(
        LocalText("CSG al gebeld", "CSG already called"),
        answer(case.medical.csg_already_called, ctx),
    )
    region = ctx.fact(
        LocalText("Regio", "Region"),
        ctx.region
        or ctx.t(
            LocalText(
                "{station} (geen CSG-locatie ingesteld; de landelijke lijn verbindt door)",
                "{station} (no CSG location set; the national line connects)",
            )
        ).format(station=case.station.name),
    )
    return [
        section(
            LocalText("Urgentie en tijdlijn", "Urgency and timing"),
            ctx,
            [urgency, *timing_facts, called, region],
            _call_lines(case, ctx, urgent),
        ),
        section(LocalText("Medisch", "Medical"), ctx, _medical_facts(case, ctx)),
        section(PERSON, ctx, person_facts(case, ctx, birth_date=True)),
        section(CONTACT, ctx, contact_facts(case, ctx)),
        section(
            NEEDS,
            ctx,
            lines=needs_lines(
                case, ctx, ["medical_care", "support", "safety", "information", "wish_to_report"]
            ),
        ),
    ]


LETTER = ServiceLetter(
    service="csg",
    subject=LocalText(
        "Verwijzing: acute zorg na seksueel geweld",
        "Referral: care after sexual violence",
    ),
    purpose=LocalText(
        "Met toestemming verwijzen wij onderstaande persoon naar u voor medische, forensische en "
        "psychische zorg na seksueel geweld.",
        "With consent, we refer the person below to you for medical, forensic and psychological "
        "care after sexual violence.",
    ),
    carries=(
        LocalText("Urgentie", "Urgency"),
        LocalText(
            "Datum en tijd van het laatste lichamelijk contact, en wanneer de vensters voor "
            "hiv-PEP en forensisch-medisch onderzoek sluiten",
            "Date and time of the last physical contact, and when the windows for HIV PEP and "
            "forensic-medical examination close",
        ),
        LocalText(
            "Penetratie, mogelijk iets toegediend, pijn of letsel: ja, nee of onbekend",
            "Penetration, possibly drugged, pain or injury: yes, no or unknown",
        ),
        LocalText(
            "Of het CSG al gebeld is, of de politie belt, en de regio",
            "Whether CSG was already called, whether the police call, and the region",
        ),
        LocalText("Naam en geboortedatum", "Name and date of birth"),
        CONTACT_CARRIED,
        LocalText("Hulpvraag", "Needs"),
    ),
    leaves_out=(
        NARRATIVE_LEFT_OUT,
        LocalText("Soort delict", "Kind of offence"),
        SUSPECT_LEFT_OUT,
        LocalText("Beelden en waar ze staan", "Images and where they are"),
        LocalText("De situatie thuis", "The situation at home"),
    ),
    sections=_sections,
)
