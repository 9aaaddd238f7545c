"""Suspect identifiers (indexed on the normalised form, for seriality R7) and letters produced.

Revision ID: 0002_identifiers_letters
Revises: 0001_core
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_identifiers_letters"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suspect_identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("answer_key", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("normalised", sa.String(512), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_suspect_identifiers"),
        sa.ForeignKeyConstraint(
            ["intake_id"],
            ["intakes.id"],
            name="fk_suspect_identifiers_intake_id_intakes",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_suspect_identifiers_normalised", "suspect_identifiers", ["normalised"])
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(64), nullable=False),
        sa.Column("produced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("produced_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_letters"),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intakes.id"], name="fk_letters_intake_id_intakes", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["produced_by"], ["officers.id"], name="fk_letters_produced_by_officers"
        ),
    )


def downgrade() -> None:
    op.drop_table("letters")
    op.drop_index("ix_suspect_identifiers_normalised", table_name="suspect_identifiers")
    op.drop_table("suspect_identifiers")
