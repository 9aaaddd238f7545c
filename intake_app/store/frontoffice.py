"""The frontoffice step (R1) over the store: keys, trusted peers, packages seen, consults,
advice and submissions. Every change is audited in the same transaction as the change.

Replays: a package id is kept for good (past retention), and a package older than the one
already accepted for the same intake from the same sender is refused too. Both live in this
encrypted database, so a restore from an older backup loses the ids seen since; the fence
(`set_restore_fence`, docs/frontoffice.md) closes that window.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    distinct,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from intake_app.frontoffice.advice import Advice
from intake_app.frontoffice.consult_content import ConsultContent
from intake_app.frontoffice.errors import FrontofficeError, PackageReplayed
from intake_app.frontoffice.keys import KeyPair, PublicIdentity, Role
from intake_app.frontoffice.package import OpenedPackage, TrustedKey
from intake_app.seriality.identifier import MatchKey
from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import StoreError
from intake_app.store.models import (
    FrontofficeAdvice,
    FrontofficeConsult,
    FrontofficeConsultIdentifier,
    FrontofficeOwnKey,
    FrontofficePackageSeen,
    FrontofficePeer,
    FrontofficeRestoreFence,
    FrontofficeSubmission,
    Intake,
    utc_now,
)
from intake_app.store.records import IntakeSummary

_AUDIT_TEXT = 64  # the audit log keeps short codes only
# The sender's clock may run ahead of ours; a package this far past the restore is still held.
CLOCK_MARGIN = timedelta(hours=1)
# The file a restore leaves in the new data folder (store/backup.py writes it).
RESTORE_MARKER = "restored-from.json"


class KeyStateError(StoreError, FrontofficeError):
    """A key step that does not fit the keys kept here (a second pair, a revoked key...)."""

    code = "frontoffice.key_state"

    def __init__(self, message: str) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class PeerRecord:
    role: str
    name: str
    fingerprint: str
    status: str
    trusted_at: datetime
    retired_at: datetime | None


@dataclass(frozen=True)
class ConsultRecord:
    id: int
    package_id: str
    station: str
    reference: str
    training: bool
    received_at: datetime
    advised_at: datetime | None
    content_json: str = field(repr=False)  # personal data: read through `content`

    @property
    def content(self) -> ConsultContent:
        """Parsed when asked for: recording an advice needs only the fields above."""
        return ConsultContent.model_validate_json(self.content_json)


@dataclass(frozen=True)
class QueuedConsult:
    """A row of the frontoffice's queue: no content, so the queue never parses a consult."""

    id: int
    station: str
    reference: str
    training: bool
    received_at: datetime
    advised_at: datetime | None
    urgent: bool
    series: int  # other consults in the region sharing a suspect's identifier (R7)


@dataclass(frozen=True)
class AdviceRecord:
    id: int
    advice: Advice
    package_id: str | None
    recorded_at: datetime
    exported_at: datetime | None


@dataclass(frozen=True)
class SubmissionRecord:
    package_id: str
    frontoffice_fingerprint: str
    submitted_at: datetime
    submitted_by: str | None


def _short(text: str) -> str:
    return text[:_AUDIT_TEXT]


