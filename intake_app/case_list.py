"""The home list's reading, without Qt: a page of intakes and, for the rows on screen, the
victim's name and the urgency. The window runs both on a worker (ui/worker.py), so a
station with 100,000 intakes never stalls the window's thread.

    rows = case_page(casework, CaseQuery(training=False, status="draft", text="2026-01"))
    more = case_page(casework, CaseQuery(training=False, after=rows[-1].position))
    details = case_details(casework, [row.intake_id for row in rows[:30]])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the home screen imports the records at start-up, before the domain loads
    from intake_app.casework import Casework

PAGE_SIZE = 200
Urgency = Literal["urgent", "normal", "unknown"]


@dataclass(frozen=True)
class CaseQuery:
    training: bool
    status: str = ""  # "" is every status
    text: str = ""  # part of the reference; never names (the list hides them)
    after: tuple[datetime, int] | None = None  # the last row of the page before
    limit: int = PAGE_SIZE


@dataclass(frozen=True)
class CaseRow:
    intake_id: int
    reference: str
    created_at: datetime
    status: str  # draft | completed | amended
    officer: str

    @property
    def position(self) -> tuple[datetime, int]:
        """Where the next page starts (newest first)."""
        return (self.created_at, self.intake_id)


@dataclass(frozen=True)
class CaseDetails:
    """Read from the case itself, only for rows on screen."""

    victim_name: str
    urgency: Urgency


def case_page(casework: Casework, query: CaseQuery) -> list[CaseRow]:
    store = casework.session.store
    names = casework.officer_names()
    found = store.intakes.list_page(
        training=query.training,
        status=query.status,
        reference_contains=query.text.strip(),
        after=query.after,
        limit=query.limit,
    )
    return [
        CaseRow(
            intake_id=case.id,
            reference=case.reference,
            created_at=case.created_at,
            status=case.status,
            officer=names.get(case.created_by, case.created_by),
        )
        for case in found
    ]


def case_details(casework: Casework, intake_ids: Iterable[int]) -> dict[int, CaseDetails]:
    from intake_app.triage.contract import BadAnswers

    details: dict[int, CaseDetails] = {}
    for intake_id in intake_ids:
        case = casework.open(intake_id)
        decision = case.decision()
        urgency: Urgency
        if isinstance(decision, BadAnswers):
            urgency = "unknown"
        else:
            urgency = "urgent" if decision.urgent else "normal"
        details[intake_id] = CaseDetails(case.victim_name(), urgency)
    return details
