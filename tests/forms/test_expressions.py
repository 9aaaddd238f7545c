from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    render,
)
from intake_app.forms.expressions import (
    ExpressionError,
    Value,
    compile_expression,
    years_between,
)
from tests.forms.expression_helpers import DictScope, symbols

INTAKE = date(2026, 11, 23)


def evaluate(text: str, scope: DictScope) -> object:
    return compile_expression(text, symbols(), expect=None).evaluate(scope)


def victim_scope(**values: Value) -> DictScope:
    return DictScope({"intake_date": INTAKE, **values})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("safe_now == 'yes'", True),
        ("safe_now != 'yes'", False),
        ("'rape' in kinds and not ('other' in kinds)", True),
        ("'other' not in kinds", True),
        ("contact in ['phone', 'email']", False),  # unanswered: never "in"
        ("years_between(birth, first_date)", 15),
        ("years_between(birth, intake_date) < 18", True),
        ("days_between(first_date, intake_date)", 207),
        ("coalesce(victim_age, years_between(birth, intake_date))", 16),
        ("victim_age < 18", False),  # no value: ordering comparisons are false (R4 needs a value)
        ("victim_age + 1", None),
        ("known(victim_age) or answered(safe_now)", True),
        ("3 - -2 + 1", 6),
        ("abs(3 - 10)", 7),
        ("abs(victim_age)", None),
    ],
)
def test_expressions_give_the_documented_values(text: str, expected: object) -> None:
    scope = victim_scope(
        safe_now="yes", kinds=["rape"], birth=date(2010, 5, 1), first_date=date(2026, 4, 30)
    )

    assert evaluate(text, scope) == expected


def test_group_functions_see_each_instance_of_the_repeat_group() -> None:
    scope = victim_scope(birth=date(2011, 3, 2), first_date=date(2026, 9, 1))
    scope.groups = {
        "suspects": [
            DictScope({"age_years": 34, "family": "no"}, parent=scope),
            DictScope({"family": "yes"}, parent=scope),
        ]
    }
    gap = "any(suspects, age_years - years_between(birth, first_date) > 3)"  # R5

    assert evaluate(gap, scope) is True
    assert evaluate("all(suspects, family == 'no')", scope) is False
    assert evaluate("max(suspects, age_years)", scope) == 34
    assert evaluate("min(suspects, age_years)", scope) == 34
    assert evaluate("count(suspects)", scope) == 2
    assert evaluate("policy.age_gap.more_than_slight_years", scope) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nope == 1", "unknown question or value 'nope'; did you mean 'note'?"),
        ("safe_now == 'maybe'", "'safe_now' has no option 'maybe'"),
        ("safe_now == 'unknown'", "use unknown(safe_now)"),
        ("'abuse' in kinds", "'kinds' has no option 'abuse'"),
        ("contact in ['phone', 'fax']", "'contact' has no option 'fax'"),
        ("age_years > 3", "belongs to the repeat group 'suspects'"),
        ("suspects", "is a repeat group"),
        ("birth < 3", "compares a date with a number"),
        ("victim_age", "must be a yes/no condition"),
        ("safe_now and true", "each side of 'and' must be a yes/no condition"),
        ("frobnicate(1)", "unknown function 'frobnicate'"),
        ("answered(1)", "answered() needs a question id"),
        ("years_between(birth)", "takes 2 argument(s), not 1"),
        ("any(kinds, true)", "must be a repeat group"),
        ("a < b < c", "unexpected '<'"),
        ("(safe_now == 'yes'", "ends too early"),
        ("safe_now = 'yes'", "unexpected character '='"),
        ("", "empty"),
        ("not " * 5000 + "true", "nested too deeply"),
        (" and ".join(["true"] * 61), "nested too deeply (over 60 levels)"),
        ("__import__('os')", "unknown function '__import__'"),
    ],
)
def test_mistakes_are_refused_when_the_form_loads(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text, symbols())

    assert message in str(caught.value)


# -- properties --------------------------------------------------------------------------------

NAMES = st.sampled_from(["safe_now", "kinds", "victim_age", "birth", "x_1", "policy.acute.days"])
LEAVES = st.one_of(
    st.builds(Constant, st.booleans()),
    st.builds(Constant, st.integers(min_value=0, max_value=10**9)),
    st.builds(Constant, st.text(st.characters(blacklist_characters="'\"\n"), max_size=8)),
    st.builds(Name, NAMES),
)


