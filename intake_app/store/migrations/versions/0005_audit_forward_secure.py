"""The forward-secure audit chain: a MAC per entry under a key that evolves with each entry,
and the chain's state. The existing plain hash chain is verified and sealed at the first open
after this revision (the store does it: it needs fresh randomness and the auditor's public
key, which a migration does not have).

Revision ID: 0005_audit_forward_secure
Revises: 0004_seriality_tokens
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_audit_forward_secure"
down_revision = "0004_seriality_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("mac", sa.String(64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("next_id", sa.Integer(), nullable=False),
        sa.Column("current_key", sa.LargeBinary(32), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("first_key_sealed", sa.LargeBinary(128), nullable=True),
        sa.Column("first_key_pending", sa.LargeBinary(32), nullable=True),
        sa.Column("legacy_count", sa.Integer(), nullable=False),
        sa.Column("legacy_head", sa.String(64), nullable=False),
        sa.Column("legacy_broken_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_chain"),
    )


def downgrade() -> None:
    op.drop_table("audit_chain")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("mac")
