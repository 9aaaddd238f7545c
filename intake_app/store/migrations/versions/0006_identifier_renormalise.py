"""Stored identifiers normalised again from the answers they came from (R7, issue 16).

The rules changed: share links, bare platform addresses, hidden-number labels and "geen idee"
no longer link anything; Gmail spellings of one account, IBANs and wallets copied with notes,
and names with a trailing full stop now match; image locations are indexed too. Every
identifier row of those answers is rebuilt from the answer that holds the text as typed (with
the kind and platform the officer chose), so old intakes neither keep false links nor miss new
matches. The current rules are used: a later change of rules needs a revision of its own.

Downgrade leaves the rows as they are: they fit the older schema, and the older rules cannot be
recovered from them (the older app matches them with its own rules; only some keys differ).

Revision ID: 0006_identifier_renormalise
Revises: 0005_audit_forward_secure
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from intake_app.store.seriality_index import is_indexed_answer_key, stored_identifiers

revision = "0006_identifier_renormalise"
down_revision = "0005_audit_forward_secure"
branch_labels = None
depends_on = None

_ANSWERS = sa.table(
    "answers",
    sa.column("intake_id", sa.Integer),
    sa.column("answer_key", sa.String),
    sa.column("value_json", sa.Text),
    sa.column("state", sa.String),
)
_IDENTIFIERS = sa.table(
    "suspect_identifiers",
    sa.column("intake_id", sa.Integer),
    sa.column("answer_key", sa.String),
    sa.column("kind", sa.String),
    sa.column("raw", sa.Text),
    sa.column("normalised", sa.String),
    sa.column("verified", sa.Boolean),
)


def upgrade() -> None:
    connection = op.get_bind()
    answered = connection.execute(
        sa.select(_ANSWERS.c.intake_id, _ANSWERS.c.answer_key, _ANSWERS.c.value_json).where(
            _ANSWERS.c.state == "answered"
        )
    )
    rows = [
        {
            "intake_id": intake_id,
            "answer_key": key,
            "kind": stored.kind,
            "raw": stored.raw,
            "normalised": stored.normalised,
            "verified": stored.verified,
        }
        for intake_id, key, value_json in answered
        if is_indexed_answer_key(key) and value_json is not None
        for stored in stored_identifiers(json.loads(value_json))
    ]
    # Only the rows of matched answers are rebuilt; any other row is left as it is.
    rebuilt = {
        key for (key,) in connection.execute(sa.select(_IDENTIFIERS.c.answer_key).distinct())
    }
    connection.execute(
        sa.delete(_IDENTIFIERS).where(
            _IDENTIFIERS.c.answer_key.in_(sorted(filter(is_indexed_answer_key, rebuilt)))
        )
    )
    if rows:
        connection.execute(sa.insert(_IDENTIFIERS), rows)


def downgrade() -> None:
    pass
