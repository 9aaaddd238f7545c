"""Seriality between stations (R7): the regional key, kept only inside the encrypted database,
and other stations' imported token files, indexed on the token.

Revision ID: 0004_seriality_tokens
Revises: 0003_reference_counters
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_seriality_tokens"
down_revision = "0003_reference_counters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "regional_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("secret", sa.LargeBinary(32), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_regional_key"),
    )
    op.create_table(
        "token_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("token_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_token_imports"),
        sa.UniqueConstraint("station", name="uq_token_imports_station"),
    )
    op.create_table(
        "imported_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("intake_reference", sa.String(100), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_imported_tokens"),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["token_imports.id"],
            name="fk_imported_tokens_import_id_token_imports",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_imported_tokens_token", "imported_tokens", ["token"])
    op.create_index("ix_imported_tokens_import_id", "imported_tokens", ["import_id"])


def downgrade() -> None:
    op.drop_index("ix_imported_tokens_import_id", table_name="imported_tokens")
    op.drop_index("ix_imported_tokens_token", table_name="imported_tokens")
    op.drop_table("imported_tokens")
    op.drop_table("token_imports")
    op.drop_table("regional_key")
