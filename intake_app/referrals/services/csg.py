"""Centrum Seksueel Geweld: urgency and medical timing, contact and needs (R6).

After physical sexual violence, forensic-medical examination is possible within a number of
days (policy acute.csg_acute_days) and HIV prophylaxis works best within a number of hours
(acute.pep_window_hours). The letter says how long ago the last physical contact was and on
which day each window closes, so CSG can act at once without hearing the story first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from intake_app.forms.policy import AcutePolicy
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


def _sections(case: ReferralCase, ctx: LetterContext) -> list[Section]:
    acute = ctx.policy.acute
    last = case.incident.physical_last_date
    urgent = case.acute_for("csg") or "csg_acute" in case.urgent
    timing_facts = []
    if last is not None:
        timing = medical_timing(last, ctx.now.date(), acute)
        urgent = urgent or timing.acute_open
        timing_facts = [
            ctx.fact(
                LocalText("Laatste lichamelijk contact", "Last physical contact"),
                ctx.t(LocalText("{day} ({days} dagen geleden)", "{day} ({days} days ago)")).format(
                    day=ctx.date(last), days=timing.days_since_contact
                ),
            ),
            ctx.fact(
                LocalText(
                    f"{acute.pep_window_hours}-uursvenster (hiv-PEP)",
                    f"{acute.pep_window_hours}-hour window (HIV PEP)",
                ),
                _window(timing.pep_closes, timing.pep_open, ctx),
            ),
            ctx.fact(
                LocalText(
                    f"{acute.csg_acute_days}-dagenvenster (forensisch-medisch onderzoek)",
                    f"{acute.csg_acute_days}-day window (forensic-medical examination)",
                ),
                _window(timing.acute_closes, timing.acute_open, ctx),
            ),
        ]
    else:
        timing_facts = [
            ctx.fact(
                LocalText("Laatste lichamelijk contact", "Last physical contact"),
                ctx.t(LocalText("niet vastgelegd", "not recorded")),
            )
        ]
    urgency = ctx.fact(
        LocalText("Urgentie", "Urgency"),
        ctx.t(
            LocalText("SPOED: graag vandaag contact", "URGENT: please make contact today")
            if urgent
            else LocalText("geen spoed", "not urgent")
        ),
    )
    return [
        section(
            LocalText("Urgentie en tijdlijn", "Urgency and timing"), ctx, [urgency, *timing_facts]
        ),
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
            "Datum van het laatste lichamelijk contact, dagen sindsdien, en wanneer de vensters "
            "voor hiv-PEP en forensisch-medisch onderzoek sluiten",
            "Date of the last physical contact, days since, and when the windows for HIV PEP "
            "and forensic-medical examination close",
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
