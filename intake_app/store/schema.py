"""Schema versions through Alembic, run from code against the store's own connection.

The revisions live in migrations/ inside the package (an installed wheel carries them; the
PyInstaller spec copies the folder as data), so no alembic.ini is needed at run time.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from intake_app.store.errors import StoreTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no schema revisions found in {MIGRATIONS_DIR}")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema to `target` (the newest by default); refuse a newer database."""
    revision = current_revision(connection)
    if revision is not None:
        known = {
            script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()
        }
        if revision not in known:
            raise StoreTooNew(revision)
    command.upgrade(_config(connection), target)
