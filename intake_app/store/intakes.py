"""Intakes: reference numbers, the case list, finalising and amending."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import literal, select, tuple_
from sqlalchemy.orm import Session

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import IntakeNotEditable, IntakeNotFound, InvalidValue
from intake_app.store.models import Amendment, Intake, ReferenceCounter, UTCDateTime, utc_now
from intake_app.store.records import AmendmentRecord, IntakeSummary

DEFAULT_STATION = "local"
EDITABLE_STATUSES = ("draft", "amended")


def summary(row: Intake) -> IntakeSummary:
    return IntakeSummary(
        id=row.id,
        reference=row.reference,
        station=row.station,
        status=row.status,
        is_training=row.is_training,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        completed_at=row.completed_at,
    )


def get_intake(session: Session, intake_id: int) -> Intake:
    row = session.get(Intake, intake_id)
    if row is None:
        raise IntakeNotFound(intake_id)
    return row


def editable_intake(session: Session, intake_id: int) -> Intake:
    """The intake, if it may change now: a draft, or a completed one reopened by an amendment."""
    row = get_intake(session, intake_id)
    if row.status not in EDITABLE_STATUSES:
        raise IntakeNotEditable(row.reference, row.status)
    return row


def _next_reference(session: Session, station: str, year: int) -> str:
    counter = session.get(ReferenceCounter, (station, year))
    if counter is None:
        counter = ReferenceCounter(station=station, year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return f"{year}-{counter.last_number:04d}"


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Intakes:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(
        self,
        officer_id: str,
        station: str = DEFAULT_STATION,
        is_training: bool = False,
        now: datetime | None = None,
    ) -> IntakeSummary:
        """A new draft with the station's next reference for this year, e.g. 2026-0001."""
        if not station.strip():
            raise InvalidValue("voor het intakenummer is de naam van het bureau nodig")
        now = now or utc_now()
        with self._db.write() as session:
            reference = _next_reference(session, station, now.astimezone().year)
            row = Intake(
                reference=reference,
                station=station,
                status="draft",
                is_training=is_training,
                created_by=officer_id,
                created_at=now,
                updated_at=now,
                completed_at=None,
            )
            session.add(row)
            session.flush()
            audit.append(session, "create", officer_id, reference, {"training": is_training})
            return summary(row)

    def get(self, intake_id: int) -> IntakeSummary:
        with self._db.read() as session:
            return summary(get_intake(session, intake_id))

    def case_list(self, include_training: bool = True) -> list[IntakeSummary]:
        """The case list, newest first: reference, dates, status, officer; no content."""
        query = select(Intake).order_by(Intake.created_at.desc(), Intake.id.desc())
        if not include_training:
            query = query.where(Intake.is_training.is_(False))
        with self._db.read() as session:
            return [summary(row) for row in session.scalars(query)]

    def list_page(
        self,
        *,
        training: bool,
        status: str = "",
        reference_contains: str = "",
        after: tuple[datetime, int] | None = None,
        limit: int = 200,
    ) -> list[IntakeSummary]:
        """One page of the case list, newest first, from the indexes of revision 0007.

        `after` is the (created_at, id) of the last row of the previous page: a keyset, so a
        page deep in 100,000 intakes costs what the first one costs.
        """
        query = select(Intake).where(Intake.is_training.is_(training))
        if status:
            query = query.where(Intake.status == status)
        if reference_contains:
            pattern = "%" + _like_escaped(reference_contains) + "%"
            query = query.where(Intake.reference.like(pattern, escape="\\"))
        if after is not None:
            created_at, intake_id = after
            query = query.where(
                tuple_(Intake.created_at, Intake.id)
                < tuple_(literal(created_at, UTCDateTime()), literal(intake_id))
            )
        query = query.order_by(Intake.created_at.desc(), Intake.id.desc()).limit(limit)
        with self._db.read() as session:
            return [summary(row) for row in session.scalars(query)]

    def finalise(
        self, intake_id: int, officer_id: str, now: datetime | None = None
    ) -> IntakeSummary:
        now = now or utc_now()
        with self._db.write() as session:
            row = editable_intake(session, intake_id)
            row.status, row.completed_at, row.updated_at = "completed", now, now
            audit.append(session, "finalise", officer_id, row.reference)
            return summary(row)

    def amend(self, intake_id: int, officer_id: str, reason: str) -> IntakeSummary:
        """Reopen a completed intake for changes; the reason is kept with it, not in the audit."""
        if not reason.strip():
            raise InvalidValue("een wijziging van een afgeronde intake heeft een reden nodig")
        now = utc_now()
        with self._db.write() as session:
            row = get_intake(session, intake_id)
            if row.status != "completed":
                raise InvalidValue(
                    f"intake {row.reference} is nog niet afgerond (status {row.status})"
                )
            row.status, row.updated_at = "amended", now
            session.add(
                Amendment(
                    intake_id=intake_id,
                    reason=reason.strip(),
                    amended_at=now,
                    amended_by=officer_id,
                )
            )
            audit.append(session, "amend", officer_id, row.reference)
            return summary(row)

    def amendments(self, intake_id: int) -> list[AmendmentRecord]:
        query = select(Amendment).where(Amendment.intake_id == intake_id).order_by(Amendment.id)
        with self._db.read() as session:
            return [
                AmendmentRecord(row.reason, row.amended_at, row.amended_by)
                for row in session.scalars(query)
            ]
