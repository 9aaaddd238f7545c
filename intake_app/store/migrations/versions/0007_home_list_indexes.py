"""Indexes for the home list at station scale (100,000 intakes): the list newest first, per
status, a page at a time; and the newest audit entry of one kind (the recovery key's state).

Revision ID: 0007_home_list_indexes
Revises: 0006_identifier_renormalise
"""

from __future__ import annotations

from alembic import op

revision = "0007_home_list_indexes"
down_revision = "0006_identifier_renormalise"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_intakes_list", "intakes", ["is_training", "created_at", "id"])
    op.create_index(
        "ix_intakes_status_list", "intakes", ["is_training", "status", "created_at", "id"]
    )
    op.create_index("ix_audit_log_event", "audit_log", ["event", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_event", table_name="audit_log")
    op.drop_index("ix_intakes_status_list", table_name="intakes")
    op.drop_index("ix_intakes_list", table_name="intakes")
