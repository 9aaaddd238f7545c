"""The TSM frontoffice step (R1): this installation's key pairs, trusted peers, package ids
seen (replays) and restore fences, consults received, advice recorded or received, and
submissions of intakes.

Revision ID: 0008_frontoffice
Revises: 0007_home_list_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_frontoffice"
down_revision = "0007_home_list_indexes"
branch_labels = None
depends_on = None


def _at(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "fo_own_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("encryption_private", sa.LargeBinary(32), nullable=False),
        sa.Column("signing_private", sa.LargeBinary(32), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _at("created_at"),
        sa.Column("created_by", sa.String(64), nullable=True),
        _at("retired_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_fo_own_keys"),
        sa.UniqueConstraint("fingerprint", name="uq_fo_own_keys_fingerprint"),
    )
    op.create_table(
        "fo_peers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("encryption_key", sa.LargeBinary(32), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(32), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        _at("key_created_at"),
        sa.Column("status", sa.String(16), nullable=False),
        _at("trusted_at"),
        sa.Column("trusted_by", sa.String(64), nullable=True),
        _at("retired_at", nullable=True),
        sa.Column("retired_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_fo_peers"),
        sa.UniqueConstraint("fingerprint", name="uq_fo_peers_fingerprint"),
    )
    op.create_table(
        "fo_packages_seen",
        sa.Column("package_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sender_fingerprint", sa.String(64), nullable=False),
        _at("created_at"),
        _at("seen_at"),
        sa.PrimaryKeyConstraint("package_id", name="pk_fo_packages_seen"),
    )
    op.create_table(
        "fo_consults",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("package_id", sa.String(32), nullable=False),
        sa.Column("station", sa.String(100), nullable=False),
        sa.Column("station_fingerprint", sa.String(64), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        _at("package_created_at"),
        _at("intake_created_at"),
        _at("received_at"),
        sa.Column("received_by", sa.String(64), nullable=True),
        sa.Column("content_json", sa.Text(), nullable=False),
        _at("advised_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_fo_consults"),
        sa.UniqueConstraint("station", "reference", name="uq_fo_consults_station_reference"),
    )
    op.create_table(
        "fo_consult_identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("consult_id", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(64), nullable=False),
        sa.Column("normalised", sa.String(512), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_fo_consult_identifiers"),
        sa.ForeignKeyConstraint(
            ["consult_id"],
            ["fo_consults.id"],
            name="fk_fo_consult_identifiers_consult_id_fo_consults",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_fo_consult_identifiers_match", "fo_consult_identifiers", ["family", "normalised"]
    )
    op.create_index(
        "ix_fo_consult_identifiers_consult_id", "fo_consult_identifiers", ["consult_id"]
    )
    op.create_table(
        "fo_advice",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("consult_id", sa.Integer(), nullable=True),
        sa.Column("intake_id", sa.Integer(), nullable=True),
        sa.Column("advised_by", sa.String(200), nullable=False),
        _at("advised_at"),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("package_id", sa.String(32), nullable=True),
        _at("recorded_at"),
        sa.Column("recorded_by", sa.String(64), nullable=True),
        _at("exported_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_fo_advice"),
        sa.ForeignKeyConstraint(
            ["consult_id"],
            ["fo_consults.id"],
            name="fk_fo_advice_consult_id_fo_consults",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intakes.id"], name="fk_fo_advice_intake_id_intakes", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "fo_submissions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(32), nullable=False),
        sa.Column("frontoffice_fingerprint", sa.String(64), nullable=False),
        _at("submitted_at"),
        sa.Column("submitted_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_fo_submissions"),
        sa.ForeignKeyConstraint(
            ["intake_id"],
            ["intakes.id"],
            name="fk_fo_submissions_intake_id_intakes",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "fo_restore_fences",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _at("backup_created_at"),
        _at("restored_at"),
        _at("noted_at"),
        sa.PrimaryKeyConstraint("id", name="pk_fo_restore_fences"),
    )


def downgrade() -> None:
    op.drop_table("fo_restore_fences")
    op.drop_table("fo_submissions")
    op.drop_table("fo_advice")
    op.drop_index("ix_fo_consult_identifiers_consult_id", table_name="fo_consult_identifiers")
    op.drop_index("ix_fo_consult_identifiers_match", table_name="fo_consult_identifiers")
    op.drop_table("fo_consult_identifiers")
    op.drop_table("fo_consults")
    op.drop_table("fo_packages_seen")
    op.drop_table("fo_peers")
    op.drop_table("fo_own_keys")
