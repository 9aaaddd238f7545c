"""An index on the intake reference alone: `consult export REFERENCE` and an advice coming
back name an intake by its reference, and without it each look-up read every intake
(about 0.7 ms at 1,000 intakes, growing with the station; benchmarks/frontoffice.py).

Revision ID: 0009_intake_reference_index
Revises: 0008_frontoffice
"""

from __future__ import annotations

from alembic import op

revision = "0009_intake_reference_index"
down_revision = "0008_frontoffice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_intakes_reference", "intakes", ["reference"])


def downgrade() -> None:
    op.drop_index("ix_intakes_reference", table_name="intakes")
