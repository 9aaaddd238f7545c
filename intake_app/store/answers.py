"""Answers: each one committed in its own transaction the moment it is given."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update

from intake_app.store import audit
from intake_app.store.database import Database
from intake_app.store.errors import IntakeNotEditable, IntakeNotFound, InvalidValue
from intake_app.store.intakes import EDITABLE_STATUSES, editable_intake
from intake_app.store.models import ANSWER_KEY_LENGTH, ANSWER_STATES, Answer, Intake, utc_now
from intake_app.store.records import AnswerRecord


def _checked_key(key: str) -> str:
    if not key or len(key) > ANSWER_KEY_LENGTH or not key.isprintable():
        raise InvalidValue(f"een antwoordsleutel is 1 tot {ANSWER_KEY_LENGTH} afdrukbare tekens")
    return key


def _value_json(value: Any, state: str) -> str | None:
    if state not in ANSWER_STATES:
        raise InvalidValue(f"de status van een antwoord is een van {', '.join(ANSWER_STATES)}")
    if state != "answered":
        return None  # "weet ik niet" and "wil ik niet zeggen" are recorded as such, never as empty
    if value is None:
        raise InvalidValue(
            "een beantwoorde vraag heeft een waarde nodig; gebruik anders unknown of declined"
        )
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise InvalidValue(
            "een antwoord is tekst, een getal, ja/nee of een lijst daarvan"
        ) from None


_answers = cast(Table, Answer.__table__)
_intakes = cast(Table, Intake.__table__)
# Built once: saving is the hot path of the interview, and plain statements on a Core
# connection cost a fraction of the ORM's unit of work.
_INTAKE_STATE = select(_intakes.c.reference, _intakes.c.status).where(
    _intakes.c.id == bindparam("p_intake_id")
)
_UPDATE_ANSWER = (
    update(_answers)
    .where(
        _answers.c.intake_id == bindparam("p_intake_id"),
        _answers.c.answer_key == bindparam("p_key"),
    )
    .values(
        value_json=bindparam("p_value_json"),
        state=bindparam("p_state"),
        saved_at=bindparam("p_now"),
        saved_by=bindparam("p_officer_id"),
    )
)
_INSERT_ANSWER = insert(_answers).values(
    intake_id=bindparam("p_intake_id"),
    answer_key=bindparam("p_key"),
    value_json=bindparam("p_value_json"),
    state=bindparam("p_state"),
    saved_at=bindparam("p_now"),
    saved_by=bindparam("p_officer_id"),
)
_LOAD_ANSWERS = (
    select(
        _answers.c.answer_key,
        _answers.c.value_json,
        _answers.c.state,
        _answers.c.saved_at,
        _answers.c.saved_by,
    )
    .where(_answers.c.intake_id == bindparam("p_intake_id"))
    .order_by(_answers.c.id)
)
_TOUCH_INTAKE = (
    update(_intakes)
    .where(_intakes.c.id == bindparam("p_intake_id"))
    .values(updated_at=bindparam("p_now"))
)


class Answers:
    def __init__(self, database: Database) -> None:
        self._db = database
        # Audited once per intake and officer while the store is open, not per keystroke:
        # "officer X worked on intake Y". Answers themselves never enter the audit log.
        self._edits_audited: set[tuple[int, str]] = set()

    def save(self, intake_id: int, key: str, value: Any, state: str, officer_id: str) -> None:
        """Store one answer; returns only once it is committed and on disk."""
        params = {
            "p_intake_id": intake_id,
            "p_key": _checked_key(key),
            "p_value_json": _value_json(value, state),
            "p_state": state,
            "p_now": utc_now(),
            "p_officer_id": officer_id,
        }
        with self._db.write_core() as connection:
            found = connection.execute(_INTAKE_STATE, params).first()
            if found is None:
                raise IntakeNotFound(intake_id)
            reference, status = found
            if status not in EDITABLE_STATUSES:
                raise IntakeNotEditable(reference, status)
            if not connection.execute(_UPDATE_ANSWER, params).rowcount:
                connection.execute(_INSERT_ANSWER, params)
            connection.execute(_TOUCH_INTAKE, params)
            if (intake_id, officer_id) not in self._edits_audited:
                audit.append(connection, "edit", officer_id, reference)
        self._edits_audited.add((intake_id, officer_id))

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
        with self._db.read_core() as connection:
            rows = connection.execute(_LOAD_ANSWERS, {"p_intake_id": intake_id})
            return {
                key: AnswerRecord(
                    key=key,
                    value=None if value_json is None else json.loads(value_json),
                    state=state,
                    saved_at=saved_at,
                    saved_by=saved_by,
                )
                for key, value_json, state, saved_at, saved_by in rows
            }
