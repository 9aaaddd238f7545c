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
        chain = self.chain
        if chain.intact:
            result = [
                f"Auditlog: intact, {chain.entries_checked} regels, laatste hash {chain.head_hash}."
            ]
        else:
            result = [
                f"Auditlog: GEBROKEN bij regel {chain.first_broken_id}: {chain.problem}. "
                f"De {chain.entries_checked} regels daarvoor zijn intact."
            ]
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


def verify(store: Store) -> VerifyReport:
    with store.database.read() as session:
        chain = audit.verify_chain(session)
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
