"""Meaning of the expression language: names resolved, options checked, compiled to functions.

Everything a form author can get wrong (an unknown question, an option that does not exist, a
repeat-group question used outside its group, `'maybe'` compared with a yes/no question) is found
here, when the form loads, not during an interview.

Missing answers: a question that does not apply, is not answered yet, or was answered "weet ik
niet" / "wil ik niet zeggen" has no value. `x == v` and `v in x` are then false, `x != v` and
`v not in x` true, `<`, `>` ... false, arithmetic and date functions give no value. Use
`answered(x)`, `unknown(x)`, `declined(x)` to ask about the state itself.
"""

from __future__ import annotations

import difflib
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from intake_app.forms.expression_syntax import (
    Arithmetic,
    BoolOp,
    Call,
    Compare,
    Constant,
    Expr,
    ExpressionSyntaxError,
    ListOf,
    Membership,
    Name,
    Negate,
    Not,
    parse,
)

Value = None | bool | int | str | date | list[Any]
INTAKE_DATE = "intake_date"


class ExpressionError(ValueError):
    """An expression that cannot be used in a form; the message says why, for the form author."""

    code = "forms.expression"


class Kind(StrEnum):
    """What kind of value an expression gives, as far as can be known when the form loads."""

    BOOL = "yes/no condition"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    LIST = "list"
    ANY = "value"


@dataclass(frozen=True)
class Symbol:
    """A question (or repeat group) as the expression language sees it."""

    name: str
    kind: Kind
    options: frozenset[str] | None = None
    group: str | None = None  # the repeat group this question belongs to
    is_group: bool = False


@dataclass(frozen=True)
class Compiled:
    source: str
    kind: Kind
    evaluate: Callable[[Scope], Value]
    uses: frozenset[str]  # questions and groups read, also through computed values


@dataclass
class Symbols:
    """All names an expression of one form may use."""

    questions: Mapping[str, Symbol]
    constants: Mapping[str, int] = field(default_factory=dict)  # policy.* numbers
    computed: dict[str, Compiled] = field(default_factory=dict)


class Scope(Protocol):
    """The answers as one expression sees them (see intake_app/interview)."""

    def value(self, name: str) -> Value: ...

    def state(self, name: str) -> str | None: ...

    def instances(self, group: str) -> Sequence[Scope]: ...


YES_NO_OPTIONS = frozenset({"yes", "no"})
_ORDERING: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def is_true(value: Value) -> bool:
    return value is True


