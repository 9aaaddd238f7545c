"""An interview in progress: the API the UI drives and the store saves.

Every change returns at once what the UI needs (messages for the answer just given); what
applies, progress and open questions are recomputed lazily after each change. Nothing here
touches Qt or the database: the store persists `saved_answers()` key by key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_app.forms.address import Address, Addressee, reader_address
from intake_app.forms.expressions import Value
from intake_app.forms.model import Form, Question, Text
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import (
    Answer,
    AnswerKey,
    AnswerState,
    InterviewError,
    to_json_value,
)
from intake_app.interview.answers_document import answers_document
from intake_app.interview.evaluation import Evaluation, Slot, evaluate, group_instances
from intake_app.interview.validation import Message


@dataclass(frozen=True)
class SectionProgress:
    section: str
    done: int  # applying questions with a valid answer, "weet ik niet" or "wil ik niet zeggen"
    total: int  # questions that apply now

    @property
    def complete(self) -> bool:
        return self.done == self.total


class Interview:
    """One intake's answers against one form, on one intake date (R4: ages are counted to it)."""

    def __init__(self, form: Form, intake_date: date) -> None:
        self.form = form
        self.intake_date = intake_date
        self._answers: dict[str, Answer] = {}
        self._unreadable: dict[
            str, Any
        ] = {}  # saved entries this form cannot use; kept as they were
        self._evaluation: Evaluation | None = None

    # -- saving and restoring ----------------------------------------------------------------
    @classmethod
    def restore(cls, form: Form, intake_date: date, saved: Mapping[str, Any]) -> Interview:
        """Rebuild from `saved_answers()`; entries this form does not know are kept, unused."""
        interview = cls(form, intake_date)
        for key, data in saved.items():
            answer = Answer.from_json(data)
            if answer is None or not interview._known_key(key):
                interview._unreadable[key] = data
            else:
                interview._answers[key] = answer
        return interview

    def saved_answers(self) -> dict[str, Any]:
        """Every answer as the store keeps it: key: {"value": JSON, "state": ...}."""
        saved: dict[str, Any] = dict(self._unreadable)
        saved.update({key: answer.to_json() for key, answer in self._answers.items()})
        return saved

    def _known_key(self, key: str) -> bool:
        try:
            self._question_for(key, require_instance=False)  # the group's entry may come later
        except InterviewError:
            return False
        return True

    # -- answering ---------------------------------------------------------------------------
    def set_answer(self, key: str, value: Any) -> list[Message]:
        """Record what was given (even if invalid) and return the messages for it.

        An empty text or list, or None, clears the answer: nothing is recorded as empty. For a
        yes/no question "unknown" and "declined" are recorded as those states.
        """
        question = self._answerable(key)
        stored = to_json_value(value)
        if stored is None or stored == [] or (isinstance(stored, str) and not stored.strip()):
            self.clear(key)
            return []
        if question.type == QuestionType.YES_NO and stored in ("unknown", "declined"):
            return self.set_state(key, AnswerState(stored))
        self._change(key, Answer(stored, AnswerState.ANSWERED))
        return self.messages(key)

    def set_state(self, key: str, state: AnswerState) -> list[Message]:
        """Record "weet ik niet" (UNKNOWN) or "wil ik niet zeggen" (DECLINED); ANSWERED is for
        set_answer. For a repeat group its instances are kept, only not used."""
        question = self._question_for(key)
        if state == AnswerState.ANSWERED:
            raise InterviewError("use set_answer to record a value")
        if question.type == QuestionType.REPEAT_GROUP:
            previous = self._answers.get(key)
            self._change(key, Answer(previous.value if previous else None, state))
        else:
            self._change(key, Answer(None, state))
        return []

    def clear(self, key: str) -> None:
        question = self._question_for(key)
        if question.type == QuestionType.REPEAT_GROUP:
            raise InterviewError("remove the instances of a repeat group one by one")
        if self._answers.pop(key, None) is not None:
            self._evaluation = None

    def answer(self, key: str) -> Answer | None:
        """What was recorded, as typed, whether or not it applies or is valid."""
        return self._answers.get(key)

    # -- repeat groups -----------------------------------------------------------------------
    def instances(self, group: str) -> list[int]:
        self._group(group)
        return group_instances(self._answers.get(group))

    def can_add_instance(self, group: str) -> bool:
        limit = self._group(group).max_items
        return limit is None or len(self.instances(group)) < limit

    def add_instance(self, group: str) -> int:
        """Add one instance (e.g. one more suspect) and return its number."""
        if not self.can_add_instance(group):
            raise InterviewError(f"'{group}' already has its maximum number of entries")
        numbers, next_number = self._bookkeeping(group)
        self._change(group, Answer({"instances": [*numbers, next_number], "next": next_number + 1}))
        return next_number

    def remove_instance(self, group: str, number: int) -> list[str]:
        """Remove one instance and its answers; returns the removed keys (for the store)."""
        numbers, next_number = self._bookkeeping(group)
        if number not in numbers:
            raise InterviewError(f"'{group}' has no entry {number}")
        prefix = f"{group}#{number}."
        removed = [key for key in self._answers if key.startswith(prefix)]
        for key in removed:
            del self._answers[key]
        remaining = [n for n in numbers if n != number]
        self._change(group, Answer({"instances": remaining, "next": next_number}))
        return removed

    def _bookkeeping(self, group: str) -> tuple[list[int], int]:
        self._group(group)
        answer = self._answers.get(group)
        numbers = group_instances(answer)
        stored_next = (
            answer.value.get("next") if answer and isinstance(answer.value, dict) else None
        )
        floor = max(numbers, default=0) + 1
        next_number = (
            stored_next if isinstance(stored_next, int) and stored_next >= floor else floor
        )
        return numbers, next_number

    # -- what applies, what is wrong, what is left -------------------------------------------
    def applicable(self) -> list[Slot]:
        """The questions that apply now, in form order, each under its answer key."""
        return self._evaluated().slots

    def is_applicable(self, key: str) -> bool:
        return key in self._evaluated().by_key

    def messages(self, key: str | None = None) -> list[Message]:
        """Problems with answers that apply (all of them, or those of one key)."""
        found = self._evaluated().messages
        if key is not None:
            return list(found.get(key, ()))
        return [message for messages in found.values() for message in messages]

    def usable_value(self, key: str) -> Value:
        """The typed value as conditions, triage and letters see it (None: none counts)."""
        return self._evaluated().values.get(key)

    def usable_state(self, key: str) -> AnswerState | None:
        return self._evaluated().states.get(key)

    def is_done(self, slot: Slot) -> bool:
        evaluation = self._evaluated()
        state = evaluation.states.get(slot.key)
        if slot.question.type == QuestionType.REPEAT_GROUP:
            if state in (AnswerState.UNKNOWN, AnswerState.DECLINED):
                return True
            return bool(evaluation.instances.get(slot.key))
        return state is not None

    def open_questions(self) -> list[Slot]:
        """Questions that apply and have no valid answer, "weet ik niet" or "wil ik niet zeggen"."""
        return [slot for slot in self.applicable() if not self.is_done(slot)]

    def progress(self) -> list[SectionProgress]:
        counts = {section.id: [0, 0] for section in self.form.sections}
        for slot in self.applicable():
            tally = counts[slot.question.section]
            tally[1] += 1
            tally[0] += self.is_done(slot)
        return [SectionProgress(section, done, total) for section, (done, total) in counts.items()]

    def computed(self) -> dict[str, Value]:
        """The form's computed values (age at the incident, minor, age gap ...)."""
        return dict(self._evaluated().computed)

    def evaluation(self) -> Evaluation:
        return self._evaluated()

    def addressee(self) -> Addressee:
        """Who the questions speak to now: by who tells and the age now (R14)."""
        return self._evaluated().addressee

    def wording(self, slot: Slot, language: str = "nl") -> Text:
        """What the officer says for this question, to this person (address.py)."""
        return self._evaluated().wording(slot, language)

    def reader_address(self) -> Address:
        """ "je" or "u" for what the person takes home (the information sheet)."""
        addressee = self.addressee()
        return reader_address(addressee.reporter, addressee.victim_adult)

    def answers_document(self, series_matches: int = 0) -> dict[str, Any]:
        """The input of `intake-app triage` (docs/triage-contract.md); `series_matches`
        is the number of other intakes sharing an identifier (R7), counted by the app."""
        return answers_document(self, series_matches)

    # -- internals ---------------------------------------------------------------------------
    def _evaluated(self) -> Evaluation:
        if self._evaluation is None:
            self._evaluation = evaluate(self.form, self._answers, self.intake_date)
        return self._evaluation

    def _change(self, key: str, answer: Answer) -> None:
        self._answers[key] = answer
        self._unreadable.pop(key, None)
        self._evaluation = None

    def _group(self, group: str) -> Question:
        question = self.form.questions.get(group)
        if question is None or question.type != QuestionType.REPEAT_GROUP or question.group:
            raise InterviewError(f"'{group}' is not a repeat group of this form")
        return question

    def _question_for(self, key: str, *, require_instance: bool = True) -> Question:
        parsed = AnswerKey.parse(key)
        question = self.form.questions.get(parsed.question)
        if question is None:
            raise InterviewError(f"'{key}': the form has no question '{parsed.question}'")
        if question.group != parsed.group:
            where = f"the repeat group '{question.group}'" if question.group else "no group"
            raise InterviewError(f"'{key}': '{parsed.question}' belongs to {where}")
        if (
            require_instance
            and parsed.group is not None
            and parsed.instance not in self.instances(parsed.group)
        ):
            raise InterviewError(f"'{key}': '{parsed.group}' has no entry {parsed.instance}")
        return question

    def _answerable(self, key: str) -> Question:
        question = self._question_for(key)
        if question.type == QuestionType.REPEAT_GROUP:
            raise InterviewError(f"'{key}' is a repeat group; use add_instance / remove_instance")
        return question
