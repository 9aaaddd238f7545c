"""Answers: each one committed in its own transaction the moment it is given."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import InvalidValue
from intake_app.store.intakes import editable_intake
from intake_app.store.models import ANSWER_KEY_LENGTH, ANSWER_STATES, Answer, utc_now
from intake_app.store.records import AnswerRecord


def _checked_key(key: str) -> str:
    if not key or len(key) > ANSWER_KEY_LENGTH or not key.isprintable():
        raise InvalidValue(f"an answer key must be 1 to {ANSWER_KEY_LENGTH} printable characters")
    return key


def _value_json(value: Any, state: str) -> str | None:
    if state not in ANSWER_STATES:
        raise InvalidValue(f"answer state must be one of {', '.join(ANSWER_STATES)}")
    if state != "answered":
        return None  # "weet ik niet" and "wil ik niet zeggen" are recorded as such, never as empty
    if value is None:
        raise InvalidValue("an answered question needs a value; use state unknown or declined")
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise InvalidValue("an answer value must be text, a number, a flag or a list") from None


class Answers:
    def __init__(self, database: Database) -> None:
        self._db = database

    def save(self, intake_id: int, key: str, value: Any, state: str, officer_id: str) -> None:
        """Store one answer; returns only once it is committed and on disk."""
        value_json = _value_json(value, state)
        key = _checked_key(key)
        now = utc_now()
        with self._db.write() as session:
            intake = editable_intake(session, intake_id)
            row = session.scalars(
                select(Answer).where(Answer.intake_id == intake_id, Answer.answer_key == key)
            ).first()
            if row is None:
                row = Answer(intake_id=intake_id, answer_key=key)
                session.add(row)
            row.value_json, row.state, row.saved_at, row.saved_by = (
                value_json,
                state,
                now,
                officer_id,
            )
            intake.updated_at = now
            audit.append(session, "edit", officer_id, intake.reference)

    def remove(self, intake_id: int, key: str, officer_id: str) -> None:
        """Forget an answer whose question no longer applies (e.g. a branch was left)."""
        with self._db.write() as session:
            intake = editable_intake(session, intake_id)
            row = session.scalars(
                select(Answer).where(Answer.intake_id == intake_id, Answer.answer_key == key)
            ).first()
            if row is not None:
                session.delete(row)
                intake.updated_at = utc_now()
                audit.append(session, "edit", officer_id, intake.reference)

    def load(self, intake_id: int) -> dict[str, AnswerRecord]:
        query = select(Answer).where(Answer.intake_id == intake_id).order_by(Answer.id)
        with self._db.read() as session:
            return {
                row.answer_key: AnswerRecord(
                    key=row.answer_key,
                    value=None if row.value_json is None else json.loads(row.value_json),
                    state=row.state,
                    saved_at=row.saved_at,
                    saved_by=row.saved_by,
                )
                for row in session.scalars(query)
            }
