"""The shape of the files in forms/ as pydantic models: what a reviewer may write, and nothing else.

`intake.nl.yaml` holds the structure and the Dutch wording (Dutch is the source language);
`intake.en.yaml` (and any other `intake.<lang>.yaml`) holds only translated text, keyed by the
same ids. See forms/README.md.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
MAX_TEXT_LIMIT = 20_000


class QuestionType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    DATE = "date"
    AGE = "age"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"  # answered yes or no; "weet ik niet" and "wil ik niet zeggen" are states
    REPEAT_GROUP = "repeat_group"
    IDENTIFIER_LIST = "identifier_list"


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
TEXT_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT})
DEFAULT_MAX_LENGTH = {QuestionType.SHORT_TEXT: 200, QuestionType.LONG_TEXT: 4000}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AddressedText(_Strict):
    """One wording per person addressed (intake_app/forms/address.py): all three are needed."""

    je: str = Field(min_length=1)  # a minor telling
    u: str = Field(min_length=1)  # an adult telling
    about_child: str = Field(min_length=1)  # a parent or another adult telling; `{child}`


# Spoken text: the same for everyone, or one variant per person addressed.
Wording = Annotated[str, Field(min_length=1)] | AddressedText


class CheckSource(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    rule: str = Field(min_length=1)  # must not be false; say `not known(x) or ...` for gaps
    message: str = Field(min_length=1)


class QuestionSource(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    type: QuestionType
    ask: Wording  # what the officer says
    guidance: str = Field(min_length=1)  # beside the question, for the officer only
    plain: Wording | None = None  # the victim's read-back
    relevant: str | None = Field(default=None, min_length=1)
    # true: the officer fills it in (an estimate, notes); a condition: when it is asked of
    # someone other than who tells (a parent's consent for a young child)
    officer: bool | str = False
    options: dict[str, str] | None = None  # option id: wording
    max_length: int | None = Field(default=None, ge=1, le=MAX_TEXT_LIMIT)
    min: int | None = Field(default=None, ge=0, le=120)
    max: int | None = Field(default=None, ge=0, le=120)
    checks: list[CheckSource] = Field(default_factory=list)
    questions: list[QuestionSource] | None = None  # the questions of a repeat group
    max_items: int | None = Field(default=None, ge=1, le=50)

    @field_validator("options", mode="before")
    @classmethod
    def _option_ids_are_words(cls, options: Any) -> Any:
        if isinstance(options, dict) and any(isinstance(key, bool) for key in options):
            raise ValueError(
                "YAML reads a bare yes/no/on/off as true/false: choose another option id"
            )
        return options

    @model_validator(mode="after")
    def _fits_its_type(self) -> QuestionSource:
        kind = self.type
        if (self.options is not None) != (kind in CHOICE_TYPES):
            raise ValueError(
                "options are required for single_choice and multiple_choice, and only there"
            )
        if self.options is not None:
            if not self.options:
                raise ValueError("a choice needs at least one option")
            bad = [key for key in self.options if not _is_id(key)]
            if bad:
                raise ValueError(f"option ids must be lower_case_with_underscores: {bad[0]}")
        if self.max_length is not None and kind not in TEXT_TYPES:
            raise ValueError("max_length is only for short_text and long_text")
        if (self.min is not None or self.max is not None) and kind != QuestionType.AGE:
            raise ValueError("min and max are only for age")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not exceed max")
        is_group = kind == QuestionType.REPEAT_GROUP
        if is_group != (self.questions is not None) or (is_group and not self.questions):
            raise ValueError("a repeat_group needs questions, and only a repeat_group has them")
        if self.max_items is not None and not is_group:
            raise ValueError("max_items is only for repeat_group")
        if is_group and any(q.type == QuestionType.REPEAT_GROUP for q in self.questions or []):
            raise ValueError("a repeat_group cannot contain another repeat_group")
        return self


class SectionSource(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    intro: str | None = Field(default=None, min_length=1)
    relevant: str | None = Field(default=None, min_length=1)
    questions: list[QuestionSource] = Field(min_length=1)


class FormSource(_Strict):
    """intake.nl.yaml: the whole form in the source language."""

    form: str = Field(pattern=ID_PATTERN)
    language: str = Field(pattern=r"^[a-z]{2}$")
    title: str = Field(min_length=1)
    computed: dict[str, str] = Field(default_factory=dict)  # name: expression
    sections: list[SectionSource] = Field(min_length=1)


class SectionText(_Strict):
    title: str = Field(min_length=1)
    intro: str | None = Field(default=None, min_length=1)


class QuestionText(_Strict):
    ask: Wording
    guidance: str = Field(min_length=1)
    plain: Wording | None = None
    options: dict[str, str] = Field(default_factory=dict)
    checks: dict[str, str] = Field(default_factory=dict)


class TranslationSource(_Strict):
    """intake.<lang>.yaml: only text, keyed by the ids of the source file."""

    form: str = Field(pattern=ID_PATTERN)
    language: str = Field(pattern=r"^[a-z]{2}$")
    title: str = Field(min_length=1)
    sections: dict[str, SectionText]
    questions: dict[str, QuestionText]


class BlocklistSource(_Strict):
    """wording-blocklist.yaml: phrasings that suggest blame, per language."""

    phrases: dict[str, list[str]]


def _is_id(text: str) -> bool:
    return re.fullmatch(ID_PATTERN, text) is not None
