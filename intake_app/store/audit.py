"""The tamper-evident audit log: each entry carries the SHA-256 of the entry before it.

An entry names the event, the officer and the intake reference, never content. The hash
covers canonical JSON of all the entry's fields, so changing, inserting or deleting any
entry but the newest breaks the chain at that point. Dropping the newest entries leaves a
shorter valid chain: the head hash that verify reports can be noted to catch that.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from intake_app.store.errors import InvalidValue
from intake_app.store.models import AuditEntry, utc_now

GENESIS_HASH = "0" * 64
AUDIT_EVENTS = frozenset(
    {
        "unlock",
        "failed_unlock",
        "create",
        "open",
        "edit",
        "finalise",
        "amend",
        "letter",
        "print",
        "export",
        "backup",
        "purge",
        "consent",
        "officer",
        "import",
        "regional_key",
        "recovery_key",
    }
)
_DETAIL_TEXT_LIMIT = 64  # details are counts, service names, times: never free text

DetailValue = int | bool | str


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    event: str
    officer_id: str | None
    intake_reference: str | None
    details: dict[str, DetailValue]
    entry_hash: str


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    head_hash: str
    first_broken_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None and not self.problem


def canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def compute_hash(
    entry_id: int,
    at: str,
    event: str,
    officer_id: str | None,
    intake_reference: str | None,
    details_json: str,
    previous_hash: str,
) -> str:
    fields = {
        "id": entry_id,
        "at": at,
        "event": event,
        "officer_id": officer_id,
        "intake_reference": intake_reference,
        "details": details_json,
        "previous_hash": previous_hash,
    }
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def _checked_details(details: Mapping[str, DetailValue] | None) -> str:
    clean: dict[str, DetailValue] = {}
    for name, value in (details or {}).items():
        if not isinstance(value, int | bool | str):
            raise InvalidValue(
                f"auditdetail {name!r} moet een getal, ja/nee of een korte code zijn"
            )
        if isinstance(value, str) and len(value) > _DETAIL_TEXT_LIMIT:
            raise InvalidValue(f"auditdetail {name!r} is te lang voor een code (label)")
        clean[name] = value
    return canonical_json(clean)


def append(
    session: Session | Connection,
    event: str,
    officer_id: str | None = None,
    intake_reference: str | None = None,
    details: Mapping[str, DetailValue] | None = None,
    at: datetime | None = None,
) -> AuditRecord:
    """Add an entry inside the caller's write transaction (the store serialises writers)."""
    if event not in AUDIT_EVENTS:
        raise InvalidValue(f"onbekende auditgebeurtenis {event!r}")
    details_json = _checked_details(details)
    last = session.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry_id, previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at_text = (at or utc_now()).isoformat(timespec="microseconds")
    entry_hash = compute_hash(
        entry_id, at_text, event, officer_id, intake_reference, details_json, previous_hash
    )
    session.execute(
        insert(AuditEntry).values(
            id=entry_id,
            at=at_text,
            event=event,
            officer_id=officer_id,
            intake_reference=intake_reference,
            details_json=details_json,
            previous_hash=previous_hash,
            entry_hash=entry_hash,
        )
    )
    return AuditRecord(
        entry_id, at_text, event, officer_id, intake_reference, json.loads(details_json), entry_hash
    )


def entries(session: Session, limit: int | None = None) -> list[AuditRecord]:
    """The newest entries first."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRecord(
            row.id,
            row.at,
            row.event,
            row.officer_id,
            row.intake_reference,
            json.loads(row.details_json),
            row.entry_hash,
        )
        for row in session.scalars(query)
    ]


def latest(session: Session, event: str) -> AuditRecord | None:
    """The newest entry of one kind (an index on (event, id) keeps this a look-up)."""
    row = session.scalars(
        select(AuditEntry).where(AuditEntry.event == event).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return AuditRecord(
        row.id,
        row.at,
        row.event,
        row.officer_id,
        row.intake_reference,
        json.loads(row.details_json),
        row.entry_hash,
    )


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry that does not fit."""
    previous_hash = GENESIS_HASH
    expected_id = 1
    checked = 0
    for row in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        if row.id != expected_id:
            return ChainReport(checked, previous_hash, row.id, f"regel {expected_id} ontbreekt")
        if row.previous_hash != previous_hash:
            return ChainReport(
                checked, previous_hash, row.id, "zij draagt niet de hash van de regel ervoor"
            )
        recomputed = compute_hash(
            row.id,
            row.at,
            row.event,
            row.officer_id,
            row.intake_reference,
            row.details_json,
            row.previous_hash,
        )
        if recomputed != row.entry_hash:
            return ChainReport(checked, previous_hash, row.id, "haar inhoud is gewijzigd")
        previous_hash = row.entry_hash
        expected_id += 1
        checked += 1
    return ChainReport(checked, previous_hash)
