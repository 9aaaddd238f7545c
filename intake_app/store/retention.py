"""Retention: completed intakes leave the laptop after the policy's number of days.

Drafts and reopened (amended) intakes are never purged automatically. Rows are deleted with
secure_delete on, then VACUUM rewrites the file so no free page keeps old content.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select

from intake_app.diagnostics import apply_retention as apply_log_retention
from intake_app.forms.policy import load_policy
from intake_app.store import audit
from intake_app.store.engine import driver_connection
from intake_app.store.models import Intake, utc_now
from intake_app.store.store import Store


def purge_expired(
    store: Store,
    officer_id: str | None,
    retention_days: int | None = None,
    now: datetime | None = None,
) -> int:
    """Delete completed intakes older than the retention period; returns how many."""
    days = retention_days or load_policy().retention.completed_intake_days
    cutoff = (now or utc_now()) - timedelta(days=days)
    with store.database.write() as session:
        expired = list(
            session.scalars(
                select(Intake.id).where(Intake.status == "completed", Intake.completed_at < cutoff)
            )
        )
        if expired:
            # Answers, consents, identifiers, letters, amendments follow (ON DELETE CASCADE).
            session.execute(delete(Intake).where(Intake.id.in_(expired)))
        audit.append(session, "purge", officer_id, details={"count": len(expired), "days": days})
    if expired:
        compact(store)
    apply_log_retention(store.data_dir, days, now)
    return len(expired)


def compact(store: Store) -> None:
    """VACUUM, then fold the WAL back into the file, leaving no stale pages behind."""
    with driver_connection(store.database.engine) as connection:
        connection.execute("VACUUM")  # the driver is in autocommit mode: no transaction open
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