def _aware(moment: datetime) -> datetime:
    """Core queries skip the column type: SQLite hands back naive UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _key_pair(row: FrontofficeOwnKey) -> KeyPair:
    return KeyPair(
        cast(Role, row.role),
        row.name,
        bytes(row.encryption_private),
        bytes(row.signing_private),
        row.created_at,
    )


def _identity(row: FrontofficePeer) -> PublicIdentity:
    return PublicIdentity(
        cast(Role, row.role),
        row.name,
        bytes(row.encryption_key),
        bytes(row.signing_key),
        row.key_created_at,
    )


def _regional_matches_query() -> Select[str, str, datetime]:
    """Other consults sharing an identifier with consult `:consult`, built once (building it
    cost more than running it): see Frontoffice.regional_matches."""
    consult: BindParameter[int] = bindparam("consult")
    mine = aliased(FrontofficeConsultIdentifier)
    theirs = aliased(FrontofficeConsultIdentifier)
    training = (
        select(FrontofficeConsult.training)
        .where(FrontofficeConsult.id == consult)
        .scalar_subquery()
    )
    return (
        select(
            FrontofficeConsult.station,
            FrontofficeConsult.reference,
            FrontofficeConsult.intake_created_at,
        )
        .distinct()
        .select_from(mine)
        .join(
            theirs,
            and_(
                theirs.family == mine.family,
                theirs.normalised == mine.normalised,
                theirs.consult_id != mine.consult_id,
            ),
        )
        .join(FrontofficeConsult, FrontofficeConsult.id == theirs.consult_id)
        .where(mine.consult_id == consult, FrontofficeConsult.training == training)
    )


_REGIONAL_MATCHES = _regional_matches_query()


_SEEN: Table = FrontofficePackageSeen.__table__  # type: ignore[assignment]
_FENCES: Table = FrontofficeRestoreFence.__table__  # type: ignore[assignment]
_SEEN_AT = select(_SEEN.c.seen_at).where(_SEEN.c.package_id == bindparam("package"))
_NEWEST_FENCE_SINCE = (
    select(_FENCES.c.backup_created_at)
    .where(_FENCES.c.restored_at >= bindparam("since"))
    .order_by(_FENCES.c.restored_at.desc())
    .limit(1)
)
_MARK_SEEN = insert(_SEEN)

# The four steps of the round trip each run one write transaction of Core statements built
# once: the ORM's unit of work cost more than the rows it wrote (benchmarks/frontoffice.py).
_INTAKES: Table = Intake.__table__  # type: ignore[assignment]
_CONSULTS: Table = FrontofficeConsult.__table__  # type: ignore[assignment]
_CONSULT_IDENTIFIERS: Table = FrontofficeConsultIdentifier.__table__  # type: ignore[assignment]
_ADVICE: Table = FrontofficeAdvice.__table__  # type: ignore[assignment]
_SUBMISSIONS: Table = FrontofficeSubmission.__table__  # type: ignore[assignment]
_INTAKE_BY_REFERENCE = (
    select(
        _INTAKES.c.id,
        _INTAKES.c.reference,
        _INTAKES.c.station,
        _INTAKES.c.status,
        _INTAKES.c.is_training,
        _INTAKES.c.created_by,
        _INTAKES.c.created_at,
        _INTAKES.c.updated_at,
        _INTAKES.c.completed_at,
    )
    .where(_INTAKES.c.reference == bindparam("reference"))
    .order_by(_INTAKES.c.id)
    .limit(1)
)
_CONSULT_COLUMNS = (
    _CONSULTS.c.id,
    _CONSULTS.c.package_id,
    _CONSULTS.c.station,
    _CONSULTS.c.reference,
    _CONSULTS.c.training,
    _CONSULTS.c.received_at,
    _CONSULTS.c.advised_at,
    _CONSULTS.c.content_json,
)
_CONSULTS_BY_REFERENCE = select(*_CONSULT_COLUMNS).where(
    _CONSULTS.c.reference == bindparam("reference")
)
_CONSULT_BY_ID = select(*_CONSULT_COLUMNS).where(_CONSULTS.c.id == bindparam("consult"))
_CONSULTS_BY_STATION_REFERENCE = _CONSULTS_BY_REFERENCE.where(
    _CONSULTS.c.station == bindparam("station")
)
_CONSULT_OF_INTAKE = select(_CONSULTS.c.id, _CONSULTS.c.package_created_at).where(
    _CONSULTS.c.station == bindparam("station"),
    _CONSULTS.c.reference == bindparam("reference"),
)
_ADD_CONSULT = insert(_CONSULTS)


def _queue_query() -> Select[Any]:
    """The queue in one statement: not yet advised first, urgent first, then the oldest, each
    with its regional series count (as regional_matches counts, same training flag)."""
    mine = _CONSULT_IDENTIFIERS.alias("mine")
    theirs = _CONSULT_IDENTIFIERS.alias("theirs")
    other = _CONSULTS.alias("other")
    series = (
        select(func.count(distinct(theirs.c.consult_id)))
        .select_from(
            mine.join(
                theirs,
                and_(
                    theirs.c.family == mine.c.family,
                    theirs.c.normalised == mine.c.normalised,
                    theirs.c.consult_id != mine.c.consult_id,
                ),
            ).join(other, other.c.id == theirs.c.consult_id)
        )
        .where(mine.c.consult_id == _CONSULTS.c.id, other.c.training == _CONSULTS.c.training)
        .scalar_subquery()
    )
    return (
        select(
            _CONSULTS.c.id,
            _CONSULTS.c.station,
            _CONSULTS.c.reference,
            _CONSULTS.c.training,
            _CONSULTS.c.received_at,
            _CONSULTS.c.advised_at,
            _CONSULTS.c.urgent,
            series.label("series"),
        )
        .where(_CONSULTS.c.training == bindparam("training"))
        .order_by(
            _CONSULTS.c.advised_at.is_not(None),
            _CONSULTS.c.urgent.desc(),
            _CONSULTS.c.received_at,
            _CONSULTS.c.id,
        )
    )


_QUEUE = _queue_query()
_REPLACE_CONSULT = update(_CONSULTS).where(_CONSULTS.c.id == bindparam("consult"))
_DROP_CONSULT_IDENTIFIERS = delete(_CONSULT_IDENTIFIERS).where(
    _CONSULT_IDENTIFIERS.c.consult_id == bindparam("consult")
)
_ADD_CONSULT_IDENTIFIER = insert(_CONSULT_IDENTIFIERS)
_CONSULT_FOR_ADVICE = select(_CONSULTS.c.station, _CONSULTS.c.reference).where(
    _CONSULTS.c.id == bindparam("consult")
)
_MARK_ADVISED = (
    update(_CONSULTS)
    .where(_CONSULTS.c.id == bindparam("consult"))
    .values(advised_at=bindparam("advised_at"))
)
_ADD_ADVICE = insert(_ADVICE)
_NEWEST_ADVICE_OF_INTAKE = (
    select(_ADVICE.c.advised_at)
    .where(_ADVICE.c.intake_id == bindparam("intake"))
    .order_by(_ADVICE.c.advised_at.desc())
    .limit(1)
)
_ADD_SUBMISSION = insert(_SUBMISSIONS)


class Frontoffice:
    def __init__(self, database: Database) -> None:
        self._db = database
        # Keys change only through this object (the store is open in one place at a time),
        # so they are read once and forgotten at every change.
        self._usable: list[KeyPair] | None = None
        self._trusted: dict[str, TrustedKey] | None = None
        self._own: list[KeyPair | None] = []  # empty: not read yet
        self._peers: dict[tuple[str, str | None], PublicIdentity | None] = {}

    def _forget_keys(self) -> None:
        self._usable = self._trusted = None
        self._own.clear()
        self._peers.clear()

    # -- this installation's keys -------------------------------------------------------------
    def own_key(self) -> KeyPair | None:
        if not self._own:
            self._own.append(self._read_own_key())
        return self._own[0]

    def _read_own_key(self) -> KeyPair | None:
        with self._db.read() as session:
            row = session.scalar(
                select(FrontofficeOwnKey).where(FrontofficeOwnKey.status == "active")
            )
            return None if row is None else _key_pair(row)

    def role(self) -> str | None:
        key = self.own_key()
        return None if key is None else key.role

    def usable_keys(self) -> list[KeyPair]:
        """The active key and replaced ones (packages may still be on their way to them)."""
        if self._usable is None:
            self._usable = self._read_usable_keys()
        return list(self._usable)

    def _read_usable_keys(self) -> list[KeyPair]:
        with self._db.read() as session:
            rows = session.scalars(
                select(FrontofficeOwnKey).where(
                    FrontofficeOwnKey.status.in_(("active", "replaced"))
                )
            )
            return [_key_pair(row) for row in rows]

    def create_key(self, pair: KeyPair, officer_id: str | None) -> None:
        self._forget_keys()
        with self._db.write() as session:
            if session.scalar(
                select(FrontofficeOwnKey).where(FrontofficeOwnKey.status == "active")
            ):
                raise KeyStateError(
                    "Deze installatie heeft al een sleutelpaar. Vervang het met 'key replace'; "
                    "er is niets gewijzigd."
                )
            self._add_key(session, pair, officer_id, replaced=None, revoked=False)

    def replace_key(self, pair: KeyPair, officer_id: str | None, revoke: bool) -> str:
        """A new key pair; the old one is kept to open packages already sent to it, unless it
        is revoked (lost, seen by others): then it opens nothing any more."""
        self._forget_keys()
        with self._db.write() as session:
            old = session.scalar(
                select(FrontofficeOwnKey).where(FrontofficeOwnKey.status == "active")
            )
            if old is None:
                raise KeyStateError("Deze installatie heeft nog geen sleutelpaar.")
            if old.role != pair.role:
                raise KeyStateError(
                    "Een sleutel vervangen verandert de rol van de installatie niet."
                )
            old.status, old.retired_at = ("revoked" if revoke else "replaced"), utc_now()
            session.flush()
            self._add_key(session, pair, officer_id, replaced=old.fingerprint, revoked=revoke)
            return old.fingerprint

    def _add_key(
        self,
        session: Session,
        pair: KeyPair,
        officer_id: str | None,
        replaced: str | None,
        revoked: bool,
    ) -> None:
        session.add(
            FrontofficeOwnKey(
                role=pair.role,
                name=pair.name,
                encryption_private=pair.encryption_private,
                signing_private=pair.signing_private,
                fingerprint=pair.fingerprint,
                status="active",
                created_at=pair.created_at,
                created_by=officer_id,
            )
        )
        details: dict[str, audit.DetailValue] = {
            "action": "replace" if replaced else "create",
            "role": pair.role,
            "fingerprint": pair.fingerprint,
        }
        if replaced:
            details["old_fingerprint"] = replaced
            details["old_revoked"] = revoked
        audit.append(session, "frontoffice_key", officer_id, details=details)

    # -- trusted peers ------------------------------------------------------------------------
    def trust(self, identity: PublicIdentity, officer_id: str | None) -> str | None:
        """Trust this key; an earlier key of the same peer (role and name) is replaced.
        Returns the replaced fingerprint, if any."""
        now = utc_now()
        self._forget_keys()
        with self._db.write() as session:
            existing = session.scalar(
                select(FrontofficePeer).where(FrontofficePeer.fingerprint == identity.fingerprint)
            )
            if existing is not None:
                if existing.status == "revoked":
                    raise KeyStateError(
                        "Deze sleutel is eerder ingetrokken en wordt niet opnieuw vertrouwd. "
                        "Vraag om een nieuw sleutelpaar; er is niets gewijzigd."
                    )
                return None
            earlier = session.scalar(
                select(FrontofficePeer).where(
                    FrontofficePeer.role == identity.role,
                    FrontofficePeer.name == identity.name,
                    FrontofficePeer.status == "active",
                )
            )
            if earlier is not None:
                earlier.status, earlier.retired_at, earlier.retired_by = "replaced", now, officer_id
            session.add(
                FrontofficePeer(
                    role=identity.role,
                    name=identity.name,
                    encryption_key=identity.encryption_key,
                    signing_key=identity.signing_key,
                    fingerprint=identity.fingerprint,
                    key_created_at=identity.created_at,
                    status="active",
                    trusted_at=now,
                    trusted_by=officer_id,
                )
            )
            details: dict[str, audit.DetailValue] = {
                "action": "trust",
                "role": identity.role,
                "name": _short(identity.name),
                "fingerprint": identity.fingerprint,
            }
            if earlier is not None:
                details["replaced"] = earlier.fingerprint
            audit.append(session, "trust", officer_id, details=details)
            return None if earlier is None else earlier.fingerprint

    def revoke_peer(self, fingerprint: str, officer_id: str | None) -> PeerRecord:
        self._forget_keys()
        with self._db.write() as session:
            row = session.scalar(
                select(FrontofficePeer).where(FrontofficePeer.fingerprint == fingerprint)
            )
            if row is None:
                raise KeyStateError(
                    f"Er is geen vertrouwde sleutel met vingerafdruk {fingerprint}."
                )
            row.status, row.retired_at, row.retired_by = "revoked", utc_now(), officer_id
            audit.append(
                session,
                "trust",
                officer_id,
                details={"action": "revoke", "role": row.role, "fingerprint": fingerprint},
            )
            return self._peer(row)

    @staticmethod
    def _peer(row: FrontofficePeer) -> PeerRecord:
        return PeerRecord(
            row.role, row.name, row.fingerprint, row.status, row.trusted_at, row.retired_at
        )

    def peers(self) -> list[PeerRecord]:
        with self._db.read() as session:
            rows = session.scalars(select(FrontofficePeer).order_by(FrontofficePeer.id))
            return [self._peer(row) for row in rows]

    def trusted(self) -> dict[str, TrustedKey]:
        if self._trusted is None:
            self._trusted = self._read_trusted()
        return dict(self._trusted)

    def _read_trusted(self) -> dict[str, TrustedKey]:
        with self._db.read() as session:
            return {
                row.fingerprint: TrustedKey(
                    _identity(row), cast(Literal["active", "replaced", "revoked"], row.status)
                )
                for row in session.scalars(select(FrontofficePeer))
            }

    def active_peer(self, role: Role, name: str | None = None) -> PublicIdentity | None:
        if (role, name) not in self._peers:
            self._peers[(role, name)] = self._read_active_peer(role, name)
        return self._peers[(role, name)]

    def _read_active_peer(self, role: Role, name: str | None) -> PublicIdentity | None:
        with self._db.read() as session:
            query = select(FrontofficePeer).where(
                FrontofficePeer.role == role, FrontofficePeer.status == "active"
            )
            if name is not None:
                query = query.where(FrontofficePeer.name == name)
            rows = list(session.scalars(query.order_by(FrontofficePeer.id.desc())))
            return _identity(rows[0]) if rows else None

    # -- replays ------------------------------------------------------------------------------
    def note_restore(
        self, backup_created_at: datetime, restored_at: datetime, officer_id: str | None
    ) -> None:
        """This store came back from a backup: hold back packages made before the restore."""
        with self._db.write() as session:
            session.add(
                FrontofficeRestoreFence(
                    backup_created_at=backup_created_at,
                    restored_at=restored_at,
                    noted_at=utc_now(),
                )
            )
            audit.append(
                session,
                "backup",
                officer_id,
                details={
                    "action": "restore_fence",
                    "backup": backup_created_at.isoformat(timespec="seconds"),
                },
            )

    def _check_and_mark_seen(
        self, connection: Connection, package: OpenedPackage, after_restore: bool = False
    ) -> None:
        header = package.header
        seen_at = connection.execute(_SEEN_AT, {"package": header.package_id}).scalar()
        if seen_at is not None:
            raise PackageReplayed(
                header.package_id,
                f"het is hier al ingelezen op {seen_at.astimezone():%d-%m-%Y %H:%M}",
            )
        fence = (
            connection.execute(
                _NEWEST_FENCE_SINCE, {"since": header.created_at - CLOCK_MARGIN}
            ).scalar()
            if not after_restore
            else None
        )
        if fence is not None:
            raise PackageReplayed(
                header.package_id,
                "het is gemaakt vóór het terugzetten van de back-up "
                f"(van {fence.astimezone():%d-%m-%Y %H:%M}); of het daarna "
                "al was ingelezen, weet deze opslag niet meer. Controleer dat bij de afzender, "
                "en lees het dan in met --after-restore",
            )
        connection.execute(
            _MARK_SEEN,
            {
                "package_id": header.package_id,
                "kind": header.kind,
                "sender_fingerprint": header.sender.fingerprint,
                "created_at": header.created_at,
                "seen_at": utc_now(),
            },
        )

    def refused(
        self, officer_id: str | None, code: str, details: Mapping[str, audit.DetailValue]
    ) -> None:
        """A refused package changes nothing but the audit log: who tried what, and why."""
        with self._db.write() as session:
            audit.append(session, "refused", officer_id, details={"code": _short(code), **details})

    # -- frontoffice: consults ----------------------------------------------------------------
    def accept_consult(
        self,
        package: OpenedPackage,
        content: ConsultContent,
        identifiers: Sequence[MatchKey],
        officer_id: str | None,
        after_restore: bool = False,
    ) -> ConsultRecord:
        """Keep the consult (replacing an older one for the same intake), its identifiers for
        regional matching, and its package id; refuse a replay. One transaction."""
        header = package.header
        station = package.sender.name
        now = utc_now()
        content_json = json.dumps(content.document(), ensure_ascii=False)
        values = {
            "package_id": header.package_id,
            "station_fingerprint": header.sender.fingerprint,
            "training": header.training,
            "package_created_at": header.created_at,
            "intake_created_at": content.intake_created_at,
            "received_at": now,
            "received_by": officer_id,
            "content_json": content_json,
            "advised_at": None,
            "urgent": bool(content.decision.get("urgent")),
        }
        with self._db.write_core() as connection:
            self._check_and_mark_seen(connection, package, after_restore)
            existing = connection.execute(
                _CONSULT_OF_INTAKE, {"station": station, "reference": content.reference}
            ).first()
            if existing is not None and existing.package_created_at >= header.created_at:
                raise PackageReplayed(
                    header.package_id,
                    "er staat al een nieuwere voorlegging van deze intake "
                    f"(van {existing.package_created_at.astimezone():%d-%m-%Y %H:%M})",
                )
            if existing is None:
                consult_id = connection.execute(
                    _ADD_CONSULT, {"station": station, "reference": content.reference, **values}
                ).lastrowid
            else:
                consult_id = existing.id
                connection.execute(_REPLACE_CONSULT.values(**values), {"consult": consult_id})
                connection.execute(_DROP_CONSULT_IDENTIFIERS, {"consult": consult_id})
            kept = [
                {"consult_id": consult_id, "family": key.family, "normalised": key.normalised}
                for key in dict.fromkeys(identifiers)
                if 0 < len(key.normalised) <= 512
            ]
            if kept:
                connection.execute(_ADD_CONSULT_IDENTIFIER, kept)
            audit.append(
                connection,
                "import",
                officer_id,
                details={
                    "what": "consult",
                    "station": _short(station),
                    "reference": _short(content.reference),
                    "package": header.package_id,
                    "training": header.training,
                    "after_restore": after_restore,
                },
            )
        return ConsultRecord(
            consult_id,
            header.package_id,
            station,
            content.reference,
            header.training,
            now,
            None,
            content_json,
        )

    def consults(self, reference: str, station: str | None = None) -> list[ConsultRecord]:
        query = _CONSULTS_BY_REFERENCE if station is None else _CONSULTS_BY_STATION_REFERENCE
        with self._db.read_core() as connection:
            rows = connection.execute(query, {"reference": reference, "station": station})
            return [ConsultRecord(*row) for row in rows]

    def queue(self, training: bool) -> list[QueuedConsult]:
        """The frontoffice's queue (see _queue_query), in one read."""
        with self._db.read_core() as connection:
            return [
                QueuedConsult(*row) for row in connection.execute(_QUEUE, {"training": training})
            ]

    def consult_by_id(self, consult_id: int) -> ConsultRecord | None:
        with self._db.read_core() as connection:
            row = connection.execute(_CONSULT_BY_ID, {"consult": consult_id}).first()
            return None if row is None else ConsultRecord(*row)

    def regional_matches(self, consult_id: int) -> list[tuple[str, str, datetime]]:
        """Other consults sharing a suspect identifier (R7): station, reference, intake start.
        Training consults match only training consults, real ones only real ones."""
        with self._db.read_core() as connection:
            rows = [
                (station, ref, at)
                for station, ref, at in connection.execute(
                    _REGIONAL_MATCHES, {"consult": consult_id}
                )
            ]
        return sorted(
            ((station, ref, _aware(at)) for station, ref, at in rows),
            key=lambda match: (match[2], match[0], match[1]),
        )

    def record_advice(
        self,
        consult_id: int,
        advice: Advice,
        officer_id: str | None,
        exported: tuple[str, str] | None = None,
    ) -> int:
        """Keep the advice; with `exported` (package id, station), the caller has already
        written its sealed package, and its export is recorded in the same transaction."""
        now = utc_now()
        content_json = json.dumps(advice.document(), ensure_ascii=False)
        with self._db.write_core() as connection:
            consult = connection.execute(_CONSULT_FOR_ADVICE, {"consult": consult_id}).first()
            if consult is None:
                raise KeyStateError("Deze voorlegging staat niet (meer) in de opslag.")
            advice_id: int = connection.execute(
                _ADD_ADVICE,
                {
                    "consult_id": consult_id,
                    "intake_id": None,
                    "advised_by": advice.advised_by,
                    "advised_at": advice.advised_at,
                    "content_json": content_json,
                    "recorded_at": now,
                    "recorded_by": officer_id,
                    "package_id": exported[0] if exported else None,
                    "exported_at": now if exported else None,
                },
            ).lastrowid
            connection.execute(
                _MARK_ADVISED, {"consult": consult_id, "advised_at": advice.advised_at}
            )
            audit.append(
                connection,
                "advice",
                officer_id,
                details={
                    "action": "record",
                    "station": _short(consult.station),
                    "reference": _short(consult.reference),
                    "handling": advice.advice.handling,
                    "series": len(advice.series),
                },
            )
            if exported is not None:
                audit.append(
                    connection,
                    "export",
                    officer_id,
                    details={"what": "advice", "package": exported[0], "station": exported[1]},
                )
            return advice_id

    def latest_advice(self, consult_id: int) -> AdviceRecord | None:
        with self._db.read() as session:
            row = session.scalar(
                select(FrontofficeAdvice)
                .where(FrontofficeAdvice.consult_id == consult_id)
                .order_by(FrontofficeAdvice.id.desc())
                .limit(1)
            )
            return None if row is None else self._advice(row)

    @staticmethod
    def _advice(row: FrontofficeAdvice) -> AdviceRecord:
        return AdviceRecord(
            row.id,
            Advice.model_validate_json(row.content_json, strict=False),
            row.package_id,
            row.recorded_at,
            row.exported_at,
        )

    def advice_exported(
        self, advice_id: int, package_id: str, officer_id: str | None, details: Mapping[str, Any]
    ) -> None:
        with self._db.write() as session:
            session.execute(
                update(FrontofficeAdvice)
                .where(FrontofficeAdvice.id == advice_id)
                .values(package_id=package_id, exported_at=utc_now())
            )
            audit.append(
                session,
                "export",
                officer_id,
                details={"what": "advice", "package": package_id, **details},
            )

    # -- station: submissions and advice received ---------------------------------------------
    def record_submission(
        self,
        intake_id: int,
        intake_reference: str,
        package_id: str,
        frontoffice_fingerprint: str,
        officer_id: str | None,
        training: bool,
    ) -> None:
        with self._db.write_core() as connection:
            connection.execute(
                _ADD_SUBMISSION,
                {
                    "intake_id": intake_id,
                    "package_id": package_id,
                    "frontoffice_fingerprint": frontoffice_fingerprint,
                    "submitted_at": utc_now(),
                    "submitted_by": officer_id,
                },
            )
            audit.append(
                connection,
                "export",
                officer_id,
                intake_reference,
                details={"what": "consult", "package": package_id, "training": training},
            )

    def submissions(self, intake_id: int) -> list[SubmissionRecord]:
        with self._db.read() as session:
            rows = session.scalars(
                select(FrontofficeSubmission)
                .where(FrontofficeSubmission.intake_id == intake_id)
                .order_by(FrontofficeSubmission.id)
            )
            return [
                SubmissionRecord(
                    r.package_id, r.frontoffice_fingerprint, r.submitted_at, r.submitted_by
                )
                for r in rows
            ]

    def accept_advice(
        self,
        package: OpenedPackage,
        advice: Advice,
        intake_id: int,
        intake_reference: str,
        officer_id: str | None,
        after_restore: bool = False,
    ) -> AdviceRecord:
        header = package.header
        now = utc_now()
        with self._db.write_core() as connection:
            self._check_and_mark_seen(connection, package, after_restore)
            newest = connection.execute(_NEWEST_ADVICE_OF_INTAKE, {"intake": intake_id}).scalar()
            if newest is not None and newest >= advice.advised_at:
                raise PackageReplayed(
                    header.package_id,
                    "er staat al een nieuwer advies bij deze intake "
                    f"(van {newest.astimezone():%d-%m-%Y %H:%M})",
                )
            advice_id: int = connection.execute(
                _ADD_ADVICE,
                {
                    "consult_id": None,
                    "intake_id": intake_id,
                    "advised_by": advice.advised_by,
                    "advised_at": advice.advised_at,
                    "content_json": json.dumps(advice.document(), ensure_ascii=False),
                    "package_id": header.package_id,
                    "recorded_at": now,
                    "recorded_by": officer_id,
                    "exported_at": None,
                },
            ).lastrowid
            audit.append(
                connection,
                "import",
                officer_id,
                intake_reference,
                details={
                    "what": "advice",
                    "package": header.package_id,
                    "handling": advice.advice.handling,
                    "after_restore": after_restore,
                },
            )
        return AdviceRecord(advice_id, advice, header.package_id, now, None)

    def advice_for_intake(self, intake_id: int) -> list[AdviceRecord]:
        with self._db.read() as session:
            rows = session.scalars(
                select(FrontofficeAdvice)
                .where(FrontofficeAdvice.intake_id == intake_id)
                .order_by(FrontofficeAdvice.advised_at)
            )
            return [self._advice(row) for row in rows]

    # -- retention ----------------------------------------------------------------------------
    def purge_advised_consults(
        self, days: int, officer_id: str | None, now: datetime | None = None
    ) -> int:
        """Consults advised more than `days` ago leave the frontoffice, with their advice and
        identifiers; their package ids stay (ids only), so a replay is still refused."""
        cutoff = (now or utc_now()) - timedelta(days=days)
        with self._db.write() as session:
            expired = list(
                session.scalars(
                    select(FrontofficeConsult.id).where(FrontofficeConsult.advised_at < cutoff)
                )
            )
            if expired:
                session.execute(
                    delete(FrontofficeConsult).where(FrontofficeConsult.id.in_(expired))
                )
                audit.append(
                    session,
                    "purge",
                    officer_id,
                    details={"what": "consults", "count": len(expired), "days": days},
                )
            return len(expired)


