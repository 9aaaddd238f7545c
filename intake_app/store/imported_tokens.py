"""Other stations' token files, as imported (R7): per token only the intake reference and date.

One set per station: importing a newer file from a station replaces its earlier one whole,
in one transaction, so a look-up never sees half of either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select

from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.tokens import TokenSet
from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.models import ImportedToken, TokenImport, utc_now

_AUDIT_TEXT_LIMIT = 64  # the audit log keeps short codes only
# Built once: it runs each time an identifier is typed (R7).
_LOOKUP = (
    select(TokenImport.station, ImportedToken.intake_reference, ImportedToken.intake_date)
    .join(TokenImport, TokenImport.id == ImportedToken.import_id)
    .where(
        ImportedToken.token == bindparam("token"),
        TokenImport.fingerprint == bindparam("fingerprint"),
    )
)


@dataclass(frozen=True)
class TokenImportRecord:
    station: str
    fingerprint: str
    token_count: int
    imported_at: datetime
    imported_by: str | None


class ImportedTokens:
    def __init__(self, database: Database) -> None:
        self._db = database

    def replace(self, token_set: TokenSet, officer_id: str | None) -> bool:
        """Keep this station's tokens, replacing its earlier import; True when one was replaced.

        Rows go in through the core layer in one transaction: 100,000 ORM objects cost seconds.
        """
        rows = [
            {"token": token, "intake_reference": intake.reference, "intake_date": intake.date}
            for token, intakes in token_set.tokens.items()
            for intake in intakes
        ]
        with self._db.write_core() as connection:
            earlier = connection.execute(
                select(TokenImport.id).where(TokenImport.station == token_set.station)
            ).scalar()
            if earlier is not None:
                connection.execute(delete(ImportedToken).where(ImportedToken.import_id == earlier))
                connection.execute(delete(TokenImport).where(TokenImport.id == earlier))
            import_id = connection.execute(
                insert(TokenImport)
                .values(
                    station=token_set.station,
                    fingerprint=token_set.fingerprint,
                    token_count=len(rows),
                    imported_at=utc_now(),
                    imported_by=officer_id,
                )
                .returning(TokenImport.id)
            ).scalar_one()
            if rows:
                connection.execute(
                    insert(ImportedToken), [{**row, "import_id": import_id} for row in rows]
                )
            audit.append(
                connection,
                "import",
                officer_id,
                details={
                    "what": "seriality_tokens",
                    "station": token_set.station[:_AUDIT_TEXT_LIMIT],
                    "tokens": len(rows),
                    "replaced": earlier is not None,
                },
            )
        return earlier is not None

    def lookup(self, token: str, fingerprint: str) -> list[IntakeRef]:
        """Other stations' intakes holding this token, from files made under this key only."""
        with self._db.read_core() as connection:
            rows = connection.execute(_LOOKUP, {"token": token, "fingerprint": fingerprint})
            return [IntakeRef(day, reference, station) for station, reference, day in rows]

    def imports(self) -> list[TokenImportRecord]:
        with self._db.read() as session:
            return [
                TokenImportRecord(
                    row.station, row.fingerprint, row.token_count, row.imported_at, row.imported_by
                )
                for row in session.scalars(select(TokenImport).order_by(TokenImport.station))
            ]
