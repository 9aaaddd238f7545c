"""The station's copy of the regional key for seriality tokens (R7).

Kept only here, inside the encrypted database (so also inside encrypted backups): never in a
plain file, the settings or the audit log. The audit log records that it was set, and its
fingerprint, which is not secret.
"""

from __future__ import annotations

from sqlalchemy import Table, select

from intake_app.seriality.regional_key import RegionalKey
from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.models import RegionalKeySetting, utc_now

_ONLY_ROW = 1
_SETTINGS: Table = RegionalKeySetting.__table__  # type: ignore[assignment]
# Read each time a case is opened (its token index): a Core statement built once.
_CURRENT_SECRET = select(_SETTINGS.c.secret).where(_SETTINGS.c.id == _ONLY_ROW)


class RegionalKeys:
    def __init__(self, database: Database) -> None:
        self._db = database

    def replace(self, key: RegionalKey, officer_id: str | None) -> bool:
        """Store this key (an administrator entered it); True when it replaced another one."""
        with self._db.write() as session:
            row = session.get(RegionalKeySetting, _ONLY_ROW)
            replaced = row is not None and row.secret != key.secret
            if row is None:
                row = RegionalKeySetting(id=_ONLY_ROW)
                session.add(row)
            row.secret, row.fingerprint = key.secret, key.fingerprint
            row.set_at, row.set_by = utc_now(), officer_id
            audit.append(
                session,
                "regional_key",
                officer_id,
                details={"fingerprint": key.fingerprint, "replaced": replaced},
            )
            return replaced

    def current(self) -> RegionalKey | None:
        """The key set by the administrator, or None when none was set yet."""
        with self._db.read_core() as connection:
            secret = connection.execute(_CURRENT_SECRET).scalar()
        return None if secret is None else RegionalKey(bytes(secret))