def _is_number(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _equal(left: Value, right: Value) -> bool:
    if left is None or right is None:
        return False
    return type(left) is type(right) and left == right


def _ordered(op: str, left: Value, right: Value) -> bool:
    if _is_number(left) and _is_number(right):
        return _ORDERING[op](left, right)
    if isinstance(left, date) and isinstance(right, date):
        return _ORDERING[op](left, right)
    return False


def years_between(start: Value, end: Value) -> Value:
    """Whole years from start to end, as an age is counted."""
    if not (isinstance(start, date) and isinstance(end, date)):
        return None
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return years


def days_between(start: Value, end: Value) -> Value:
    if not (isinstance(start, date) and isinstance(end, date)):
        return None
    return (end - start).days


@dataclass(frozen=True)
class _Context:
    symbols: Symbols
    group: str | None  # inside any(GROUP, ...) or a question of GROUP


class _Compiler:
    def __init__(self, context: _Context) -> None:
        self.context = context
        self.uses: set[str] = set()

    def fail(self, message: str) -> ExpressionError:
        return ExpressionError(message)

    # -- names -------------------------------------------------------------------------------
    def question(self, expr: Expr, purpose: str) -> Symbol:
        if not isinstance(expr, Name):
            raise self.fail(f"{purpose} needs a question id, not an expression")
        symbol = self.context.symbols.questions.get(expr.name)
        if symbol is None:
            raise self.fail(self.unknown_name(expr.name))
        self.check_reachable(symbol)
        self.uses.add(symbol.name)
        return symbol

    def check_reachable(self, symbol: Symbol) -> None:
        if symbol.group is not None and symbol.group != self.context.group:
            raise self.fail(
                f"'{symbol.name}' belongs to the repeat group '{symbol.group}'; "
                f"use it inside any({symbol.group}, ...), all(...), max(...) or min(...)"
            )

    def unknown_name(self, name: str) -> str:
        symbols = self.context.symbols
        known = [*symbols.questions, *symbols.computed, *symbols.constants, INTAKE_DATE]
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"unknown question or value '{name}'{hint}"

    def name(self, expr: Name) -> tuple[Kind, Callable[[Scope], Value], Symbol | None]:
        symbols = self.context.symbols
        name = expr.name
        if name in symbols.constants:
            constant = symbols.constants[name]
            return Kind.NUMBER, lambda _scope: constant, None
        if name == INTAKE_DATE:
            return Kind.DATE, lambda scope: scope.value(INTAKE_DATE), None
        if name in symbols.computed:
            computed = symbols.computed[name]
            self.uses |= computed.uses
            return computed.kind, lambda scope: scope.value(name), None
        symbol = symbols.questions.get(name)
        if symbol is None:
            raise self.fail(self.unknown_name(name))
        if symbol.is_group:
            raise self.fail(
                f"'{name}' is a repeat group; use count({name}) or any({name}, condition)"
            )
        self.check_reachable(symbol)
        self.uses.add(name)
        return symbol.kind, lambda scope: scope.value(name), symbol

    # -- checks on literal options -----------------------------------------------------------
    def check_option(self, symbol: Symbol | None, literal: Expr) -> None:
        if symbol is None or symbol.options is None:
            return
        if not (isinstance(literal, Constant) and isinstance(literal.value, str)):
            return
        if literal.value in symbol.options:
            return
        if symbol.options == YES_NO_OPTIONS and literal.value in {"unknown", "declined"}:
            raise self.fail(
                f"'{symbol.name}' has no value '{literal.value}'; "
                f"use {literal.value}({symbol.name}) for that state"
            )
        choices = ", ".join(sorted(symbol.options))
        raise self.fail(f"'{symbol.name}' has no option '{literal.value}' (options: {choices})")

    def expect(self, kind: Kind, wanted: Kind, what: str) -> None:
        if Kind.ANY not in (kind, wanted) and kind != wanted:
            raise self.fail(f"{what} must be a {wanted.value}, not a {kind.value}")

    # -- the tree ----------------------------------------------------------------------------
    def compile(self, expr: Expr) -> tuple[Kind, Callable[[Scope], Value], Symbol | None]:
        """Kind, function and, for a bare question name, its symbol (for option checks)."""
        match expr:
            case Constant(value=bool() as flag):
                return Kind.BOOL, lambda _scope: flag, None
            case Constant(value=int() as number):
                return Kind.NUMBER, lambda _scope: number, None
            case Constant(value=str() as text):
                return Kind.TEXT, lambda _scope: text, None
            case Name():
                return self.name(expr)
            case ListOf(items=items):
                return self.list_of(items)
            case Not(operand=operand):
                kind, inner, _ = self.compile(operand)
                self.expect(kind, Kind.BOOL, "what follows 'not'")
                return Kind.BOOL, lambda scope: not is_true(inner(scope)), None
            case BoolOp(op=op, left=left, right=right):
                return self.bool_op(op, left, right)
            case Compare(op=op, left=left, right=right):
                return self.compare(op, left, right)
            case Membership(negated=negated, item=item, container=container):
                return self.membership(negated, item, container)
            case Arithmetic(op=op, left=left, right=right):
                return self.arithmetic(op, left, right)
            case Negate(operand=operand):
                kind, inner, _ = self.compile(operand)
                self.expect(kind, Kind.NUMBER, "what follows '-'")

                def negate(scope: Scope) -> Value:
                    value = inner(scope)
                    return -value if _is_number(value) else None  # type: ignore[operator]

                return Kind.NUMBER, negate, None
            case Call(function=function, args=args):
                return self.call(function, args)
        raise AssertionError(f"unhandled expression {expr!r}")  # pragma: no cover

    def list_of(self, items: tuple[Expr, ...]) -> tuple[Kind, Callable[[Scope], Value], None]:
        parts = [self.compile(item)[1] for item in items]
        return Kind.LIST, lambda scope: [part(scope) for part in parts], None

    def bool_op(
        self, op: str, left: Expr, right: Expr
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        left_kind, first, _ = self.compile(left)
        right_kind, second, _ = self.compile(right)
        self.expect(left_kind, Kind.BOOL, f"each side of '{op}'")
        self.expect(right_kind, Kind.BOOL, f"each side of '{op}'")
        if op == "and":
            return Kind.BOOL, lambda scope: is_true(first(scope)) and is_true(second(scope)), None
        return Kind.BOOL, lambda scope: is_true(first(scope)) or is_true(second(scope)), None

    def compare(
        self, op: str, left: Expr, right: Expr
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        left_kind, first, left_symbol = self.compile(left)
        right_kind, second, right_symbol = self.compile(right)
        self.check_option(left_symbol, right)
        self.check_option(right_symbol, left)
        if Kind.ANY not in (left_kind, right_kind) and left_kind != right_kind:
            raise self.fail(
                f"'{op}' compares a {left_kind.value} with a {right_kind.value}; "
                "both sides must be of the same kind"
            )
        if op == "==":
            return Kind.BOOL, lambda scope: _equal(first(scope), second(scope)), None
        if op == "!=":
            return Kind.BOOL, lambda scope: not _equal(first(scope), second(scope)), None
        for kind in (left_kind, right_kind):
            if kind not in (Kind.NUMBER, Kind.DATE, Kind.ANY):
                raise self.fail(f"'{op}' needs numbers or dates, not a {kind.value}")
        return Kind.BOOL, lambda scope: _ordered(op, first(scope), second(scope)), None

    def membership(
        self, negated: bool, item: Expr, container: Expr
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        _, element, item_symbol = self.compile(item)
        container_kind, collection, container_symbol = self.compile(container)
        self.expect(container_kind, Kind.LIST, "what follows 'in'")
        self.check_option(container_symbol, item)
        if isinstance(container, ListOf):
            for literal in container.items:
                self.check_option(item_symbol, literal)

        def contained(scope: Scope) -> bool:
            value = element(scope)
            values = collection(scope)
            return value is not None and isinstance(values, list) and value in values

        if negated:
            return Kind.BOOL, lambda scope: not contained(scope), None
        return Kind.BOOL, contained, None

    def arithmetic(
        self, op: str, left: Expr, right: Expr
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        left_kind, first, _ = self.compile(left)
        right_kind, second, _ = self.compile(right)
        self.expect(left_kind, Kind.NUMBER, f"each side of '{op}'")
        self.expect(right_kind, Kind.NUMBER, f"each side of '{op}'")
        sign = 1 if op == "+" else -1

        def calculate(scope: Scope) -> Value:
            a, b = first(scope), second(scope)
            if _is_number(a) and _is_number(b):
                return a + sign * b  # type: ignore[operator]
            return None

        return Kind.NUMBER, calculate, None

    # -- functions ---------------------------------------------------------------------------
    def arity(self, function: str, args: tuple[Expr, ...], low: int, high: int) -> None:
        if not low <= len(args) <= high:
            wanted = str(low) if low == high else f"{low} or more" if high > 99 else f"{low}-{high}"
            raise self.fail(f"{function}() takes {wanted} argument(s), not {len(args)}")

    def call(
        self, function: str, args: tuple[Expr, ...]
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        if function in ("answered", "unknown", "declined"):
            self.arity(function, args, 1, 1)
            symbol = self.question(args[0], f"{function}()")
            if symbol.is_group:
                raise self.fail(f"{function}() needs a question, and '{symbol.name}' is a group")
            state = function
            name = symbol.name
            return Kind.BOOL, lambda scope: scope.state(name) == state, None
        if function == "known":
            self.arity(function, args, 1, 1)
            inner = self.compile(args[0])[1]
            return Kind.BOOL, lambda scope: inner(scope) is not None, None
        if function == "coalesce":
            return self.coalesce(args)
        if function == "abs":
            self.arity(function, args, 1, 1)
            kind, inner, _ = self.compile(args[0])
            self.expect(kind, Kind.NUMBER, "the argument of abs()")

            def absolute(scope: Scope) -> Value:
                value = inner(scope)
                return abs(value) if _is_number(value) else None  # type: ignore[arg-type]

            return Kind.NUMBER, absolute, None
        if function in ("years_between", "days_between"):
            self.arity(function, args, 2, 2)
            start_kind, start, _ = self.compile(args[0])
            end_kind, end, _ = self.compile(args[1])
            self.expect(start_kind, Kind.DATE, f"the first argument of {function}()")
            self.expect(end_kind, Kind.DATE, f"the second argument of {function}()")
            between = years_between if function == "years_between" else days_between
            return Kind.NUMBER, lambda scope: between(start(scope), end(scope)), None
        if function == "count":
            return self.count(args)
        if function in ("any", "all", "max", "min"):
            return self.over_group(function, args)
        known = "answered, unknown, declined, known, coalesce, abs, years_between, days_between, "
        raise self.fail(f"unknown function '{function}' (known: {known}count, any, all, max, min)")

    def coalesce(self, args: tuple[Expr, ...]) -> tuple[Kind, Callable[[Scope], Value], None]:
        self.arity("coalesce", args, 1, 1000)
        compiled = [self.compile(arg) for arg in args]
        kinds = {kind for kind, _, _ in compiled} - {Kind.ANY}
        if len(kinds) > 1:
            raise self.fail("coalesce() needs arguments of one kind")
        parts = [part for _, part, _ in compiled]

        def first_known(scope: Scope) -> Value:
            for part in parts:
                value = part(scope)
                if value is not None:
                    return value
            return None

        return (kinds.pop() if kinds else Kind.ANY), first_known, None

    def count(self, args: tuple[Expr, ...]) -> tuple[Kind, Callable[[Scope], Value], None]:
        self.arity("count", args, 1, 1)
        target = args[0]
        if isinstance(target, Name):
            symbol = self.context.symbols.questions.get(target.name)
            if symbol is not None and symbol.is_group:
                self.uses.add(symbol.name)
                group = symbol.name
                return Kind.NUMBER, lambda scope: len(scope.instances(group)), None
        kind, inner, _ = self.compile(target)
        self.expect(kind, Kind.LIST, "count() of a value")

        def length(scope: Scope) -> Value:
            value = inner(scope)
            return len(value) if isinstance(value, list) else None

        return Kind.NUMBER, length, None

    def over_group(
        self, function: str, args: tuple[Expr, ...]
    ) -> tuple[Kind, Callable[[Scope], Value], None]:
        self.arity(function, args, 2, 2)
        target = args[0]
        symbol = (
            self.context.symbols.questions.get(target.name) if isinstance(target, Name) else None
        )
        if symbol is None or not symbol.is_group:
            raise self.fail(f"the first argument of {function}() must be a repeat group")
        if self.context.group is not None:
            raise self.fail(f"{function}() cannot be used inside a repeat group")
        group = symbol.name
        inner_compiler = _Compiler(_Context(self.context.symbols, group))
        kind, inner, _ = inner_compiler.compile(args[1])
        self.uses |= inner_compiler.uses | {group}
        if function in ("any", "all"):
            self.expect(kind, Kind.BOOL, f"the condition of {function}()")
            test = any if function == "any" else all
            return (
                Kind.BOOL,
                lambda scope: test(is_true(inner(each)) for each in scope.instances(group)),
                None,
            )
        if kind not in (Kind.NUMBER, Kind.DATE, Kind.ANY):
            raise self.fail(f"{function}() needs numbers or dates, not a {kind.value}")
        pick = max if function == "max" else min

        def extreme(scope: Scope) -> Value:
            values = [inner(each) for each in scope.instances(group)]
            present = [value for value in values if _is_number(value) or isinstance(value, date)]
            if not present or len({type(value) for value in present}) > 1:
                return None
            return pick(present)  # type: ignore[type-var]

        return kind, extreme, None


def compile_expression(
    text: str, symbols: Symbols, *, group: str | None = None, expect: Kind | None = Kind.BOOL
) -> Compiled:
    """Parse and compile one expression; ExpressionError says what is wrong."""
    try:
        tree = parse(text)
    except ExpressionSyntaxError as exc:
        raise ExpressionError(str(exc)) from exc
    compiler = _Compiler(_Context(symbols, group))
    kind, evaluate, _ = compiler.compile(tree)
    if expect is not None and Kind.ANY not in (kind, expect) and kind != expect:
        raise ExpressionError(f"this must be a {expect.value}, but it gives a {kind.value}")
    return Compiled(source=text, kind=kind, evaluate=evaluate, uses=frozenset(compiler.uses))
