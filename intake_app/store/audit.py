"""The audit log: a hash chain, and since 0005 a forward-secure MAC chain on top of it.

An entry names the event, the officer and the intake reference, never content. Its hash
covers canonical JSON of all its fields and the hash before it (order and continuity: anyone
with the data key can check it, and, alas, recompute it). Since the switch-over entry each
entry also carries a MAC under a key that evolves with every entry (audit_keys.py): only the
auditor, who can open the first key with the recovery key, can check those, and nobody who
holds only the current key can recompute them. Truncation is caught by the anchors kept
outside the database (the vault file, backup manifests, the printed head). See docs/store.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from intake_app.store import audit_keys
from intake_app.store.errors import InvalidValue
from intake_app.store.models import AuditChain, AuditEntry, Intake, utc_now

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
        # The TSM frontoffice step (R1): own keys, trusted peers, advice, refused packages.
        "frontoffice_key",
        "trust",
        "advice",
        "refused",
        "audit_start",  # the switch-over to the forward-secure chain (the old chain sealed)
        "recovery_key",
    }
)
_DETAIL_TEXT_LIMIT = 64  # details are counts, service names, times: never free text

DetailValue = int | bool | str
GAP_DETAIL = "chain_expected_id"  # set by append when the key state and the chain disagree


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
class Anchor:
    """Where the chain stood at some moment, recorded outside the database."""

    source: str  # "sleutelbestand", "back-up", "opgegeven kop"
    count: int
    head: str


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    head_hash: str
    first_broken_id: int | None = None
    problem: str = ""
    switch_over_id: int | None = None  # the first forward-secure entry
    legacy_entries: int = 0
    legacy_broken_id: int | None = None  # the old chain was already broken when it was sealed
    macs_checked: int | None = None  # None: no recovery key, the MACs were not checked
    anchors_checked: tuple[str, ...] = ()
    first_key_pending: bool = False  # the first key is not yet sealed to the recovery key

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None and not self.problem

    @property
    def head(self) -> str:
        """The printable head: entry count and hash, for the station's paper log."""
        return format_head(self.entries_checked, self.head_hash)


def format_head(count: int, head_hash: str) -> str:
    return f"{count}:{head_hash}"


def parse_head(text: str) -> tuple[int, str] | None:
    count, _, head_hash = text.strip().partition(":")
    if not count.isdigit() or len(head_hash) != 64:
        return None
    try:
        int(head_hash, 16)
    except ValueError:
        return None
    return int(count), head_hash.lower()


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


_ENTRIES: Table = AuditEntry.__table__  # type: ignore[assignment]
_CHAIN: Table = AuditChain.__table__  # type: ignore[assignment]
_CHAIN_STATE = select(_CHAIN.c.next_id, _CHAIN.c.current_key).where(_CHAIN.c.id == 1)
_LAST_ENTRY = select(_ENTRIES.c.id, _ENTRIES.c.entry_hash).order_by(_ENTRIES.c.id.desc()).limit(1)
_INSERT_ENTRY = insert(_ENTRIES)
_ADVANCE_CHAIN = (
    update(_CHAIN)
    .where(_CHAIN.c.id == 1)
    .values(next_id=bindparam("new_next_id"), current_key=bindparam("new_key"))
)


