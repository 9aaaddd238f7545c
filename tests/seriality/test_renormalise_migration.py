"""Schema revision 0006: identifiers stored under the old rules are normalised again from the
answers that keep the text as typed, so old intakes neither keep false links nor miss matches."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from intake_app.seriality.matching import find_matches
from intake_app.seriality.normalise import normalise
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import create_store_engine
from intake_app.store.schema import upgrade
from intake_app.store.seriality_index import StoreIdentifierIndex
from intake_app.store.store import Store
from tests.store.conftest import data_key, store_dir  # noqa: F401 - fixtures

WHEN = datetime(2026, 2, 3, 10, 0, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
OLD_RULES = "0004_seriality_tokens"

# What two intakes recorded, and the rows the old rules kept for it.
FIRST = [
    {"kind": "url", "value": "https://www.snapchat.com/t/AbCd1234"},
    {"kind": "phone", "value": "Privénummer"},
    {"kind": "email", "value": "J.Fictief@gmail.com"},
]
SECOND = [
    {"kind": "url", "value": "https://snapchat.com/t/XyZ98765"},
    {"kind": "phone", "value": "privénummer"},
    {"kind": "email", "value": "jfictief+snap@googlemail.com"},
]
OLD_ROWS = {
    1: [
        ("handle:snapchat", "https://www.snapchat.com/t/AbCd1234", "t"),
        ("phone", "Privénummer", "Privénummer"),
        ("email", "J.Fictief@gmail.com", "j.fictief@gmail.com"),
    ],
    2: [
        ("handle:snapchat", "https://snapchat.com/t/XyZ98765", "t"),
        ("phone", "privénummer", "privénummer"),
        ("email", "jfictief+snap@googlemail.com", "jfictief+snap@googlemail.com"),
    ],
}
LOCATIONS = [{"kind": "url", "value": "https://t.me/+FiCtIeFgRoEp1"}]


def _fill_under_old_rules(session: Session) -> None:
    session.execute(
        text("INSERT INTO officers VALUES ('officer-0001', 'Agent Fictief', 'admin', 1, :when)"),
        {"when": WHEN},
    )
    answers = {1: FIRST, 2: SECOND}
    for intake_id in (1, 2):
        session.execute(
            text(
                "INSERT INTO intakes VALUES (:id, :ref, 'local', 'draft', 0, 'officer-0001',"
                " :when, :when, NULL)"
            ),
            {"id": intake_id, "ref": f"2026-000{intake_id}", "when": WHEN},
        )
        for key, value in (
            ("suspects#1.identifiers", answers[intake_id]),
            ("image_locations", LOCATIONS),
        ):
            session.execute(
                text(
                    "INSERT INTO answers (intake_id, answer_key, value_json, state, saved_at,"
                    " saved_by) VALUES (:id, :key, :value, 'answered', :when, 'officer-0001')"
                ),
                {"id": intake_id, "key": key, "value": json.dumps(value), "when": WHEN},
            )
        for kind, raw, normalised in OLD_ROWS[intake_id]:
            session.execute(
                text(
                    "INSERT INTO suspect_identifiers (intake_id, answer_key, kind, raw,"
                    " normalised, verified) VALUES (:id, 'suspects#1.identifiers', :kind, :raw,"
                    " :normalised, 0)"
                ),
                {"id": intake_id, "kind": kind, "raw": raw, "normalised": normalised},
            )
    # A row of an answer that is not matched is left as it was.
    session.execute(
        text(
            "INSERT INTO suspect_identifiers (intake_id, answer_key, kind, raw, normalised,"
            " verified) VALUES (1, 'suspects#1.phone', 'phone', '06-12345678', '+31612345678', 0)"
        )
    )


def _old_store(folder: Path, key: bytes) -> None:
    engine = create_store_engine(folder / DATABASE_FILE, key)
    with engine.begin() as connection:
        upgrade(connection, OLD_RULES)
    with Session(engine) as session, session.begin():
        _fill_under_old_rules(session)
    engine.dispose()


def test_old_false_links_are_gone_and_new_matches_found(store_dir: Path, data_key: bytes) -> None:  # noqa: F811
    _old_store(store_dir, data_key)

    with Store.open(store_dir, data_key) as store:
        index = StoreIdentifierIndex(store)
        rows = {
            (row.kind, row.normalised)
            for intake in (1, 2)
            for row in store.identifiers.for_intake(intake)
        }
        share_link = normalise("handle", "t", "snapchat")
        hidden = normalise("username", "Privénummer")
        gmail = normalise("email", "j.fictief@googlemail.com")
        group = normalise("url", "t.me/joinchat/FiCtIeFgRoEp1")

        assert ("handle:snapchat", "t") not in rows
        assert not any(kind == "phone" and "priv" in value for kind, value in rows)
        assert find_matches(share_link, [index], "none") == []
        assert find_matches(hidden, [index], "none") == []
        assert [m.reference for m in find_matches(gmail, [index], "2026-0001")] == ["2026-0002"]
        assert [m.reference for m in find_matches(group, [index], "2026-0001")] == ["2026-0002"]
        assert [r.answer_key for r in store.identifiers.find("+31612345678")] == [
            "suspects#1.phone"
        ]
