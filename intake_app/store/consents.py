"""Consent to share with a service (R4: given by the victim or a parent or guardian), and the
letters produced for services: when and by whom, never their content."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Table, bindparam, select

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import InvalidValue
from intake_app.store.intakes import editable_intake, get_intake
from intake_app.store.models import (
    CONSENT_GIVERS,
    PROFESSIONAL_ROUTE_BASES,
    Consent,
    Letter,
    utc_now,
)
from intake_app.store.records import ConsentRecord, LetterRecord

# Services are codes from the service directory, never free text: they also appear in the audit.
_SERVICE_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


_CONSENTS: Table = Consent.__table__  # type: ignore[assignment]
_LETTERS: Table = Letter.__table__  # type: ignore[assignment]
# Core statements built once: read for every consult package and every letters screen.
_CONSENTS_FOR_INTAKE = (
    select(_CONSENTS.c.service, _CONSENTS.c.given_by, _CONSENTS.c.given_at, _CONSENTS.c.recorded_by)
    .where(_CONSENTS.c.intake_id == bindparam("intake"))
    .order_by(_CONSENTS.c.id)
)
_LETTERS_FOR_INTAKE = (
    select(_LETTERS.c.service, _LETTERS.c.produced_at, _LETTERS.c.produced_by)
    .where(_LETTERS.c.intake_id == bindparam("intake"))
    .order_by(_LETTERS.c.id)
)


def _checked_service(service: str) -> str:
    if not _SERVICE_CODE.fullmatch(service):
        raise InvalidValue(
            "een dienst wordt genoemd met haar code uit de dienstenlijst, bijvoorbeeld 'offlimits'"
        )
    return service


class Consents:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self,
        intake_id: int,
        service: str,
        given_by: str,
        officer_id: str,
        given_at: datetime | None = None,
    ) -> ConsentRecord:
        if given_by not in CONSENT_GIVERS:
            raise InvalidValue(
                f"toestemming wordt gegeven door een van {', '.join(CONSENT_GIVERS)}"
            )
        service = _checked_service(service)
        given_at = given_at or utc_now()
        with self._db.write() as session:
            intake = editable_intake(session, intake_id)
            row = session.scalars(
                select(Consent).where(
                    Consent.intake_id == intake_id,
                    Consent.service == service,
                    Consent.given_by == given_by,
                )
            ).first()
            if row is None:
                row = Consent(intake_id=intake_id, service=service, given_by=given_by)
                session.add(row)
            row.given_at, row.recorded_by = given_at, officer_id
            intake.updated_at = utc_now()
            details = {"service": service}
            if given_by in PROFESSIONAL_ROUTE_BASES:
                details["basis"] = given_by  # R13: audited as the professional route
            audit.append(session, "consent", officer_id, intake.reference, details)
            return ConsentRecord(service, given_by, given_at, officer_id)

    def withdraw(self, intake_id: int, service: str, officer_id: str) -> None:
        service = _checked_service(service)
        with self._db.write() as session:
            intake = editable_intake(session, intake_id)
            rows = session.scalars(
                select(Consent).where(Consent.intake_id == intake_id, Consent.service == service)
            ).all()
            for row in rows:
                session.delete(row)
            audit.append(session, "consent", officer_id, intake.reference, {"withdrawn": service})

    def for_intake(self, intake_id: int) -> list[ConsentRecord]:
        with self._db.read_core() as connection:
            return [
                ConsentRecord(*row)
                for row in connection.execute(_CONSENTS_FOR_INTAKE, {"intake": intake_id})
            ]


class Letters:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(self, intake_id: int, service: str, officer_id: str) -> LetterRecord:
        service = _checked_service(service)
        now = utc_now()
        with self._db.write() as session:
            intake = get_intake(session, intake_id)
            session.add(
                Letter(
                    intake_id=intake_id, service=service, produced_at=now, produced_by=officer_id
                )
            )
            audit.append(session, "letter", officer_id, intake.reference, {"service": service})
            return LetterRecord(service, now, officer_id)

    def for_intake(self, intake_id: int) -> list[LetterRecord]:
        with self._db.read_core() as connection:
            return [
                LetterRecord(*row)
                for row in connection.execute(_LETTERS_FOR_INTAKE, {"intake": intake_id})
            ]
