"""Referral suggestions with urgency. Suggestions only: the officer and the victim decide,
and sharing anything with a service needs recorded consent (referrals/, later).
"""

from __future__ import annotations

from intake_app.triage.age import MINOR_BELOW, VictimAges
from intake_app.triage.contract import Referral, Service, TriageInput, Urgency
from intake_app.triage.reasons import Note, Term, note, open_answer
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
    if ages.estimate_adult:
        return False
    return ages.minor_at_incident is not False or (ages.now is not None and ages.now < MINOR_BELOW)


def child_now(ages: VictimAges) -> bool:
    """A child today, or an age not known to be adult (never route a child as an adult)."""
    return ages.minor_now is not False


def suspect_lives_with_child(answers: TriageInput, ages: VictimAges) -> bool:
    """R8, R13: a suspect who lives with a victim who is a child now."""
    return child_now(ages) and any(s.lives_with_victim == "yes" for s in answers.suspects)


def _veilig_thuis(
    answers: TriageInput, ages: VictimAges, urgent: UrgentActions
) -> tuple[tuple[Urgency, Note] | None, tuple[Note, ...]]:
    """R13: abuse at home, by family, or by someone with easy access to a child: Veilig Thuis.

    "Has access" is not "lives with": only a suspect living with a child makes it acute.
    """
    lives_with = any(s.lives_with_victim == "yes" for s in answers.suspects)
    family = any(s.family == "yes" for s in answers.suspects)
    minor = _minor(ages)
    access = minor and any(s.has_access == "yes" for s in answers.suspects)
    guardian_unsafe = child_now(ages) and answers.guardian_safe_to_involve == "no"
    if lives_with or family or access or guardian_unsafe:
        # A child who goes home to the suspect tonight: acute. Someone abused as a child who is
        # an adult now is not acute for that reason alone.
        acute = (lives_with and child_now(ages)) or "acute_danger" in urgent.urgent
        if lives_with or family:
            key = "veilig_thuis_child" if minor else "veilig_thuis_adult"
        elif access:
            key = "veilig_thuis_access"
        else:
            key = "veilig_thuis_guardian_unsafe"
        return ("acute" if acute else "normal", note("R13", key)), ()
    open_answers = [
        answer
        for s in answers.suspects
        for answer in (s.lives_with_victim, s.family, s.has_access)
        if answer in ("unknown", "declined")
    ]
    if minor and open_answers:
        said = "declined" if "declined" in open_answers else "unknown"
        return None, (open_answer("R13", "home_not_known", said),)
    return None, ()


def _herstelbemiddeling(
    answers: TriageInput, ages: VictimAges, urgent: UrgentActions
) -> tuple[tuple[Urgency, Note] | None, tuple[Note, ...]]:
    """R8: Perspectief Herstelbemiddeling only when the victim says they want it, and it is safe.

    The wish comes from its own question (`restorative_interest`), never from a request to
    inform the accused: that is a stop signal, not a wish for contact. Obstacles (R8): danger
    now, a self-harm risk, financial extortion, no known suspect, a suspect living with a child
    victim, physical violence within the acute window. The mediators assess safety again.
    """
    if answers.restorative_interest != "yes":
        return None, ()  # declined or not asked: nothing is pressed
    danger = answers.safety.in_danger_now
    obstacles = [
        Term(key)
        for key, holds in (
            ("unsafe_now", danger == "yes" or answers.safety.threat_ongoing == "yes"),
            ("safety_open", danger in ("unknown", "declined")),
            ("self_harm", answers.safety.self_harm_thoughts != "no"),
            ("money_demanded", answers.coercion.financial_demand == "yes"),
            ("no_suspect", not answers.suspects),
            ("lives_with_child", suspect_lives_with_child(answers, ages)),
            ("physical_recent", urgent.csg_acute),
        )
        if holds
    ]
    if not obstacles:
        return ("normal", note("R8", "herstelbemiddeling")), ()
    return None, (note("R8", "herstelbemiddeling_not_now", why=tuple(obstacles)),)


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
    mediation, mediation_notes = _herstelbemiddeling(answers, ages, urgent)
    if mediation:
        chosen["herstelbemiddeling"] = mediation
    notes.extend(mediation_notes)
    referrals = tuple(Referral(service, urgency) for service, (urgency, _) in chosen.items())
    return referrals, tuple(found_note for _, found_note in chosen.values()) + tuple(notes)
