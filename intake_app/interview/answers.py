"""Answers and the keys that address them, exactly as the store persists them.

An answer key is a top-level question id (`victim_date_of_birth`) or, for a question of a repeat
group, `GROUP#N.QUESTION` (`suspects#2.age_years`), where N is the group instance's number:
it starts at 1 and is never reused after an instance is removed. The key of the group itself
(`suspects`) holds the instance bookkeeping: `{"instances": [1, 3], "next": 4}`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

JsonValue = None | bool | int | float | str | list[Any] | dict[str, Any]

_KEY = re.compile(
    r"(?P<group>[a-z][a-z0-9_]*)#(?P<number>[1-9][0-9]*)\.(?P<question>[a-z][a-z0-9_]*)"
)
_TOP = re.compile(r"[a-z][a-z0-9_]*")


class InterviewError(ValueError):
    """The interview was asked to do something impossible (a programming error in the caller)."""


class AnswerState(StrEnum):
    ANSWERED = "answered"
    UNKNOWN = "unknown"  # "weet ik niet"
    DECLINED = "declined"  # "wil ik niet zeggen"


@dataclass(frozen=True)
class Answer:
    """What was recorded for one key: a value as typed (JSON), and its state."""

    value: JsonValue
    state: AnswerState = AnswerState.ANSWERED

    def to_json(self) -> dict[str, JsonValue]:
        return {"value": self.value, "state": self.state.value}

    @classmethod
    def from_json(cls, data: Any) -> Answer | None:
        """The answer saved by to_json, or None if `data` is not one."""
        if not isinstance(data, dict) or set(data) != {"value", "state"}:
            return None
        try:
            state = AnswerState(data["state"])
        except ValueError:
            return None
        return cls(value=data["value"], state=state)


@dataclass(frozen=True)
class AnswerKey:
    question: str
    group: str | None = None
    instance: int | None = None

    def __str__(self) -> str:
        if self.group is None:
            return self.question
        return f"{self.group}#{self.instance}.{self.question}"

    @staticmethod
    def parse(key: str) -> AnswerKey:
        return _parsed_key(key)


# A form has a few hundred keys, parsed again at every evaluation (each answer given, each
# package built): parsed once each. An invalid key raises and is not remembered.
@functools.lru_cache(maxsize=4096)
def _parsed_key(key: str) -> AnswerKey:
    if _TOP.fullmatch(key):
        return AnswerKey(key)
    match = _KEY.fullmatch(key)
    if match is None:
        raise InterviewError(f"'{key}' is not an answer key (QUESTION or GROUP#N.QUESTION)")
    return AnswerKey(match["question"], match["group"], int(match["number"]))


def instance_key(group: str, instance: int, question: str) -> str:
    return f"{group}#{instance}.{question}"


def to_json_value(value: Any) -> JsonValue:
    """A value as the store keeps it: dates become ISO strings; anything else must be JSON."""
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return value
    if isinstance(value, list | tuple):
        return [to_json_value(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: to_json_value(item) for key, item in value.items()}
    raise InterviewError(f"an answer must be JSON data, not {type(value).__name__}")
