"""Core schema: officers, intakes, answers, amendments, consents, audit log.

Revision ID: 0001_core
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def _fk(column: str, table: str, target: str, cascade: bool = False) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [target],
        name=f"fk_{table}_{column}_{target.split('.')[0]}",
        ondelete="CASCADE" if cascade else None,
    )


def upgrade() -> None:
    op.create_table(
        "officers",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_officers"),
    )
    op.create_table(
        "intakes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("is_training", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_intakes"),
        _fk("created_by", "intakes", "officers.id"),
        sa.UniqueConstraint("station", "reference", name="uq_intakes_station_reference"),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("answer_key", sa.String(255), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_answers"),
        _fk("intake_id", "answers", "intakes.id", cascade=True),
        _fk("saved_by", "answers", "officers.id"),
        sa.UniqueConstraint("intake_id", "answer_key", name="uq_answers_intake_key"),
    )
    op.create_table(
        "amendments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("amended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amended_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_amendments"),
        _fk("intake_id", "amendments", "intakes.id", cascade=True),
        _fk("amended_by", "amendments", "officers.id"),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(64), nullable=False),
        sa.Column("given_by", sa.String(32), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
        _fk("intake_id", "consents", "intakes.id", cascade=True),
        _fk("recorded_by", "consents", "officers.id"),
        sa.UniqueConstraint("intake_id", "service", "given_by", name="uq_consents_intake_service"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("officer_id", sa.String(64), nullable=True),
        sa.Column("intake_reference", sa.String(32), nullable=True),
        sa.Column("details_json", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )


def downgrade() -> None:
    for table in ("audit_log", "consents", "amendments", "answers", "intakes", "officers"):
        op.drop_table(table)
