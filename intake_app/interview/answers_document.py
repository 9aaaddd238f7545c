"""The answers document of the headless triage contract (docs/triage-contract.md, v2).

Only answers that apply and are valid go in: an answer kept in a branch that no longer applies,
or one with a validation message, is left out, exactly as if it had not been given. Yes/no
fields carry "yes", "no", "unknown" or "declined" and are left out when nothing was recorded;
nullable fields of the contract are null then. Dates are ISO `YYYY-MM-DD`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from intake_app.forms.expressions import Value
from intake_app.interview.answers import AnswerState, instance_key
from intake_app.interview.evaluation import Evaluation


class Interview(Protocol):
    """What the document reads of an interview (interview.session.Interview has it); a
    protocol, so that the session can build its own document without an import cycle."""

    @property
    def intake_date(self) -> date: ...

    def usable_value(self, key: str) -> Value: ...

    def usable_state(self, key: str) -> AnswerState | None: ...

    def evaluation(self) -> Evaluation: ...


_INVERTED = {"yes": "no", "no": "yes", "unknown": "unknown", "declined": "declined"}
# report_wish's options as the contract's words: "weet ik nog niet" is not yet a wish (R11).
REPORT_WISH = {"now": "now", "later": "later", "not": "not", "undecided": "unknown"}
REPORTERS = ("victim", "guardian", "other")
# Yes/no questions copied into the document under the same name.
TOP_LEVEL_YES_NO = (
    "guardian_safe_to_involve",
    "victim_made_or_shared_material",
    "material_of_others",
    "wants_offender_informed",
    "restorative_interest",
)


def answers_document(interview: Interview, series_matches: int = 0) -> dict[str, Any]:
    """The input of `intake-app triage`, built from the interview's answers.

    `series_matches` is how many other intakes share a suspect identifier with this one (R7):
    the app counts them in the seriality index, which the interview does not know.
    """
    reader = _Reader(interview)
    kinds = reader.value("incident_kinds")
    date_of_birth = reader.iso("victim_date_of_birth")
    age_years = reader.value("victim_age_years")
    # The officer estimates first (it chooses "je" or "u"); the contract takes the estimate
    # only when no age is known.
    estimate = reader.value("victim_age_estimate")
    if date_of_birth is not None or age_years is not None:
        estimate = None
    reporter = reader.value("reporter")
    document: dict[str, Any] = {
        "intake_date": interview.intake_date.isoformat(),
        "victim": {
            "date_of_birth": date_of_birth,
            "age_years": age_years,
            "age_estimate": estimate if estimate in ("minor", "adult") else None,
        },
        # Who is telling; absent (the question not asked) means the victim.
        "reporter": reporter if reporter in REPORTERS else "victim",
        "incident": {
            "first_date": reader.iso("incident_first_date"),
            "kinds": list(kinds) if isinstance(kinds, list) else [],
            "physical_last_date": reader.iso("physical_last_date"),
        },
        "suspects": reader.suspects(),
        "coercion": _without_none(
            {
                "pressure_or_force": reader.pressure_or_force(),
                "financial_demand": reader.yes_no("financial_demand"),
                "threat_to_publish": reader.threat_to_publish(),
                "deadline_within_48h": reader.deadline_within_48h(),
            }
        ),
        "safety": _without_none(
            {
                # The officer asks "are you safe now?" (trauma-sensitive); the contract wants
                # the opposite question.
                "in_danger_now": _invert(reader.yes_no("safe_now")),
                "self_harm_thoughts": reader.yes_no("self_harm_thoughts"),
                "threat_ongoing": reader.yes_no("threat_ongoing"),
            }
        ),
        "report_wish": reader.report_wish(),
        "series_matches": max(0, series_matches),
        "age_gap_override": reader.age_gap_override(),
    }
    for key in TOP_LEVEL_YES_NO:
        answer = reader.yes_no(key)
        if answer is not None:
            document[key] = answer
    return document


def _without_none(fields: dict[str, str | None]) -> dict[str, str]:
    return {key: value for key, value in fields.items() if value is not None}


def _invert(answer: str | None) -> str | None:
    return _INVERTED[answer] if answer is not None else None


class _Reader:
    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    def value(self, key: str) -> Value:
        return self.interview.usable_value(key)

    def iso(self, key: str) -> str | None:
        value = self.value(key)
        return value.isoformat() if isinstance(value, date) else None

    def yes_no(self, key: str) -> str | None:
        state = self.interview.usable_state(key)
        if state in (AnswerState.UNKNOWN, AnswerState.DECLINED):
            return state.value
        value = self.value(key)
        return value if isinstance(value, str) else None

    # Threats and pressure are asked once (DOMAIN.md: no question twice); the pressure
    # section is skipped where an earlier answer already says yes, and reads that answer.
    def pressure_or_force(self) -> str | None:
        if self.yes_no("threat_ongoing") == "yes":
            return "yes"
        return self.yes_no("pressure_or_force")

    def threat_to_publish(self) -> str | None:
        kinds = self.value("incident_kinds")
        if self.yes_no("extortion_deadline") == "yes" or (
            isinstance(kinds, list) and "sextortion" in kinds
        ):
            return "yes"
        return self.yes_no("threat_to_publish")

    def deadline_within_48h(self) -> str | None:
        deadline = self.yes_no("extortion_deadline")
        if deadline == "yes":
            return self.yes_no("deadline_within_48h")
        return deadline  # no deadline at all is "no"; unknown and declined carry over

    def suspects(self) -> list[dict[str, Any]]:
        evaluation = self.interview.evaluation()
        suspects = []
        for number in evaluation.instances.get("suspects", []):

            def key(question: str, number: int = number) -> str:
                return instance_key("suspects", number, question)

            suspect: dict[str, Any] = {
                "age_years": self.value(key("age_years")),
                "age_estimate": self.value(key("age_estimate")),
            }
            suspect |= _without_none(
                {
                    "lives_with_victim": self.yes_no(key("lives_with_victim")),
                    # R13: "has access" is not "lives with"; only living with a child is acute.
                    "has_access": self.has_access(key),
                    "family": self.yes_no(key("family")),
                }
            )
            suspects.append(suspect)
        return suspects

    def has_access(self, key: Callable[[str], str]) -> str | None:
        if self.yes_no(key("lives_with_victim")) == "yes":
            return "yes"  # living together is access too (the form does not ask it then)
        return self.yes_no(key("has_access"))

    def report_wish(self) -> str:
        state = self.interview.usable_state("report_wish")
        if state in (AnswerState.UNKNOWN, AnswerState.DECLINED):
            return state.value
        wish = self.value("report_wish")
        return REPORT_WISH.get(wish, "unknown") if isinstance(wish, str) else "unknown"

    def age_gap_override(self) -> dict[str, Any] | None:
        # R5: the officer may override the computed judgement, always with a recorded reason.
        assessment = self.value("age_gap_assessment")
        reason = self.value("age_gap_reason")
        if assessment not in ("more_than_slight", "slight") or not isinstance(reason, str):
            return None
        return {"more_than_slight": assessment == "more_than_slight", "reason": reason}
