"""The tables, as SQLAlchemy models. The schema itself is made by the Alembic revisions in
migrations/versions; tests check that these models and the newest revision agree.

Column types are portable (no SQLite-only types), so the same models could serve a
regional PostgreSQL server.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ANSWER_KEY_LENGTH = 255
INTAKE_STATUSES = ("draft", "completed", "amended")
ANSWER_STATES = ("answered", "unknown", "declined")
# R4; and R13's professional route: no guardian's consent, the recording officer decided, for
# the reason in the code (the row's recorded_by and given_at say who and when).
PROFESSIONAL_ROUTE_BASES = ("route_guardian_is_suspect", "route_guardian_not_safe")
CONSENT_GIVERS = ("victim", "parent_or_guardian", *PROFESSIONAL_ROUTE_BASES)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, whatever the database keeps (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store keeps only timezone-aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)  # noqa: S101 - the column type guarantees it
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


# Named constraints, so later revisions can alter them (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Intake(Base):
    __tablename__ = "intakes"
    __table_args__ = (
        UniqueConstraint("station", "reference", name="uq_intakes_station_reference"),
        # The home list: newest first, all or per status, a page at a time (0007).
        Index("ix_intakes_list", "is_training", "created_at", "id"),
        Index("ix_intakes_status_list", "is_training", "status", "created_at", "id"),
        # An intake named by its reference alone: a consult export, an advice back (0009).
        Index("ix_intakes_reference", "reference"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reference: Mapped[str] = mapped_column(String(32))
    station: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    is_training: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(ForeignKey("officers.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("intake_id", "answer_key", name="uq_answers_intake_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    # A question id ("victim_date_of_birth") or GROUP#N.QUESTION ("suspects#2.age_years").
    answer_key: Mapped[str] = mapped_column(String(ANSWER_KEY_LENGTH))
    value_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    state: Mapped[str] = mapped_column(String(16))
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    saved_by: Mapped[str] = mapped_column(ForeignKey("officers.id"))


class Amendment(Base):
    __tablename__ = "amendments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    amended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    amended_by: Mapped[str] = mapped_column(ForeignKey("officers.id"))


class Consent(Base):
    __tablename__ = "consents"
    __table_args__ = (
        UniqueConstraint("intake_id", "service", "given_by", name="uq_consents_intake_service"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(64))
    given_by: Mapped[str] = mapped_column(String(32))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("officers.id"))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_event", "event", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # ISO text: hashed exactly as stored
    event: Mapped[str] = mapped_column(String(32))
    officer_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    intake_reference: Mapped[str | None] = mapped_column(String(32), nullable=True)
    details_json: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    # HMAC-SHA256 of entry_hash under this entry's evolving key (forward-secure part of the
    # chain); NULL for the entries written before the switch-over (0005).
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditChain(Base):
    """The forward-secure chain's state, one row: the key for the next entry (the previous
    ones are gone), the first key sealed to the auditor (the recovery key), and the seal of
    the plain hash chain that came before."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    next_id: Mapped[int] = mapped_column(Integer)
    current_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    first_id: Mapped[int] = mapped_column(Integer)  # the switch-over entry, the first MACed
    first_key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary(128), nullable=True)
    # Only until the recovery key's public half is known (a vault from before 0005): then the
    # first key waits here, under the data key alone, and verify says so.
    first_key_pending: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    legacy_count: Mapped[int] = mapped_column(Integer)
    legacy_head: Mapped[str] = mapped_column(String(64))
    legacy_broken_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SuspectIdentifier(Base):
    __tablename__ = "suspect_identifiers"
    __table_args__ = (Index("ix_suspect_identifiers_normalised", "normalised"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    answer_key: Mapped[str] = mapped_column(String(ANSWER_KEY_LENGTH))
    kind: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(String(512))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(64))
    produced_at: Mapped[datetime] = mapped_column(UTCDateTime())
    produced_by: Mapped[str] = mapped_column(ForeignKey("officers.id"))


class ReferenceCounter(Base):
    """The last reference number given per station and year, so a purged number is never reused."""

    __tablename__ = "reference_counters"

    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class RegionalKeySetting(Base):
    """The regional key for seriality tokens (R7): one row, only ever inside this encrypted file."""

    __tablename__ = "regional_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    secret: Mapped[bytes] = mapped_column(LargeBinary(32))
    fingerprint: Mapped[str] = mapped_column(String(32))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class TokenImport(Base):
    """One imported token file of another station; a newer file from that station replaces it."""

    __tablename__ = "token_imports"
    __table_args__ = (UniqueConstraint("station", name="uq_token_imports_station"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(32))
    token_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ImportedToken(Base):
    """A keyed hash of another station's identifier, with its intake reference and date only."""

    __tablename__ = "imported_tokens"
    __table_args__ = (
        Index("ix_imported_tokens_token", "token"),
        Index("ix_imported_tokens_import_id", "import_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("token_imports.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(64))
    intake_reference: Mapped[str] = mapped_column(String(100))
    intake_date: Mapped[date] = mapped_column(Date)


# The TSM frontoffice step (R1): keys, trusted peers, packages seen, consults and advice.
# See docs/frontoffice.md. Private keys live only here, inside the encrypted database.
class FrontofficeOwnKey(Base):
    """This installation's key pairs: one active; replaced ones still open packages in flight,
    revoked ones open nothing."""

    __tablename__ = "fo_own_keys"
    __table_args__ = (UniqueConstraint("fingerprint", name="uq_fo_own_keys_fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    encryption_private: Mapped[bytes] = mapped_column(LargeBinary(32))
    signing_private: Mapped[bytes] = mapped_column(LargeBinary(32))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class FrontofficePeer(Base):
    """A public key an administrator trusted after checking its fingerprint, and its history."""

    __tablename__ = "fo_peers"
    __table_args__ = (UniqueConstraint("fingerprint", name="uq_fo_peers_fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    signing_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    fingerprint: Mapped[str] = mapped_column(String(64))
    key_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16))
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    trusted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    retired_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class FrontofficePackageSeen(Base):
    """Every package id opened here, kept past retention, so a replay is refused."""

    __tablename__ = "fo_packages_seen"

    package_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender_fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FrontofficeConsult(Base):
    """A consult received at the frontoffice; a newer one for the same intake replaces it."""

    __tablename__ = "fo_consults"
    __table_args__ = (
        UniqueConstraint("station", "reference", name="uq_fo_consults_station_reference"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(32))
    station: Mapped[str] = mapped_column(String(100))
    station_fingerprint: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str] = mapped_column(String(100))
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    package_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    intake_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    content_json: Mapped[str] = mapped_column(Text)
    advised_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The triage decision names urgent reasons: the queue shows it first (0009).
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class FrontofficeConsultIdentifier(Base):
    """A consult's suspect identifier, normalised, for regional seriality (R7)."""

    __tablename__ = "fo_consult_identifiers"
    __table_args__ = (
        Index("ix_fo_consult_identifiers_match", "family", "normalised"),
        Index("ix_fo_consult_identifiers_consult_id", "consult_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consult_id: Mapped[int] = mapped_column(ForeignKey("fo_consults.id", ondelete="CASCADE"))
    family: Mapped[str] = mapped_column(String(64))
    normalised: Mapped[str] = mapped_column(String(512))


class FrontofficeAdvice(Base):
    """An advice: recorded at the frontoffice (on a consult) or received at a station (on an
    intake); it goes when its consult or intake goes (retention)."""

    __tablename__ = "fo_advice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consult_id: Mapped[int | None] = mapped_column(
        ForeignKey("fo_consults.id", ondelete="CASCADE"), nullable=True
    )
    intake_id: Mapped[int | None] = mapped_column(
        ForeignKey("intakes.id", ondelete="CASCADE"), nullable=True
    )
    advised_by: Mapped[str] = mapped_column(String(200))
    advised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content_json: Mapped[str] = mapped_column(Text)
    package_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class FrontofficeSubmission(Base):
    """An intake put to the frontoffice as a consult package (the window shows it)."""

    __tablename__ = "fo_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    package_id: Mapped[str] = mapped_column(String(32))
    frontoffice_fingerprint: Mapped[str] = mapped_column(String(64))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    submitted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class FrontofficeRestoreFence(Base):
    """A restore from a backup: package ids seen between the backup and the restore are lost,
    so packages made before the restore are held back until an administrator accepts them."""

    __tablename__ = "fo_restore_fences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    backup_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    restored_at: Mapped[datetime] = mapped_column(UTCDateTime())
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime())
