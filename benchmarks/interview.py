"""Re-evaluating which questions apply after one answer, for the whole form with three suspects.

Baseline, in the same run: evaluating one trivial compiled condition of the form
(`extortion_deadline == 'yes'`) once per question that applies, against a plain dictionary:
the least work any engine must do per question.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from benchmarks.figures import Figure, figure, median
from intake_app.forms.expressions import Value
from intake_app.forms.loader import load_form
from intake_app.interview.session import Interview

BATCHES = 200
PER_BATCH = 20
INTAKE_DATE = date(2026, 11, 23)


def _interview() -> Interview:
    interview = Interview(load_form(), INTAKE_DATE)
    for key, value in {
        "safe_now": "yes",
        "extortion_deadline": "yes",
        "deadline_within_48h": "no",
        "victim_date_of_birth": "2010-05-01",
        "contact_safe_ways": ["phone", "email"],
        "guardian_safe_to_involve": "yes",
        "incident_kinds": ["sextortion", "image_abuse", "rape"],
        "incident_first_date": "2026-06-01",
        "incident_ongoing": "no",
        "incident_last_date": "2026-11-20",
        "financial_demand": "yes",
        "images_exist": "yes",
        "images_distributed": "yes",
        "physical_last_date": "2026-11-21",
        "restorative_interest": "yes",
        "age_gap_assessment": "slight",
    }.items():
        interview.set_answer(key, value)
    for age in (17, 34, 52):  # three suspects, every question answered
        number = interview.add_instance("suspects")
        suspect: dict[str, object] = {
            "known": "no",
            "description": "Fictief account",
            "age_years": age,
            "relation": "online_only",
            "family": "no",
            "lives_with_victim": "no",
            "has_access": "no",
            "identifiers": [{"kind": "handle", "value": "@fictief", "platform": "chat"}],
        }
        for question, answer in suspect.items():
            interview.set_answer(f"suspects#{number}.{question}", answer)
    return interview


class _DictScope:
    def __init__(self, values: dict[str, Value]) -> None:
        self.values = values

    def value(self, name: str) -> Value:
        return self.values.get(name)

    def state(self, name: str) -> str | None:
        return "answered" if name in self.values else None

    def instances(self, group: str) -> Sequence[_DictScope]:
        return ()


def _microseconds_per_call(action: Callable[[], object]) -> float:
    samples = []
    for _ in range(BATCHES):
        started = time.perf_counter_ns()
        for _ in range(PER_BATCH):
            action()
        samples.append((time.perf_counter_ns() - started) / PER_BATCH / 1000)
    return median(samples)


def run() -> Iterator[Figure]:
    interview = _interview()
    questions = len(interview.applicable())
    answers = iter(["yes", "no"] * (BATCHES * PER_BATCH))

    def answer_and_reevaluate() -> object:
        interview.set_answer("self_harm_thoughts", next(answers))
        return interview.applicable()

    trivial = interview.form.question("deadline_within_48h").relevant
    if trivial is None:
        raise RuntimeError("the form changed: deadline_within_48h has no condition")
    scope = _DictScope({"extortion_deadline": "yes"})

    def trivial_conditions() -> object:
        return [trivial.evaluate(scope) for _ in range(questions)]

    engine = _microseconds_per_call(answer_and_reevaluate)
    baseline = _microseconds_per_call(trivial_conditions)
    yield figure(
        "interview_applicability_after_one_answer",
        unit="us",
        questions_applying=questions,
        suspects=3,
        engine_median=round(engine, 2),
        trivial_conditions_median=round(baseline, 2),
        ratio=round(engine / baseline, 2),
    )
