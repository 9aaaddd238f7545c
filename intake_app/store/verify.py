"""`verify`: is the audit chain whole, and does SQLCipher find every page intact?"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.store import audit
from intake_app.store.audit import ChainReport
from intake_app.store.schema import current_revision
from intake_app.store.store import Store

_MAX_PROBLEMS = 20


@dataclass(frozen=True)
class VerifyReport:
    chain: ChainReport
    schema_revision: str | None
    integrity_problems: list[str] = field(default_factory=list)
    cipher_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.chain.intact and not self.integrity_problems and not self.cipher_problems

    def lines(self) -> list[str]:
        """What an administrator reads: no content, only entry numbers and page faults."""
        result = _chain_lines(self.chain)
        if self.integrity_problems:
            result.append("Databasestructuur: BESCHADIGD:")
            result.extend(f"  {problem}" for problem in self.integrity_problems)
        else:
            result.append("Databasestructuur: intact (SQLite integrity_check).")
        if self.cipher_problems:
            result.append("Versleuteling: pagina's falen hun authenticatie (HMAC):")
            result.extend(f"  {problem}" for problem in self.cipher_problems)
        else:
            result.append("Versleuteling: elke pagina klopt (SQLCipher cipher_integrity_check).")
        result.append(f"Schemaversie: {self.schema_revision}.")
        return result


def _chain_lines(chain: ChainReport) -> list[str]:
    if chain.intact:
        result = [
            f"Auditlog: intact, {chain.entries_checked} regels, laatste hash {chain.head_hash}."
        ]
    else:
        result = [
            f"Auditlog: GEBROKEN bij regel {chain.first_broken_id}: {chain.problem}. "
            f"De {chain.entries_checked} regels daarvoor zijn intact."
        ]
    if chain.switch_over_id is not None:
        old = f"de {chain.legacy_entries} regels daarvoor alleen met hashes (verzegeld" + (
            f"; bij het verzegelen al gebroken bij regel {chain.legacy_broken_id})"
            if chain.legacy_broken_id is not None
            else ", intact bij de overgang)"
        )
        result.append(
            f"Vooruit-beveiligd (MAC per regel) vanaf regel {chain.switch_over_id}; {old}."
        )
    if chain.macs_checked is not None:
        result.append(f"MAC's: alle {chain.macs_checked} gecontroleerd met de herstelsleutel.")
    elif chain.intact:
        result.append(
            "MAC's: niet gecontroleerd (alleen met de herstelsleutel); volgorde, "
            "aaneensluiting en ankers wel."
        )
    if chain.anchors_checked:
        result.append("Ankers: kloppen (" + ", ".join(chain.anchors_checked) + ").")
    if chain.first_key_pending:
        result.append(
            "Let op: de eerste sleutel van de keten staat nog niet alleen onder de "
            "herstelsleutel; ontgrendel eenmaal met de herstelsleutel om dat af te ronden."
        )
    if chain.intact:
        result.append(f"Auditlog-kop (noteer voor het stationslogboek): {chain.head}")
    return result


def verify(
    store: Store,
    anchors: tuple[audit.Anchor, ...] = (),
    auditor_private_key: bytes | None = None,
) -> VerifyReport:
    """With `auditor_private_key` (from the recovery key) every audit MAC is checked too."""
    with store.database.read() as session:
        chain = audit.verify_chain(session, anchors, auditor_private_key)
        revision = current_revision(session.connection())
    with store.database.engine.connect() as connection:
        integrity = [
            str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        ]
        cipher = [
            str(row[0])
            for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        ]
    integrity_problems = [] if integrity == ["ok"] else integrity[:_MAX_PROBLEMS]
    return VerifyReport(chain, revision, integrity_problems, cipher[:_MAX_PROBLEMS])
