"""Alembic environment: the store hands in its open connection; no alembic.ini, no URL."""

from __future__ import annotations

from alembic import context

from intake_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
