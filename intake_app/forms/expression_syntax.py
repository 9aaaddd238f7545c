"""The syntax of the form's expression language: grammar, syntax tree, and its canonical text.

Conditions (`relevant`), checks and computed values in forms/ are written in this small
language, e.g. `age_now < 18 and 'sextortion' in incident_kinds`. It is parsed with lark
(never Python's eval) into the frozen dataclasses below; intake_app/forms/expressions.py
resolves names and compiles the tree into plain functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal as TypingLiteral

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput

GRAMMAR = r"""
?start: expr

?expr: expr "or" and_expr          -> or_
     | and_expr
?and_expr: and_expr "and" not_expr -> and_
     | not_expr
?not_expr: "not" not_expr          -> not_
     | comparison
?comparison: sum COMPARE sum       -> compare
     | sum "in" sum                -> in_
     | sum "not" "in" sum          -> not_in
     | sum
?sum: sum "+" term                 -> add
    | sum "-" term                 -> sub
    | term
?term: "-" term                    -> neg
     | atom
?atom: INT                         -> integer
     | STRING                      -> string
     | "true"                      -> true
     | "false"                     -> false
     | NAME "(" [arguments] ")"    -> call
     | DOTTED_NAME                 -> name
     | NAME                        -> name
     | "[" [arguments] "]"         -> list_
     | "(" expr ")"
arguments: expr ("," expr)*

