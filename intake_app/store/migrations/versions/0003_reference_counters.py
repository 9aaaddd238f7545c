"""Reference counters per station and year, so a number freed by a purge is never given again.

Seeded from the intakes already there: the highest number per station and year.

Revision ID: 0003_reference_counters
Revises: 0002_identifiers_letters
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_reference_counters"
down_revision = "0002_identifiers_letters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    counters = op.create_table(
        "reference_counters",
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("station", "year", name="pk_reference_counters"),
    )
    intakes = sa.table(
        "intakes", sa.column("station", sa.String), sa.column("reference", sa.String)
    )
    highest: dict[tuple[str, int], int] = {}
    for station, reference in op.get_bind().execute(
        sa.select(intakes.c.station, intakes.c.reference)
    ):
        year_text, _, number_text = str(reference).partition("-")
        if year_text.isdigit() and number_text.isdigit():
            slot = (str(station), int(year_text))
            highest[slot] = max(highest.get(slot, 0), int(number_text))
    if highest:
        op.bulk_insert(
            counters,
            [
                {"station": station, "year": year, "last_number": number}
                for (station, year), number in sorted(highest.items())
            ],
        )


def downgrade() -> None:
    op.drop_table("reference_counters")
