"""Look-ups of the frontoffice step at scale (R1; benchmarks/frontoffice.py):

- an index on the intake reference alone: `consult export REFERENCE` and an advice coming back
  name an intake by its reference, and without it each look-up read every intake;
- whether a consult is urgent, as a column beside it: the frontoffice's queue (urgent first)
  read every consult's content to find out, a second per 3,000 consults.

Revision ID: 0009_frontoffice_lookups
Revises: 0008_frontoffice
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009_frontoffice_lookups"
down_revision = "0008_frontoffice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_intakes_reference", "intakes", ["reference"])
    with op.batch_alter_table("fo_consults") as table:
        table.add_column(sa.Column("urgent", sa.Boolean(), nullable=False, server_default="0"))
    connection = op.get_bind()
    consults = sa.table(
        "fo_consults", sa.column("id", sa.Integer), sa.column("content_json", sa.Text)
    )
    flags = sa.table("fo_consults", sa.column("id", sa.Integer), sa.column("urgent", sa.Boolean))
    urgent_ids = [
        consult_id
        for consult_id, content_json in connection.execute(
            sa.select(consults.c.id, consults.c.content_json)
        )
        if _urgent(content_json)
    ]
    if urgent_ids:
        connection.execute(sa.update(flags).where(flags.c.id.in_(urgent_ids)).values(urgent=True))


def _urgent(content_json: str) -> bool:
    """As ConsultContent has it: the triage decision's list of urgent reasons is not empty."""
    try:
        decision = json.loads(content_json).get("decision")
    except (ValueError, AttributeError):
        return False
    return isinstance(decision, dict) and bool(decision.get("urgent"))


def downgrade() -> None:
    with op.batch_alter_table("fo_consults") as table:
        table.drop_column("urgent")
    op.drop_index("ix_intakes_reference", table_name="intakes")
