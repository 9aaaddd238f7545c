"""Plain, frozen records the repositories return: no database session travels to the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class OfficerRecord:
    id: str
    display_name: str
    role: str
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class IntakeSummary:
    """What the case list shows: no content of the intake."""

    id: int
    reference: str
    station: str
    status: str
    is_training: bool
    created_by: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class AnswerRecord:
    key: str
    value: Any
    state: str
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class AmendmentRecord:
    reason: str
    amended_at: datetime
    amended_by: str


@dataclass(frozen=True)
class ConsentRecord:
    service: str
    given_by: str
    given_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class LetterRecord:
    service: str
    produced_at: datetime
    produced_by: str


@dataclass(frozen=True)
class NewIdentifier:
    kind: str
    raw: str
    normalised: str
    verified: bool = False


@dataclass(frozen=True)
class IdentifierRecord:
    id: int
    intake_id: int
    intake_reference: str
    answer_key: str
    kind: str
    raw: str
    normalised: str
    verified: bool