def append(
    session: Session | Connection,
    event: str,
    officer_id: str | None = None,
    intake_reference: str | None = None,
    details: Mapping[str, DetailValue] | None = None,
    at: datetime | None = None,
) -> AuditRecord:
    """Add an entry inside the caller's write transaction (the store serialises writers):
    hash-chained, MACed with the current key, which is then replaced by the next one."""
    if event not in AUDIT_EVENTS:
        raise InvalidValue(f"onbekende auditgebeurtenis {event!r}")
    details_json = _checked_details(details)
    # Core statements built once, on the transaction's own connection: the ORM's per-call
    # statement building cost more than the entry itself (benchmarks/frontoffice.py).
    connection = session.connection() if isinstance(session, Session) else session
    state = connection.execute(_CHAIN_STATE).first()
    if state is None:
        raise InvalidValue("de auditketen is niet begonnen (de opslag is niet geopend)")
    last = connection.execute(_LAST_ENTRY).first()
    entry_id, previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    if entry_id != state.next_id:
        # Entries were removed (or the state set back) behind the app's back. Keep working,
        # and say so in the entry itself: verify reports it, and the key, which cannot be
        # rewound, no longer fits the auditor's recomputation from here on.
        details_json = _checked_details({**json.loads(details_json), GAP_DETAIL: state.next_id})
    at_text = (at or utc_now()).isoformat(timespec="microseconds")
    entry_hash = compute_hash(
        entry_id, at_text, event, officer_id, intake_reference, details_json, previous_hash
    )
    connection.execute(
        _INSERT_ENTRY,
        {
            "id": entry_id,
            "at": at_text,
            "event": event,
            "officer_id": officer_id,
            "intake_reference": intake_reference,
            "details_json": details_json,
            "previous_hash": previous_hash,
            "entry_hash": entry_hash,
            "mac": audit_keys.entry_mac(state.current_key, entry_hash),
        },
    )
    # The key that made this MAC is overwritten in the same transaction (secure_delete).
    connection.execute(
        _ADVANCE_CHAIN,
        {"new_next_id": entry_id + 1, "new_key": audit_keys.evolve(state.current_key)},
    )
    return AuditRecord(
        entry_id, at_text, event, officer_id, intake_reference, json.loads(details_json), entry_hash
    )


def start_chain(connection: Connection, auditor_public_key: bytes | None) -> None:
    """At every open: begin the forward-secure chain if this store has none yet (a new store,
    or the first open after 0005: the plain chain before it is verified once and sealed, and
    the switch-over entry records what was found); seal a pending first key once the
    auditor's public key is known."""
    state = connection.execute(
        select(AuditChain.first_key_pending).where(AuditChain.id == 1)
    ).first()
    if state is not None:
        if state.first_key_pending is not None and auditor_public_key is not None:
            sealed = audit_keys.seal_first_key(state.first_key_pending, auditor_public_key)
            connection.execute(
                update(AuditChain)
                .where(AuditChain.id == 1)
                .values(first_key_sealed=sealed, first_key_pending=None)
            )
        return
    legacy = _verify_hashes(connection, legacy_only=True)
    last = connection.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    last_id, last_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    first_key = audit_keys.new_first_key()
    connection.execute(
        insert(AuditChain).values(
            id=1,
            next_id=last_id + 1,
            current_key=first_key,
            first_id=last_id + 1,
            first_key_sealed=(
                audit_keys.seal_first_key(first_key, auditor_public_key)
                if auditor_public_key is not None
                else None
            ),
            first_key_pending=None if auditor_public_key is not None else first_key,
            legacy_count=last_id,
            legacy_head=last_hash,
            legacy_broken_id=legacy.first_broken_id,
        )
    )
    details: dict[str, DetailValue] = {"legacy_entries": last_id, "legacy_intact": legacy.intact}
    if legacy.first_broken_id is not None:
        details["legacy_broken_at"] = legacy.first_broken_id
    append(connection, "audit_start", details=details)


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


