"""Suspect identifiers (phone numbers, handles, IBANs...) raw and normalised, for seriality (R7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, select

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import InvalidValue
from intake_app.store.intakes import editable_intake
from intake_app.store.models import Intake, SuspectIdentifier
from intake_app.store.records import IdentifierRecord, NewIdentifier


def _record(row: SuspectIdentifier, reference: str) -> IdentifierRecord:
    return IdentifierRecord(
        id=row.id,
        intake_id=row.intake_id,
        intake_reference=reference,
        answer_key=row.answer_key,
        kind=row.kind,
        raw=row.raw,
        normalised=row.normalised,
        verified=row.verified,
    )


# Built once: the look-up runs each time an identifier is typed (R7), and building the
# statement costs more than the indexed search itself.
_INTAKES_WITH_ANY = (
    select(Intake.reference, Intake.created_at)
    .join(SuspectIdentifier, SuspectIdentifier.intake_id == Intake.id)
    .where(
        SuspectIdentifier.normalised == bindparam("normalised"),
        SuspectIdentifier.kind == bindparam("kind"),
    )
    .distinct()
    .order_by(Intake.created_at, Intake.reference)
)
_INTAKES_WITH = _INTAKES_WITH_ANY.where(Intake.is_training.is_(False))


class Identifiers:
    def __init__(self, database: Database) -> None:
        self._db = database

    def replace(
        self,
        intake_id: int,
        answer_key: str,
        identifiers: Sequence[NewIdentifier],
        officer_id: str,
    ) -> None:
        """The identifiers found in one answer, replacing those it had before."""
        for identifier in identifiers:
            if not identifier.normalised or len(identifier.normalised) > 512:
                raise InvalidValue("een genormaliseerd kenmerk is 1 tot 512 tekens")
        with self._db.write() as session:
            intake = editable_intake(session, intake_id)
            for old in session.scalars(
                select(SuspectIdentifier).where(
                    SuspectIdentifier.intake_id == intake_id,
                    SuspectIdentifier.answer_key == answer_key,
                )
            ):
                session.delete(old)
            for identifier in identifiers:
                session.add(
                    SuspectIdentifier(
                        intake_id=intake_id,
                        answer_key=answer_key,
                        kind=identifier.kind,
                        raw=identifier.raw,
                        normalised=identifier.normalised,
                        verified=identifier.verified,
                    )
                )
            audit.append(session, "edit", officer_id, intake.reference)

    def for_intake(self, intake_id: int) -> list[IdentifierRecord]:
        query = (
            select(SuspectIdentifier, Intake.reference)
            .join(Intake, Intake.id == SuspectIdentifier.intake_id)
            .where(SuspectIdentifier.intake_id == intake_id)
            .order_by(SuspectIdentifier.id)
        )
        with self._db.read() as session:
            return [_record(row, reference) for row, reference in session.execute(query)]

    def intakes_with(
        self, kind: str, normalised: str, include_training: bool = False
    ) -> list[tuple[str, datetime]]:
        """(reference, created) of each intake holding this identifier, oldest first."""
        query = _INTAKES_WITH_ANY if include_training else _INTAKES_WITH
        with self._db.read_core() as connection:  # run on every identifier typed: no ORM session
            rows = connection.execute(query, {"kind": kind, "normalised": normalised})
            return [(reference, created) for reference, created in rows]

    def find(self, normalised: str) -> list[IdentifierRecord]:
        """Every intake that names this identifier (uses the index on the normalised form)."""
        query = (
            select(SuspectIdentifier, Intake.reference)
            .join(Intake, Intake.id == SuspectIdentifier.intake_id)
            .where(SuspectIdentifier.normalised == normalised)
            .order_by(SuspectIdentifier.intake_id, SuspectIdentifier.id)
        )
        with self._db.read() as session:
            return [_record(row, reference) for row, reference in session.execute(query)]

    def all_with_intakes(
        self, include_training: bool = False
    ) -> list[tuple[str, str, str, datetime]]:
        """(kind, normalised, reference, created) of every identifier, for the token export."""
        query = (
            select(
                SuspectIdentifier.kind,
                SuspectIdentifier.normalised,
                Intake.reference,
                Intake.created_at,
            )
            .join(Intake, Intake.id == SuspectIdentifier.intake_id)
            .order_by(SuspectIdentifier.id)
        )
        if not include_training:
            query = query.where(Intake.is_training.is_(False))
        with self._db.read() as session:
            return [
                (kind, normalised, reference, created)
                for kind, normalised, reference, created in session.execute(query)
            ]