def _trees(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    pair = st.tuples(children, children)
    return st.one_of(
        st.builds(Not, children),
        st.builds(Negate, children),
        pair.map(lambda p: BoolOp("and", *p)),
        pair.map(lambda p: BoolOp("or", *p)),
        st.builds(Compare, st.sampled_from(["==", "!=", "<", "<=", ">", ">="]), children, children),
        st.builds(Membership, st.booleans(), children, children),
        st.builds(Arithmetic, st.sampled_from(["+", "-"]), children, children),
        st.builds(ListOf, st.lists(children, max_size=3).map(tuple)),
        st.builds(
            Call, st.sampled_from(["any", "count", "f"]), st.lists(children, max_size=3).map(tuple)
        ),
    )


EXPRESSIONS = st.recursive(LEAVES, _trees, max_leaves=12)


@given(EXPRESSIONS)
def test_rendering_and_parsing_round_trip(expr: Expr) -> None:
    assert parse(render(expr)) == expr


@given(st.text(alphabet=st.sampled_from(list("ab_() '[],=<>!-+19.andortin")), max_size=30))
def test_any_text_either_parses_or_gives_a_syntax_error(text: str) -> None:
    with contextlib.suppress(ExpressionSyntaxError):
        parse(text)


CONDITIONS = st.recursive(
    st.sampled_from(
        [
            "safe_now == 'yes'",
            "safe_now != 'no'",
            "'rape' in kinds",
            "'other' not in kinds",
            "contact in ['phone']",
            "victim_age < 18",
            "victim_age + 1 >= 12",
            "years_between(birth, intake_date) < 18",
            "days_between(first_date, intake_date) <= 7",
            "answered(note)",
            "unknown(safe_now)",
            "declined(victim_age)",
            "known(coalesce(victim_age, years_between(birth, first_date)))",
            "any(suspects, age_years > victim_age)",
            "all(suspects, family == 'yes')",
            "max(suspects, age_years) > 3",
            "count(suspects) > 1",
            "count(kinds) == 2",
        ]
    ),
    lambda inner: st.one_of(
        inner.map(lambda c: f"not ({c})"),
        st.tuples(inner, inner).map(lambda p: f"({p[0]}) and ({p[1]})"),
        st.tuples(inner, inner).map(lambda p: f"({p[0]}) or ({p[1]})"),
    ),
    max_leaves=6,
)
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-200, max_value=200),
    st.sampled_from(["yes", "no", "phone", "rape", ""]),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.lists(st.sampled_from(["rape", "other", "sextortion"]), max_size=3),
)
SCOPE_NAMES = ["safe_now", "kinds", "contact", "victim_age", "birth", "first_date", "note"]


@st.composite
def scopes(draw: st.DrawFn) -> DictScope:
    values = {name: draw(ANY_VALUE) for name in SCOPE_NAMES}
    states = {name: draw(st.sampled_from(["answered", "unknown", "declined"])) for name in values}
    scope = DictScope({**values, "intake_date": INTAKE}, states)
    members = draw(st.lists(st.tuples(ANY_VALUE, ANY_VALUE), max_size=3))
    scope.groups = {
        "suspects": [DictScope({"age_years": a, "family": f}, parent=scope) for a, f in members]
    }
    return scope


@given(CONDITIONS, scopes())
def test_conditions_never_fail_whatever_the_answers(text: str, scope: DictScope) -> None:
    # Type mismatches and missing answers give false or no value, never an exception.
    compiled = compile_expression(text, symbols())

    assert isinstance(compiled.evaluate(scope), bool)


@given(CONDITIONS, scopes())
def test_not_is_the_opposite_of_every_condition(text: str, scope: DictScope) -> None:
    positive = compile_expression(text, symbols()).evaluate(scope)
    negative = compile_expression(f"not ({text})", symbols()).evaluate(scope)

    assert positive is not negative


@given(st.sampled_from(["safe_now", "contact"]), scopes())
def test_not_equal_and_not_in_are_exact_opposites(name: str, scope: DictScope) -> None:
    option = "yes" if name == "safe_now" else "phone"
    eq = evaluate(f"{name} == '{option}'", scope)
    ne = evaluate(f"{name} != '{option}'", scope)
    inside = evaluate(f"{name} in ['{option}']", scope)
    outside = evaluate(f"{name} not in ['{option}']", scope)

    assert eq is not ne
    assert inside is not outside
    assert eq is inside


@given(st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6))
def test_arithmetic_and_ordering_agree_with_integers(a: int, b: int) -> None:
    scope = victim_scope(victim_age=a)
    literal = f"-{-b}" if b < 0 else str(b)

    assert evaluate(f"victim_age + {literal}", scope) == a + b
    assert evaluate(f"victim_age - {literal}", scope) == a - b
    assert evaluate(f"victim_age < {literal}", scope) is (a < b)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it: the birthday is 1 March
        return day.replace(year=day.year + years, month=3, day=1)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=60_000),
)
def test_years_between_counts_whole_years_as_an_age(born: date, days: int) -> None:
    # R4: the age at a date is the number of birthdays passed by then.
    later = born + timedelta(days=days)
    age = years_between(born, later)

    assert isinstance(age, int)
    assert _add_years(born, age) <= later < _add_years(born, age + 1)