def head(session: Session | Connection) -> tuple[int, str]:
    """(number of the newest entry, its hash): what the anchors record."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last else (0, GENESIS_HASH)


def _verify_hashes(
    session: Session | Connection, legacy_only: bool = False, first_id: int | None = None
) -> ChainReport:
    """Order, continuity and every hash; from first_id on, a MAC must be there (and before
    it, none)."""
    previous_hash = GENESIS_HASH
    expected_id = 1
    checked = 0
    rows: Iterable[Any]
    if isinstance(session, Session):
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000)
    else:
        rows = session.execute(select(AuditEntry.__table__).order_by(AuditEntry.id))
    for row in rows:
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
        if first_id is not None and (row.mac is None) != (row.id < first_id):
            return ChainReport(
                checked, previous_hash, row.id, "haar MAC ontbreekt of hoort er niet"
            )
        previous_hash = row.entry_hash
        expected_id += 1
        checked += 1
    return ChainReport(checked, previous_hash)


def verify_chain(
    session: Session,
    anchors: tuple[Anchor, ...] = (),
    auditor_private_key: bytes | None = None,
) -> ChainReport:
    """Everything an officer can check (order, continuity, hashes, the switch-over, the key
    state's position, the anchors), and with the auditor's key (from the recovery key) every
    MAC as well. Reports the first problem."""
    state = session.execute(select(AuditChain).where(AuditChain.id == 1)).scalar_one_or_none()
    if state is None:
        return ChainReport(0, GENESIS_HASH, 1, "de auditketen is gewist of nooit begonnen")
    report = replace(
        _verify_hashes(session, first_id=state.first_id),
        switch_over_id=state.first_id,
        legacy_entries=state.legacy_count,
        legacy_broken_id=state.legacy_broken_id,
        first_key_pending=state.first_key_pending is not None,
    )
    if not report.intact:
        return report
    problem = _structure_problem(session, state, report.entries_checked)
    checked_anchors: list[str] = []
    for anchor in anchors:
        if problem:
            break
        problem = _anchor_problem(session, anchor, report.entries_checked)
        checked_anchors.append(anchor.source)
    if problem:
        return replace(report, first_broken_id=problem[0], problem=problem[1])
    macs: int | None = None
    if auditor_private_key is not None:
        outcome = _verify_macs(session, state, auditor_private_key)
        if isinstance(outcome, tuple):
            return replace(report, first_broken_id=outcome[0], problem=outcome[1])
        macs = outcome
    return replace(report, macs_checked=macs, anchors_checked=tuple(checked_anchors))


def _structure_problem(session: Session, state: AuditChain, count: int) -> tuple[int, str] | None:
    if count == 0:
        return 1, "de auditketen is leeg"
    if state.next_id != count + 1:
        return (
            min(state.next_id, count + 1),
            f"de sleutelstand wijst naar regel {state.next_id}, de keten eindigt bij {count}: "
            "regels aan het eind zijn verwijderd, of de stand is teruggezet",
        )
    if not 1 <= state.first_id <= count:
        return 1, "de overgang naar de beveiligde keten ontbreekt"
    switch = session.get(AuditEntry, state.first_id)
    if switch is None or switch.event != "audit_start" or switch.previous_hash != state.legacy_head:
        return state.first_id, "de overgang naar de beveiligde keten is gewijzigd"
    if state.first_id != state.legacy_count + 1:
        return state.first_id, "het aantal oude regels klopt niet met de overgang"
    gap = session.execute(
        select(AuditEntry.id)
        .where(AuditEntry.details_json.like(f'%"{GAP_DETAIL}"%'))
        .order_by(AuditEntry.id)
        .limit(1)
    ).scalar()
    if gap is not None:
        return gap, "bij deze regel liepen sleutelstand en keten niet gelijk: er is geknipt"
    intakes = session.execute(select(func.count()).select_from(Intake)).scalar_one()
    creates = session.execute(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.event == "create")
    ).scalar_one()
    if intakes and not creates:
        return 1, "er zijn intakes maar de keten kent er geen enkele"
    return None


def _anchor_problem(session: Session, anchor: Anchor, count: int) -> tuple[int, str] | None:
    if anchor.count > count:
        return (
            count + 1,
            f"de keten is ingekort: {anchor.source} noemt regel {anchor.count}, "
            f"de keten eindigt bij {count}",
        )
    if anchor.count == 0:
        return None
    row = session.get(AuditEntry, anchor.count)
    if row is None or row.entry_hash != anchor.head:
        return anchor.count, f"regel {anchor.count} is niet meer wat {anchor.source} vastlegde"
    return None


def _verify_macs(
    session: Session, state: AuditChain, auditor_private_key: bytes
) -> int | tuple[int, str]:
    if state.first_key_sealed is None:
        return state.first_id, "de eerste sleutel is nog niet onder de herstelsleutel bewaard"
    key = audit_keys.open_first_key(state.first_key_sealed, auditor_private_key)
    if key is None:
        return state.first_id, "de eerste sleutel opent niet met deze herstelsleutel"
    checked = 0
    query = select(AuditEntry).where(AuditEntry.id >= state.first_id).order_by(AuditEntry.id)
    for row in session.scalars(query).yield_per(1000):
        if not audit_keys.same_mac(row.mac, audit_keys.entry_mac(key, row.entry_hash)):
            return row.id, "haar MAC klopt niet: de regel is na het schrijven gewijzigd"
        key = audit_keys.evolve(key)
        checked += 1
    if key != state.current_key:
        return state.next_id, "de sleutelstand past niet bij de keten"
    return checked
