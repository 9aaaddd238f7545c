"""Officers as the store knows them (the vault holds their keys; this holds who they are)."""

from __future__ import annotations

from sqlalchemy import Table, bindparam, select

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.models import Officer, utc_now
from intake_app.store.records import OfficerRecord

_OFFICERS: Table = Officer.__table__  # type: ignore[assignment]
_DISPLAY_NAME = select(_OFFICERS.c.display_name).where(_OFFICERS.c.id == bindparam("officer"))


def _record(row: Officer) -> OfficerRecord:
    return OfficerRecord(row.id, row.display_name, row.role, row.active, row.created_at)


class Officers:
    def __init__(self, database: Database) -> None:
        self._db = database

    def ensure(self, officer_id: str, display_name: str, role: str = "officer") -> OfficerRecord:
        """Add the officer, or bring name and role up to date; reactivates a removed one."""
        with self._db.read() as session:  # usually unchanged: no write, no disk sync
            row = session.get(Officer, officer_id)
            if row is not None and (row.display_name, row.role, row.active) == (
                display_name,
                role,
                True,
            ):
                return _record(row)
        with self._db.write() as session:
            row = session.get(Officer, officer_id)
            if row is None:
                row = Officer(
                    id=officer_id,
                    display_name=display_name,
                    role=role,
                    active=True,
                    created_at=utc_now(),
                )
                session.add(row)
                audit.append(session, "officer", officer_id, details={"change": "added"})
            elif (row.display_name, row.role, row.active) != (display_name, role, True):
                row.display_name, row.role, row.active = display_name, role, True
                audit.append(session, "officer", officer_id, details={"change": "updated"})
            return _record(row)

    def deactivate(self, officer_id: str) -> None:
        """Removed officers stay on record: their saves and audit entries still name them."""
        with self._db.write() as session:
            row = session.get(Officer, officer_id)
            if row is not None and row.active:
                row.active = False
                audit.append(session, "officer", officer_id, details={"change": "deactivated"})

    def display_name(self, officer_id: str) -> str | None:
        """One officer's name as it goes on a letter or a consult (one indexed read)."""
        with self._db.read_core() as connection:
            name: str | None = connection.execute(_DISPLAY_NAME, {"officer": officer_id}).scalar()
            return name

    def all(self) -> list[OfficerRecord]:
        with self._db.read() as session:
            return [_record(row) for row in session.scalars(select(Officer).order_by(Officer.id))]
