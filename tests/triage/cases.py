"""Shared helpers for the triage tables: a base answers document, changes by dotted path,
and one call that runs the whole contract (parse, decide, serialise).

All people here are fictional; dates are invented.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from intake_app.forms.policy import Policy, load_policy
from intake_app.triage.contract import Decision, parse_answers, to_document
from intake_app.triage.decide import decide
from intake_app.triage.reasons import Language

POLICY = load_policy()

# A 15-year-old and a 16-year-old peer, images shared, nothing aggravating: group B.
BASE: dict[str, Any] = {
    "intake_date": "2026-11-23",
    "victim": {"date_of_birth": "2011-03-02", "age_years": None},
    "incident": {"first_date": "2026-09-01", "kinds": ["image_abuse"], "physical_last_date": None},
    "suspects": [
        {"age_years": 16, "age_estimate": None, "lives_with_victim": "no", "family": "no"}
    ],
    "coercion": {
        "pressure_or_force": "no",
        "financial_demand": "no",
        "threat_to_publish": "no",
        "deadline_within_48h": "no",
    },
    "safety": {"in_danger_now": "no", "self_harm_thoughts": "no"},
    "victim_made_or_shared_material": "no",
    "wants_offender_informed": "no",
    "age_gap_override": None,
}

DELETE = object()  # as a value in `changes`: remove the key


def make(
    changes: Mapping[str, Any] | None = None, base: Mapping[str, Any] = BASE
) -> dict[str, Any]:
    """BASE with `changes` applied; keys are dotted paths ("suspects.0.age_years")."""
    document: dict[str, Any] = copy.deepcopy(dict(base))
    for path, value in (changes or {}).items():
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        elif value is DELETE:
            node.pop(last, None)
        else:
            node[last] = value
    return document


def run(
    document: Mapping[str, Any], policy: Policy = POLICY, language: Language = "nl"
) -> Decision:
    return decide(parse_answers(dict(document)), policy, language)


def output(document: Mapping[str, Any], policy: Policy = POLICY) -> dict[str, Any]:
    return to_document(run(document, policy))


def reason_ids(decision: Decision) -> set[tuple[str, str]]:
    """(rule id, message key) of every reason given."""
    return {(reason.rule, reason.key) for reason in decision.reasons}


@dataclass(frozen=True)
class Case:
    """One row of a rule's table: what changes from BASE, what the contract output must say,
    and which reasons (rule id, key) must be among those given."""

    name: str
    changes: Mapping[str, Any]
    expect: Mapping[str, Any]
    reasons: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    absent: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    @property
    def document(self) -> dict[str, Any]:
        return make(self.changes)


def case(
    name: str,
    changes: Mapping[str, Any],
    *,
    reasons: tuple[tuple[str, str], ...] = (),
    absent: tuple[tuple[str, str], ...] = (),
    **expect: Any,
) -> Case:
    return Case(name, changes, expect, frozenset(reasons), frozenset(absent))


def check(row: Case, policy: Policy = POLICY) -> None:
    decision = run(row.document, policy)
    document = to_document(decision)
    for key, value in row.expect.items():
        assert document[key] == value, f"{row.name}: {key} = {document[key]!r}, not {value!r}"
    given = reason_ids(decision)
    assert row.reasons <= given, f"{row.name}: missing reasons {sorted(row.reasons - given)}"
    assert not (row.absent & given), f"{row.name}: unexpected reasons {sorted(row.absent & given)}"
    assert decision.reasons, f"{row.name}: a decision without reasons"
