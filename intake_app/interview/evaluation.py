"""One pass over the form: which questions apply, which answers count, what is wrong.

The pass walks the form in order. A question may only depend on answers given before it (the
loader enforces that), so each condition is decided once, against answers that themselves apply
and are valid. Answers to questions that do not apply are kept in the interview but are invisible
here: they influence no condition, no triage and no letter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from intake_app.forms.address import (
    REPORTER_QUESTION,
    VICTIM,
    Address,
    Addressee,
    addressee_for,
)
from intake_app.forms.expressions import INTAKE_DATE, Value, is_true
from intake_app.forms.model import Form, Question, Text
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import Answer, AnswerState, instance_key
from intake_app.interview.validation import Message, check_message, validate


def group_instances(answer: Answer | None) -> list[int]:
    """The live instance numbers kept in a repeat group's own answer."""
    if answer is None or not isinstance(answer.value, dict):
        return []
    numbers = answer.value.get("instances")
    if not isinstance(numbers, list):
        return []
    return [n for n in numbers if isinstance(n, int) and not isinstance(n, bool) and n > 0]


@dataclass(frozen=True)
class Slot:
    """A question that applies now, under its answer key."""

    key: str
    question: Question
    instance: int | None = None  # the repeat-group instance, for a group's questions
    officer: bool = False  # the officer fills it in, or asks it of someone other than who tells


class _Scope:
    """Values and states visible to conditions: only answers that apply and are valid."""

    def __init__(self, parent: _TopScope | None = None) -> None:
        self.parent = parent
        self.values: dict[str, Value] = {}
        self.states: dict[str, str] = {}

    def value(self, name: str) -> Value:
        if name in self.values:
            return self.values[name]
        return self.parent.value(name) if self.parent is not None else None

    def state(self, name: str) -> str | None:
        if name in self.states:
            return self.states[name]
        return self.parent.state(name) if self.parent is not None else None

    def instances(self, group: str) -> Sequence[_Scope]:
        return self.parent.instances(group) if self.parent is not None else ()


class _TopScope(_Scope):
    def __init__(self, form: Form, intake_date: date) -> None:
        super().__init__()
        self.form = form
        self.values[INTAKE_DATE] = intake_date
        self.groups: dict[str, list[_Scope]] = {}
        self.memo: dict[str, Value] = {}

    def value(self, name: str) -> Value:
        if name in self.values:
            return self.values[name]
        computed = self.form.computed.get(name)
        if computed is None:
            return None
        if name not in self.memo:
            self.memo[name] = computed.evaluate(self)
        return self.memo[name]

    def instances(self, group: str) -> Sequence[_Scope]:
        return self.groups.get(group, ())


@dataclass
class Evaluation:
    """The state of an interview after one pass."""

    slots: list[Slot] = field(default_factory=list)
    by_key: dict[str, Slot] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)  # key: typed value, valid and applying
    states: dict[str, AnswerState] = field(default_factory=dict)  # key: state, valid and applying
    messages: dict[str, list[Message]] = field(default_factory=dict)
    instances: dict[str, list[int]] = field(default_factory=dict)  # group: applying instances
    computed: dict[str, Value] = field(default_factory=dict)
    addressee: Addressee = VICTIM  # who the questions speak to (address.py)

    def wording(self, slot: Slot, language: str) -> Text:
        """What the officer says for this slot, to this person, in `language`.

        A question the officer asks of a parent instead of the child telling (a young child's
        consent) speaks to that parent about the child.
        """
        addressee = self.addressee
        if slot.officer and slot.question.officer_when is not None:
            addressee = Addressee(Address.ABOUT_CHILD, "guardian", addressee.victim_adult)
        return slot.question.wording(language, addressee)


def evaluate(form: Form, answers: Mapping[str, Answer], intake_date: date) -> Evaluation:
    return _Pass(form, answers, intake_date).run()


class _Pass:
    def __init__(self, form: Form, answers: Mapping[str, Answer], intake_date: date) -> None:
        self.form = form
        self.answers = answers
        self.intake_date = intake_date
        self.top = _TopScope(form, intake_date)
        self.result = Evaluation()

    def run(self) -> Evaluation:
        for section in self.form.sections:
            section_applies = section.relevant is None or is_true(
                section.relevant.evaluate(self.top)
            )
            for question in section.questions:
                if question.type == QuestionType.REPEAT_GROUP:
                    self.group(question, section_applies)
                elif section_applies and self.applies(question, self.top):
                    self.visit(question.id, question, self.top, None)
        self.result.computed = {name: self.top.value(name) for name in self.form.computed}
        self.result.addressee = self.addressee()
        return self.result

    def addressee(self) -> Addressee:
        # R14: "je" to minors, "u" to adults, about the child when someone else tells. A form
        # without `adult_now` speaks to an adult.
        adult = "adult_now" not in self.form.computed or is_true(self.top.value("adult_now"))
        return addressee_for(self.result.values.get(REPORTER_QUESTION), adult)

    def officer(self, question: Question, scope: _Scope) -> bool:
        if question.officer:
            return True
        return question.officer_when is not None and is_true(question.officer_when.evaluate(scope))

    @staticmethod
    def applies(question: Question, scope: _Scope) -> bool:
        return question.relevant is None or is_true(question.relevant.evaluate(scope))

    def group(self, group: Question, section_applies: bool) -> None:
        scopes: list[_Scope] = []
        self.top.groups[group.id] = scopes
        if not (section_applies and self.applies(group, self.top)):
            return
        answer = self.answers.get(group.id)
        self.add_slot(Slot(group.id, group, officer=self.officer(group, self.top)))
        if answer is not None:
            self.result.states[group.id] = answer.state
        numbers = group_instances(answer) if answer and answer.state == AnswerState.ANSWERED else []
        self.result.instances[group.id] = numbers
        for number in numbers:
            scope = _Scope(self.top)
            scopes.append(scope)
            for question in group.questions:
                if self.applies(question, scope):
                    self.visit(instance_key(group.id, number, question.id), question, scope, number)

    def add_slot(self, slot: Slot) -> None:
        self.result.slots.append(slot)
        self.result.by_key[slot.key] = slot

    def visit(self, key: str, question: Question, scope: _Scope, instance: int | None) -> None:
        self.add_slot(Slot(key, question, instance, self.officer(question, scope)))
        answer = self.answers.get(key)
        if answer is None:
            return
        if answer.state != AnswerState.ANSWERED:
            scope.states[question.id] = answer.state.value
            self.result.states[key] = answer.state
            return
        value, problems = validate(question, key, answer.value, self.intake_date)
        if not problems:
            scope.values[question.id] = value
            for check in question.checks:
                if check.rule.evaluate(scope) is False:
                    problems.append(check_message(key, check.id, check.message))
            if problems:
                del scope.values[question.id]
                self.top.memo.clear()  # a computed value may have seen the refused value
        if problems:
            self.result.messages[key] = problems
            return
        scope.states[question.id] = AnswerState.ANSWERED.value
        self.result.values[key] = value
        self.result.states[key] = AnswerState.ANSWERED
