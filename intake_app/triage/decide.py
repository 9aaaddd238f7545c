"""The whole decision: every rule module in turn, reasons in the order an officer reads them
(safety first, then age, group, routing, referrals, flags)."""

from __future__ import annotations

from intake_app.forms.policy import Policy
from intake_app.triage.age import age_notes, victim_ages
from intake_app.triage.contract import URGENT_ORDER, Decision, TriageInput
from intake_app.triage.flags import interview_notes, raise_flags
from intake_app.triage.groups import assess_age_gap, categorise
from intake_app.triage.reasons import Language, render
from intake_app.triage.referrals import suggest_referrals
from intake_app.triage.routing import route
from intake_app.triage.urgent import urgent_actions


def decide(answers: TriageInput, policy: Policy, language: Language = "nl") -> Decision:
    """R1-R14 over one answers document; never raises on answers that parsed."""
    ages = victim_ages(
        answers.victim.date_of_birth,
        answers.victim.age_years,
        answers.earliest_date,
        answers.intake_date,
        answers.victim.age_estimate,
    )
    urgent = urgent_actions(answers, policy)
    gap = assess_age_gap(answers, ages, policy)
    category, category_notes = categorise(answers, ages, gap)
    tsm, routing_notes = route(answers, category)
    referrals, referral_notes = suggest_referrals(answers, ages, urgent)
    flags, flag_notes = raise_flags(answers, ages, gap, policy)
    notes = (
        urgent.notes
        + age_notes(ages, answers.earliest_date, answers.first_date)
        + gap.notes
        + category_notes
        + routing_notes
        + referral_notes
        + flag_notes
        + interview_notes(ages)
    )
    return Decision(
        age_at_incident=ages.age_at_incident,
        age_now=ages.now,
        minor_at_incident=ages.minor_at_incident,
        age_gap_years=gap.years,
        age_gap_more_than_slight=gap.more_than_slight,
        category=category,
        tsm=tsm,
        urgent=tuple(u for u in URGENT_ORDER if u in urgent.urgent),
        referrals=referrals,
        flags=flags,
        reasons=tuple(render(n, language) for n in notes),
    )
