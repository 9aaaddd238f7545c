"""Who at the TSM handles the case: R3 and R6 investigation, R1 frontoffice advice for the rest."""

from __future__ import annotations

from intake_app.triage.contract import PHYSICAL_KINDS, Category, TriageInput, Tsm
from intake_app.triage.reasons import Note, note


def physical_contact(answers: TriageInput) -> bool:
    """R6: a physical kind, or a date of last physical sexual contact (which says there was one)."""
    incident = answers.incident
    return incident.physical_last_date is not None or not PHYSICAL_KINDS.isdisjoint(incident.kinds)


def route(answers: TriageInput, category: Category | None) -> tuple[Tsm, tuple[Note, ...]]:
    notes: list[Note] = []
    physical = physical_contact(answers)
    if physical and PHYSICAL_KINDS.isdisjoint(answers.incident.kinds):
        # Contradictory input resolved towards care: a contact date means there was contact.
        notes.append(note("R6", "physical_date_without_physical_kind"))
    if category == "C":
        notes.append(note("R3", "tsm_group_c"))  # R3: group C is always investigated by the TSM
    if physical:
        notes.append(note("R6", "tsm_physical"))  # R6: physical sexual violence goes to the TSM
    if category == "C" or physical:
        return "investigation", tuple(notes)
    if category in ("A", "B"):
        notes.append(note("R1", "frontoffice_group_a_b", category=category))
    else:
        notes.append(note("R1", "frontoffice_advice"))
    return "frontoffice_advice", tuple(notes)
