"""Finding questions no interview can reach, for `intake-app forms check`.

Conditions can contradict each other in ways no simple rule spots (`x == 'yes' and x == 'no'`,
or a question behind another that never applies). This module plays many sample interviews
through the real engine, with answers drawn from each question's own options and from ages and
dates around the boundaries that matter (12, 18, 7 days, ...), and reports questions that never
applied. The draw is seeded, so the result is the same on every run; it is a search, not a
proof, so a report says "never applied in N sample interviews".
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from intake_app.forms.model import Form, Question
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import Answer, AnswerState, JsonValue, instance_key
from intake_app.interview.evaluation import evaluate

SAMPLE_DATE = date(2026, 1, 15)
SAMPLE_AGES = (0, 5, 10, 11, 12, 13, 15, 16, 17, 18, 19, 25, 40, 70, 120)
SAMPLE_DAYS_BACK = (0, 1, 2, 3, 6, 7, 8, 30, 400, 2_000, 4_500, 6_000, 7_000, 10_000, 30_000)
MAX_INSTANCES = 3
DEFAULT_WALKS = 2_000


def _value(question: Question, rng: random.Random) -> JsonValue:
    match question.type:
        case QuestionType.YES_NO:
            return rng.choice(["yes", "no"])
        case QuestionType.SINGLE_CHOICE:
            return rng.choice(question.options)
        case QuestionType.MULTIPLE_CHOICE:
            chosen = [option for option in question.options if rng.random() < 0.35]
            return chosen or [rng.choice(question.options)]
        case QuestionType.AGE:
            return rng.choice(
                [age for age in SAMPLE_AGES if question.min_value <= age <= question.max_value]
                or [question.min_value]
            )
        case QuestionType.DATE:
            return (SAMPLE_DATE - timedelta(days=rng.choice(SAMPLE_DAYS_BACK))).isoformat()
        case QuestionType.IDENTIFIER_LIST:
            return [{"kind": "url", "value": "https://voorbeeld.invalid/"}]
    return "tekst"


def _answer(question: Question, rng: random.Random) -> Answer | None:
    draw = rng.random()
    if draw < 0.1:
        return None
    if draw < 0.18:
        return Answer(None, AnswerState.UNKNOWN)
    if draw < 0.23:
        return Answer(None, AnswerState.DECLINED)
    return Answer(_value(question, rng))


def sample_answers(form: Form, rng: random.Random) -> dict[str, Answer]:
    """Answers to every question (some unknown, declined or left open), up to 3 per group."""
    answers: dict[str, Answer] = {}
    for question in form.walk():
        if question.group is not None:
            continue
        if question.type == QuestionType.REPEAT_GROUP:
            count = rng.randint(0, min(MAX_INSTANCES, question.max_items or MAX_INSTANCES))
            numbers = list(range(1, count + 1))
            answers[question.id] = Answer({"instances": numbers, "next": count + 1})
            for number in numbers:
                for inner in question.questions:
                    answer = _answer(inner, rng)
                    if answer is not None:
                        answers[instance_key(question.id, number, inner.id)] = answer
            continue
        answer = _answer(question, rng)
        if answer is not None:
            answers[question.id] = answer
    return answers


def unreachable_questions(form: Form, walks: int = DEFAULT_WALKS, seed: int = 4) -> list[Question]:
    """Questions that applied in none of `walks` sample interviews, in form order."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible search, not security
    waiting = {question.id for question in form.walk()}
    for _ in range(walks):
        slots = evaluate(form, sample_answers(form, rng), SAMPLE_DATE).slots
        waiting -= {slot.question.id for slot in slots}
        if not waiting:
            break
    return [question for question in form.walk() if question.id in waiting]
