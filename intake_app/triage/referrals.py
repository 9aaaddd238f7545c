"""Referral suggestions with urgency. Suggestions only: the officer and the victim decide,
and sharing anything with a service needs recorded consent (referrals/, later).
"""

from __future__ import annotations

from intake_app.triage.age import MINOR_BELOW, VictimAges
from intake_app.triage.contract import Referral, Service, TriageInput, Urgency
from intake_app.triage.reasons import Note, Term, note
from intake_app.triage.routing import physical_contact
from intake_app.triage.urgent import UrgentActions


def _offlimits(answers: TriageInput, urgent: UrgentActions) -> tuple[Urgency, Note] | None:
    """R10: image-based abuse: Offlimits advises and gets images removed."""
    if not answers.image_based:
        return None
    if "publication_deadline" in urgent.urgent:
        return "acute", note("R10", "offlimits_acute")
    return "normal", note("R10", "offlimits")


def _csg(answers: TriageInput, urgent: UrgentActions) -> tuple[Urgency, Note] | None:
    """R6: physical sexual violence: CSG, at once within the acute window."""
    if not physical_contact(answers):
        return None
    if urgent.csg_acute:
        return "acute", note("R6", "csg_refer_acute")
    return "normal", note("R6", "csg_refer")


def _minor(ages: VictimAges) -> bool:
    """A child then or now, or an age we do not know: R13 asks about home and family."""
    return ages.minor_at_incident is not False or (ages.now is not None and ages.now < MINOR_BELOW)


def _veilig_thuis(
    answers: TriageInput, ages: VictimAges, urgent: UrgentActions
) -> tuple[tuple[Urgency, Note] | None, tuple[Note, ...]]:
    """R13: abuse at home or by family goes to Veilig Thuis; for a child, ask about it."""
    lives_with = any(s.lives_with_victim == "yes" for s in answers.suspects)
    family = any(s.family == "yes" for s in answers.suspects)
    minor = _minor(ages)
    if lives_with or family:
        # A child who goes home to the suspect tonight: acute. Someone abused as a child who is
        # an adult now is not acute for that reason alone.
        child_now = ages.now is None or ages.now < MINOR_BELOW
        acute = (lives_with and child_now) or "acute_danger" in urgent.urgent
        key = "veilig_thuis_child" if minor else "veilig_thuis_adult"
        return ("acute" if acute else "normal", note("R13", key)), ()
    open_answers = any(
        answer in ("unknown", "declined")
        for s in answers.suspects
        for answer in (s.lives_with_victim, s.family)
    )
    if minor and open_answers:
        return None, (note("R13", "home_not_known"),)
    return None, ()


def _herstelbemiddeling(
    answers: TriageInput,
) -> tuple[tuple[Urgency, Note] | None, tuple[Note, ...]]:
    """Perspectief Herstelbemiddeling when the victim wants the offender involved and it is safe.

    Read as: the victim asked that the offender be informed (R8), the offender is known, and
    nothing says it is unsafe (no danger now, no thoughts of self-harm, no extortion for money,
    which points to organised groups abroad). The mediators assess safety again themselves.
    """
    if answers.wants_offender_informed != "yes":
        return None, ()
    danger = answers.safety.in_danger_now
    obstacles = [
        Term(key)
        for key, holds in (
            ("unsafe_now", danger == "yes"),
            ("safety_open", danger in ("unknown", "declined")),
            ("self_harm", answers.safety.self_harm_thoughts != "no"),
            ("money_demanded", answers.coercion.financial_demand == "yes"),
            ("no_suspect", not answers.suspects),
        )
        if holds
    ]
    if not obstacles:
        return ("normal", note("R10", "herstelbemiddeling")), ()
    return None, (note("R10", "herstelbemiddeling_not_now", why=tuple(obstacles)),)


def suggest_referrals(
    answers: TriageInput, ages: VictimAges, urgent: UrgentActions
) -> tuple[tuple[Referral, ...], tuple[Note, ...]]:
    chosen: dict[Service, tuple[Urgency, Note]] = {}
    notes: list[Note] = []
    if found := _offlimits(answers, urgent):
        chosen["offlimits"] = found
    if found := _csg(answers, urgent):
        chosen["csg"] = found
    veilig_thuis, home_notes = _veilig_thuis(answers, ages, urgent)
    if veilig_thuis:
        chosen["veilig_thuis"] = veilig_thuis
    notes.extend(home_notes)
    # R10: needs are mapped and support offered to every victim, report or not.
    chosen["shn"] = ("normal", note("R10", "shn"))
    mediation, mediation_notes = _herstelbemiddeling(answers)
    if mediation:
        chosen["herstelbemiddeling"] = mediation
    notes.extend(mediation_notes)
    referrals = tuple(Referral(service, urgency) for service, (urgency, _) in chosen.items())
    return referrals, tuple(found_note for _, found_note in chosen.values()) + tuple(notes)
