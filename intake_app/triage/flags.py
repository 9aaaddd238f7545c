"""Flags: things the officer must do or watch before acting on the decision.

R8 informing the accused needs the hulpofficier van justitie first, and is a risk for a child
living with the suspect; R9 a victim made to make, forward or keep images of others; R4 the
age *now* decides who consents to sharing; R13 a guardian not safe to involve; R7 a possible
series; R10 ex-officio investigation without a report wish. R5's two flags come from groups.py.
"""

from __future__ import annotations

from intake_app.forms.policy import Policy
from intake_app.triage.age import MINOR_BELOW, YOUNG_CHILD_BELOW, VictimAges
from intake_app.triage.contract import FLAG_ORDER, Flag, TriageInput
from intake_app.triage.groups import AgeGap
from intake_app.triage.reasons import Note, note, open_answer


def _mededelingsgesprek(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R8: only on the victim's explicit request, and only after consulting the HOvJ."""
    wish = answers.wants_offender_informed
    if wish == "yes":
        return True, note("R8", "mededelingsgesprek")
    # R14: a child under 12 at the facts who is still a minor is not asked this at the desk,
    # so an unanswered wish is no open question to press on.
    young_child = (
        ages.age_at_incident is not None
        and ages.age_at_incident < YOUNG_CHILD_BELOW
        and ages.minor_now is not False
    )
    if wish in ("unknown", "declined") and not young_child:
        return False, open_answer("R8", "mededelingsgesprek_not_asked", wish)
    return False, None


def _informed_risk_to_child(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R8: informing a suspect who lives with, or is family of, a child victim endangers the
    child and may pressure them to retract."""
    if answers.wants_offender_informed != "yes" or ages.estimate_adult:
        return False, None
    child = ages.minor_at_incident is not False or (ages.now is not None and ages.now < 18)
    close = any(s.lives_with_victim == "yes" or s.family == "yes" for s in answers.suspects)
    if child and close:
        return True, note("R8", "offender_informed_risk_to_child")
    return False, None


def _victim_also_suspect(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R9 as DOMAIN.md words it: made to make, forward or keep images of *other people*.

    Images of oneself (under pressure, or between peers) are never a suspect situation, and a
    child under 12 at the facts is never a suspect (art. 486 Sv). Nothing is asked further at
    the desk: that would need the cautie (art. 29 Sv).
    """
    if answers.material_of_others != "yes":
        return False, None
    age = ages.age_at_incident
    if age is not None and age < YOUNG_CHILD_BELOW:
        return False, note("R9", "under_12_never_suspect", age=age)
    return True, note("R9", "victim_also_suspect")


def _guardian_unsafe(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R13: a child whose parent is not safe to involve: referrals by the professional route."""
    if answers.guardian_safe_to_involve == "no" and ages.minor_now is not False:
        return True, note("R13", "guardian_unsafe")
    return False, None


def _series(answers: TriageInput) -> tuple[bool, Note | None]:
    """R7: other intakes share an identifier or image location: escalate to the frontoffice."""
    if answers.series_matches > 0:
        return True, note("R7", "series_suspected", n=answers.series_matches)
    return False, None


def _ex_officio(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R10: without a report wish the frontoffice weighs ambtshalve opsporing; seriality and a
    minor victim are reasons to."""
    if answers.report_wish != "not":
        return False, None
    minor = ages.minor_at_incident is True or ages.minor_now is True
    if answers.series_matches > 0 or minor:
        return True, note("R10", "consider_ex_officio")
    return False, None


def _consent(answers: TriageInput, ages: VictimAges, policy: Policy) -> tuple[bool, Note | None]:
    """R4: the age now decides who consents to sharing with a service (policy ages)."""
    consent = policy.consent
    now = ages.now
    if now is None:
        if ages.estimate_adult:
            return False, None  # counted as an adult: the victim consents alone
        return True, note("R4", "consent_age_unknown")
    if now < consent.victim_alone_from_age and _guardian_unsafe(answers, ages)[0]:
        # R13: the guardian cannot be asked; say so rather than send the officer to them.
        return True, note("R4", "consent_guardian_unsafe", age=now)
    if now < consent.guardian_only_below_age:
        return True, note("R4", "consent_guardian_only", age=now)
    if now < consent.victim_alone_from_age:
        return True, note(
            "R4", "consent_victim_and_guardian", age=now, alone=consent.victim_alone_from_age
        )
    return False, None


def raise_flags(
    answers: TriageInput, ages: VictimAges, gap: AgeGap, policy: Policy
) -> tuple[tuple[Flag, ...], tuple[Note, ...]]:
    raised: set[Flag] = set()
    notes: list[Note] = []
    if gap.suspect_age_unknown:
        raised.add("suspect_age_unknown")  # R5; its reason is among the age-gap notes
    if gap.overridden:
        raised.add("age_gap_overridden")  # R5
    checks: list[tuple[Flag, tuple[bool, Note | None]]] = [
        ("victim_also_suspect", _victim_also_suspect(answers, ages)),
        ("mededelingsgesprek_requires_hovj", _mededelingsgesprek(answers, ages)),
        ("offender_informed_risk_to_child", _informed_risk_to_child(answers, ages)),
        ("minor_needs_guardian_consent", _consent(answers, ages, policy)),
        ("guardian_unsafe", _guardian_unsafe(answers, ages)),
        ("series_suspected", _series(answers)),
        ("consider_ex_officio_investigation", _ex_officio(answers, ages)),
    ]
    for flag, (up, found) in checks:
        if up:
            raised.add(flag)
        if found is not None:
            notes.append(found)
    return tuple(f for f in FLAG_ORDER if f in raised), tuple(notes)


def interview_notes(ages: VictimAges) -> tuple[Note, ...]:
    """R14: a child at the desk is not questioned in depth; trained investigators do that later."""
    if ages.now is not None and ages.now < MINOR_BELOW:
        return (note("R14", "child_not_questioned", age=ages.now),)
    if ages.now is None and ages.estimate_minor:
        return (note("R14", "child_not_questioned_estimate"),)
    return ()
