"""A small symbol table and dictionary-backed scope for testing expressions on their own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from intake_app.forms.expressions import (
    YES_NO_OPTIONS,
    Kind,
    Symbol,
    Symbols,
    Value,
)

QUESTIONS = {
    "safe_now": Symbol("safe_now", Kind.TEXT, YES_NO_OPTIONS),
    "kinds": Symbol("kinds", Kind.LIST, frozenset({"sextortion", "rape", "other"})),
    "contact": Symbol("contact", Kind.TEXT, frozenset({"phone", "email"})),
    "victim_age": Symbol("victim_age", Kind.NUMBER),
    "birth": Symbol("birth", Kind.DATE),
    "first_date": Symbol("first_date", Kind.DATE),
    "note": Symbol("note", Kind.TEXT),
    "suspects": Symbol("suspects", Kind.ANY, is_group=True),
    "age_years": Symbol("age_years", Kind.NUMBER, group="suspects"),
    "family": Symbol("family", Kind.TEXT, YES_NO_OPTIONS, group="suspects"),
}


def symbols() -> Symbols:
    return Symbols(questions=QUESTIONS, constants={"policy.age_gap.more_than_slight_years": 3})


@dataclass
class DictScope:
    values: Mapping[str, Value] = field(default_factory=dict)
    states: Mapping[str, str] = field(default_factory=dict)
    groups: Mapping[str, Sequence[DictScope]] = field(default_factory=dict)
    parent: DictScope | None = None

    def value(self, name: str) -> Value:
        if name in self.values:
            return self.values[name]
        return self.parent.value(name) if self.parent is not None else None

    def state(self, name: str) -> str | None:
        if name in self.states:
            return self.states[name]
        if self.parent is not None:
            return self.parent.state(name)
        return "answered" if self.values.get(name) is not None else None

    def instances(self, group: str) -> Sequence[DictScope]:
        return self.groups.get(group, ())