COMPARE: "==" | "!=" | "<=" | ">=" | "<" | ">"
INT: /[0-9]+/
STRING: /'[^'\n]*'/ | /"[^"\n]*"/
DOTTED_NAME.2: /[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+/
NAME: /[a-z_][a-z0-9_]*/

%import common.WS
%ignore WS
"""

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})
MAX_INTEGER = 10**9  # no form needs more; keeps arithmetic small and exact
MAX_DEPTH = 60  # far beyond any readable condition; keeps evaluation clear of Python's stack limit


class ExpressionSyntaxError(ValueError):
    """An expression that cannot be parsed; the message says where and what was expected."""

    code = "forms.expression_syntax"


@dataclass(frozen=True)
class Constant:
    value: bool | int | str


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class ListOf:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Not:
    operand: Expr


@dataclass(frozen=True)
class BoolOp:
    op: TypingLiteral["and", "or"]
    left: Expr
    right: Expr


CompareOp = TypingLiteral["==", "!=", "<", "<=", ">", ">="]


@dataclass(frozen=True)
class Compare:
    op: CompareOp
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Membership:
    negated: bool
    item: Expr
    container: Expr


@dataclass(frozen=True)
class Arithmetic:
    op: TypingLiteral["+", "-"]
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Negate:
    operand: Expr


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Expr, ...]


Expr = Constant | Name | ListOf | Not | BoolOp | Compare | Membership | Arithmetic | Negate | Call


@v_args(inline=True)
class _ToSyntaxTree(Transformer[Token, Expr]):
    def or_(self, left: Expr, right: Expr) -> Expr:
        return BoolOp("or", left, right)

    def and_(self, left: Expr, right: Expr) -> Expr:
        return BoolOp("and", left, right)

    def not_(self, operand: Expr) -> Expr:
        return Not(operand)

    def compare(self, left: Expr, op: Token, right: Expr) -> Expr:
        return Compare(str(op), left, right)  # type: ignore[arg-type]  # COMPARE allows only these

    def in_(self, item: Expr, container: Expr) -> Expr:
        return Membership(False, item, container)

    def not_in(self, item: Expr, container: Expr) -> Expr:
        return Membership(True, item, container)

    def add(self, left: Expr, right: Expr) -> Expr:
        return Arithmetic("+", left, right)

    def sub(self, left: Expr, right: Expr) -> Expr:
        return Arithmetic("-", left, right)

    def neg(self, operand: Expr) -> Expr:
        return Negate(operand)

    def integer(self, token: Token) -> Expr:
        value = int(token)
        if value > MAX_INTEGER:
            raise ExpressionSyntaxError(f"the number {token} is too large")
        return Constant(value)

    def string(self, token: Token) -> Expr:
        return Constant(str(token)[1:-1])

    def true(self) -> Expr:
        return Constant(True)

    def false(self) -> Expr:
        return Constant(False)

    def name(self, token: Token) -> Expr:
        if str(token) in KEYWORDS:
            raise ExpressionSyntaxError(f"'{token}' is a keyword, not a name")
        return Name(str(token))

    def call(self, function: Token, arguments: tuple[Expr, ...] | None) -> Expr:
        return Call(str(function), arguments or ())

    def list_(self, arguments: tuple[Expr, ...] | None) -> Expr:
        return ListOf(arguments or ())

    def arguments(self, *items: Expr) -> tuple[Expr, ...]:
        return items


@cache
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=True)


def parse(text: str) -> Expr:
    """Parse one expression; ExpressionSyntaxError says what is wrong and where."""
    if not text.strip():
        raise ExpressionSyntaxError("the expression is empty")
    try:
        tree = _parser().parse(text)
        result = _ToSyntaxTree().transform(tree)
    except RecursionError:
        raise ExpressionSyntaxError("the expression is nested too deeply") from None
    except UnexpectedEOF as exc:
        raise ExpressionSyntaxError(
            "the expression ends too early (a bracket not closed?)"
        ) from exc
    except UnexpectedCharacters as exc:
        raise ExpressionSyntaxError(
            f"unexpected character {text[exc.pos_in_stream or 0]!r} at column {exc.column}"
        ) from exc
    except UnexpectedInput as exc:
        found = getattr(exc, "token", None)
        if found is None or found.type == "$END":
            raise ExpressionSyntaxError("the expression ends too early") from exc
        what = f"unexpected {str(found)!r}"
        raise ExpressionSyntaxError(f"{what} at column {exc.column}") from exc
    except LarkError as exc:
        # A transformer callback raised (our own messages come wrapped in VisitError).
        cause = exc.__context__ or exc
        if isinstance(cause, ExpressionSyntaxError):
            raise cause from None
        raise ExpressionSyntaxError(str(cause)) from exc
    if depth(result) > MAX_DEPTH:
        raise ExpressionSyntaxError(
            f"the expression is nested too deeply (over {MAX_DEPTH} levels)"
        )
    return result


def _children(expr: Expr) -> tuple[Expr, ...]:
    match expr:
        case ListOf(items=items) | Call(args=items):
            return items
        case Not(operand=operand) | Negate(operand=operand):
            return (operand,)
        case BoolOp(left=left, right=right) | Compare(left=left, right=right):
            return (left, right)
        case Arithmetic(left=left, right=right):
            return (left, right)
        case Membership(item=item, container=container):
            return (item, container)
    return ()


def depth(expr: Expr) -> int:
    """How deeply the expression nests (a constant or name is 1); without recursion."""
    deepest = 0
    stack = [(expr, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in _children(node))
    return deepest


def render(expr: Expr) -> str:
    """The canonical text of an expression, fully bracketed: parse(render(e)) == e."""
    match expr:
        case Constant(value=bool() as flag):
            return "true" if flag else "false"
        case Constant(value=int() as number):
            return str(number) if number >= 0 else f"-{-number}"
        case Constant(value=str() as text):
            return f"'{text}'" if "'" not in text else f'"{text}"'
        case Name(name=name):
            return name
        case ListOf(items=items):
            return "[" + ", ".join(render(item) for item in items) + "]"
        case Not(operand=operand):
            return f"not ({render(operand)})"
        case BoolOp(op=op, left=left, right=right):
            return f"({render(left)}) {op} ({render(right)})"
        case Compare(op=op, left=left, right=right):
            return f"({render(left)}) {op} ({render(right)})"
        case Membership(negated=negated, item=item, container=container):
            keyword = "not in" if negated else "in"
            return f"({render(item)}) {keyword} ({render(container)})"
        case Arithmetic(op=op, left=left, right=right):
            return f"({render(left)}) {op} ({render(right)})"
        case Negate(operand=operand):
            return f"-({render(operand)})"
        case Call(function=function, args=args):
            return f"{function}(" + ", ".join(render(arg) for arg in args) + ")"
    raise AssertionError(f"unhandled expression {expr!r}")  # pragma: no cover