def purge_expired_consults(
    frontoffice: Frontoffice,
    officer_id: str | None,
    days: int | None = None,
    now: datetime | None = None,
) -> int:
    """Retention at the frontoffice: the policy's days for completed intakes, counted from
    the advice (a consult not yet advised stays)."""
    from intake_app.forms.policy import load_policy

    chosen = days or load_policy().retention.completed_intake_days
    return frontoffice.purge_advised_consults(chosen, officer_id, now)


def note_restore(data_dir: Path, frontoffice: Frontoffice, officer_id: str | None) -> None:
    """Turn the marker a restore leaves (RESTORE_MARKER) into a fence, once."""
    marker = data_dir / RESTORE_MARKER
    try:
        noted = json.loads(marker.read_text(encoding="utf-8"))
        backup_at = datetime.fromisoformat(noted["backup_created_at"])
        restored_at = datetime.fromisoformat(noted["restored_at"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable marker still means a restore: fence everything made until now.
        backup_at = restored_at = utc_now()
    if backup_at.tzinfo is None:
        backup_at = backup_at.replace(tzinfo=UTC)
    frontoffice.note_restore(backup_at, restored_at, officer_id)
    marker.unlink(missing_ok=True)


def intake_by_reference(database: Database, reference: str) -> IntakeSummary | None:
    """One intake by its reference, without listing every case."""
    with database.read_core() as connection:
        row = connection.execute(_INTAKE_BY_REFERENCE, {"reference": reference}).first()
        return None if row is None else IntakeSummary(*row)
