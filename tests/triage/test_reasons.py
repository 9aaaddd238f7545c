"""Reason texts: both languages for every message with the same placeholders, every message
reached by some row of the tables, rule ids from DOMAIN.md, and no wording that blames."""

from __future__ import annotations

from collections import defaultdict

import pytest

from intake_app.triage.reasons import LANGUAGES, MESSAGES, TERMS, placeholders
from tests.triage.all_cases import ALL_CASES
from tests.triage.cases import run
from tests.triage.test_groups import POLICY_CASES, with_threshold


def given_reasons() -> dict[str, set[str]]:
    """message key -> the rule ids it was given with, over every table row."""
    seen: dict[str, set[str]] = defaultdict(set)
    rows = [(row, None) for row in ALL_CASES] + [(row, years) for years, row in POLICY_CASES]
    for row, years in rows:
        policy = with_threshold(years) if years is not None else None
        decision = run(row.document, policy) if policy else run(row.document)
        for reason in decision.reasons:
            seen[reason.key].add(reason.rule)
    return seen


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]

    assert set(texts) == set(LANGUAGES)
    assert placeholders(texts["nl"]) == placeholders(texts["en"])


def test_every_term_has_both_languages() -> None:
    for key, words in TERMS.items():
        assert set(words) == set(LANGUAGES), key


def test_every_message_is_reached_by_a_table_row_with_one_rule_id() -> None:
    seen = given_reasons()

    assert set(MESSAGES) - set(seen) == set()
    for key, rules in seen.items():
        assert len(rules) == 1, f"{key} is given with rules {rules}"
        assert rules <= {f"R{n}" for n in range(1, 15)}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_no_why_questions_or_blame(key: str) -> None:
    dutch = MESSAGES[key]["nl"].lower()

    for word in ("waarom", "had je", "had u", "schuld", "fout"):
        assert word not in dutch


def test_declined_is_never_pressed_and_says_what_the_officer_can_do() -> None:
    from tests.triage.cases import make

    declined = run(make({"safety.in_danger_now": "declined"}))
    unknown = run(make({"safety.in_danger_now": "unknown"}))

    said = {r.key: r.text for r in declined.reasons}["danger_not_known_declined"]
    plain = {r.key: r.text for r in unknown.reasons}["danger_not_known"]
    assert "Dring niet aan" in said and "TSM-frontoffice" in said
    assert "vraag" not in said.lower()
    assert "(" not in plain


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if k.endswith("_declined")))
def test_R12_reasons_after_declined_never_ask_again(key: str) -> None:
    assert "vraag" not in MESSAGES[key]["nl"].lower()
    assert " ask" not in MESSAGES[key]["en"].lower()


def test_open_questions_are_listed_in_plain_dutch() -> None:
    from tests.triage.cases import make

    decision = run(make({"coercion": {"pressure_or_force": "declined"}}))

    text = {r.key: r.text for r in decision.reasons}["b_but_not_known"]
    assert text.startswith(
        "Niet bekend: druk of dwang (antwoord: wil ik niet zeggen), dreigen met verspreiden "
        "en een eis om geld."
    )
