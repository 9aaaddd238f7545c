"""Decisions per second for a realistic answers document, against parsing it alone.

The baseline is `json.loads` plus pydantic validation of the same document (what any
contract-checking tool must do); the figure is the whole command path (parse, decide,
serialise) as a ratio of that, and the time of `decide` alone per decision.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

from benchmarks.figures import Figure, figure, median
from intake_app.forms.policy import load_policy
from intake_app.triage.contract import TriageInput, parse_answers, parse_answers_json, to_document
from intake_app.triage.decide import decide

ROUNDS = 7
LOOPS = 2000

# A 15-year-old, months of sextortion by an adult and a peer, a deadline, a recent meeting;
# every key of contract version 2.
DOCUMENT = json.dumps(
    {
        "intake_date": "2026-11-23",
        "victim": {"date_of_birth": "2011-03-02", "age_years": 15, "age_estimate": None},
        "reporter": "victim",
        "guardian_safe_to_involve": "yes",
        "incident": {
            "first_date": "2026-06-14",
            "kinds": ["sextortion", "grooming", "physical_assault"],
            "physical_last_date": "2026-11-20",
        },
        "suspects": [
            {
                "age_years": 34,
                "age_estimate": "adult",
                "lives_with_victim": "no",
                "has_access": "yes",
                "family": "no",
            },
            {"age_years": None, "age_estimate": "minor", "lives_with_victim": "unknown"},
        ],
        "coercion": {
            "pressure_or_force": "yes",
            "financial_demand": "declined",
            "threat_to_publish": "yes",
            "deadline_within_48h": "yes",
        },
        "safety": {"in_danger_now": "no", "self_harm_thoughts": "unknown", "threat_ongoing": "yes"},
        "victim_made_or_shared_material": "yes",
        "material_of_others": "yes",
        "wants_offender_informed": "unknown",
        "restorative_interest": "yes",
        "report_wish": "not",
        "series_matches": 1,
        "age_gap_override": None,
        "interview_version": "2026.11",
    }
)


def _seconds_per_call(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(LOOPS):
        action()
    return (time.perf_counter() - started) / LOOPS


def run() -> Iterator[Figure]:
    policy = load_policy()
    answers = parse_answers_json(DOCUMENT)

    def baseline() -> object:
        return TriageInput.model_validate(json.loads(DOCUMENT))

    def decide_only() -> object:
        return decide(answers, policy)

    def whole_command() -> object:
        return json.dumps(to_document(decide(parse_answers(json.loads(DOCUMENT)), policy)))

    for action in (baseline, decide_only, whole_command):  # warm caches and imports
        _seconds_per_call(action)
    parse, rules, whole = [], [], []
    for _ in range(ROUNDS):  # interleaved, so drift on the machine hits all alike
        parse.append(_seconds_per_call(baseline))
        rules.append(_seconds_per_call(decide_only))
        whole.append(_seconds_per_call(whole_command))
    yield figure(
        "triage_decisions",
        unit="us",
        rounds=ROUNDS,
        loops=LOOPS,
        decide_us_median=round(median(rules) * 1e6, 1),
        whole_command_us_median=round(median(whole) * 1e6, 1),
        baseline_parse_us_median=round(median(parse) * 1e6, 1),
        decisions_per_second=round(1 / median(whole)),
        ratio_whole_to_parse=round(median(whole) / median(parse), 2),
        target_us_below=1000,
    )
