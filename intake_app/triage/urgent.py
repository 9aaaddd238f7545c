"""Urgent actions (spoedhandelingen, R1): safety now (R12), a publication deadline, and R6's
acute window for Centrum Seksueel Geweld with the closing time of the HIV-prophylaxis window.

Dates have no time of day, so the PEP window is said as the last day it can still be open:
`pep_window_hours` after the end of the day of the last contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from intake_app.forms.policy import Policy
from intake_app.triage.contract import IMAGE_KINDS, TriageInput, Urgent
from intake_app.triage.reasons import Note, note, open_answer
from intake_app.triage.routing import physical_contact


@dataclass(frozen=True)
class UrgentActions:
    urgent: tuple[Urgent, ...]
    csg_acute: bool
    notes: tuple[Note, ...]


def _safety(answers: TriageInput) -> tuple[list[Urgent], list[Note]]:
    """R12: protection needs come first; an unanswered safety question is said out loud."""
    urgent: list[Urgent] = []
    notes: list[Note] = []
    danger = answers.safety.in_danger_now
    if danger == "yes":
        urgent.append("acute_danger")
        notes.append(note("R12", "acute_danger"))
    elif danger != "no":
        notes.append(open_answer("R12", "danger_not_known", danger))
    harm = answers.safety.self_harm_thoughts
    if harm == "yes":
        urgent.append("self_harm_risk")
        notes.append(note("R12", "self_harm_risk"))
    elif harm != "no":
        notes.append(open_answer("R12", "self_harm_not_known", harm))
    if answers.safety.threat_ongoing == "yes":
        # R1: threats still coming in are a spoedhandeling for the frontoffice.
        urgent.append("ongoing_threat")
        notes.append(note("R1", "ongoing_threat"))
    return urgent, notes


def _publication(answers: TriageInput, policy: Policy) -> tuple[list[Urgent], list[Note]]:
    hours = policy.acute.publication_deadline_hours
    deadline = answers.coercion.deadline_within_48h
    if deadline == "yes":
        return ["publication_deadline"], [note("R1", "publication_deadline", hours=hours)]
    threatened = (
        answers.coercion.threat_to_publish == "yes" or "sextortion" in answers.incident.kinds
    )
    if threatened and deadline != "no" and not IMAGE_KINDS.isdisjoint(answers.incident.kinds):
        return [], [open_answer("R1", "deadline_not_known", deadline, hours=hours)]
    return [], []


def _csg(answers: TriageInput, policy: Policy) -> tuple[bool, list[Note]]:
    """R6: physical contact within `csg_acute_days` is acute for CSG: refer at once."""
    if not physical_contact(answers):
        return False, []
    window_days = policy.acute.csg_acute_days
    intake = answers.intake_date
    last = answers.incident.physical_last_date
    if last is None:
        if answers.incident.first_date is None:
            return True, [note("R6", "csg_acute_no_dates", days=window_days)]
        if (intake - answers.incident.first_date).days <= window_days:
            return True, [note("R6", "csg_acute_facts_recent", days=window_days)]
        return False, [note("R6", "csg_last_contact_not_known", days=window_days)]
    days_ago = (intake - last).days
    if days_ago > window_days:
        return False, [note("R6", "csg_not_acute", days=window_days, days_ago=days_ago)]
    hours = policy.acute.pep_window_hours
    closes = (datetime.combine(last, time.max) + timedelta(hours=hours)).date()
    if closes > intake:
        pep = note("R6", "pep_open", hours=hours, closes=closes)
    elif closes == intake:
        pep = note("R6", "pep_closes_today", hours=hours)
    else:
        pep = note("R6", "pep_closed", hours=hours, closes=closes)
    return True, [note("R6", "csg_acute", days=window_days, days_ago=days_ago), pep]


def urgent_actions(answers: TriageInput, policy: Policy) -> UrgentActions:
    urgent, notes = _safety(answers)
    publication, publication_notes = _publication(answers, policy)
    acute, csg_notes = _csg(answers, policy)
    urgent += publication
    if acute:
        urgent.append("csg_acute")
    return UrgentActions(tuple(urgent), acute, tuple(notes + publication_notes + csg_notes))
