"""Flags: things the officer must do or watch before acting on the decision.

R8 informing the accused needs the hulpofficier van justitie first; R9 a victim who made or
shared material under duress; R4 the age *now* decides who consents to sharing; R5's two
flags come from groups.py.
"""

from __future__ import annotations

from intake_app.forms.policy import Policy
from intake_app.triage.age import MINOR_BELOW, VictimAges
from intake_app.triage.contract import FLAG_ORDER, Flag, TriageInput
from intake_app.triage.groups import AgeGap
from intake_app.triage.reasons import Note, Said, note


def _mededelingsgesprek(answers: TriageInput) -> tuple[bool, Note | None]:
    """R8: only on the victim's explicit request, and only after consulting the HOvJ."""
    wish = answers.wants_offender_informed
    if wish == "yes":
        return True, note("R8", "mededelingsgesprek")
    if wish in ("unknown", "declined"):
        return False, note("R8", "mededelingsgesprek_not_asked", answer=Said(wish))
    return False, None


def _victim_also_suspect(answers: TriageInput, ages: VictimAges) -> tuple[bool, Note | None]:
    """R9: a child's own images made or shared under duress are, in law, material of a child.

    An adult who made images of themselves is not a suspect for that; the flag is for
    minors (or an unknown age), with a note for adults in case others' material was involved.
    """
    if answers.victim_made_or_shared_material != "yes":
        return False, None
    if ages.minor_at_incident is False:
        return False, note("R9", "adult_made_material")
    return True, note("R9", "victim_also_suspect")


def _consent(ages: VictimAges, policy: Policy) -> tuple[bool, Note | None]:
    """R4: the age now decides who consents to sharing with a service (policy ages)."""
    consent = policy.consent
    now = ages.now
    if now is None:
        return True, note("R4", "consent_age_unknown")
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
        ("mededelingsgesprek_requires_hovj", _mededelingsgesprek(answers)),
        ("minor_needs_guardian_consent", _consent(ages, policy)),
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
    return ()
