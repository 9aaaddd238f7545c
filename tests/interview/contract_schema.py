"""The input side of docs/triage-contract.md (version 2) as a JSON schema, strictly:
no keys beyond the contract's, only its vocabulary, ISO dates."""

from __future__ import annotations

from typing import Any

YES_NO: dict[str, Any] = {"enum": ["yes", "no", "unknown", "declined"]}
ISO_DATE: dict[str, Any] = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
NULLABLE_DATE: dict[str, Any] = {"anyOf": [ISO_DATE, {"type": "null"}]}
NULLABLE_AGE: dict[str, Any] = {
    "anyOf": [{"type": "integer", "minimum": 0, "maximum": 120}, {"type": "null"}]
}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": required or [],
        "additionalProperties": False,
    }


TRIAGE_INPUT = _object(
    {
        "intake_date": ISO_DATE,
        "victim": _object(
            {
                "date_of_birth": NULLABLE_DATE,
                "age_years": NULLABLE_AGE,
                "age_estimate": {"enum": ["minor", "adult", None]},
            }
        ),
        "reporter": {"enum": ["victim", "guardian", "other"]},
        "guardian_safe_to_involve": YES_NO,
        "incident": _object(
            {
                "first_date": NULLABLE_DATE,
                "kinds": {
                    "type": "array",
                    "items": {
                        "enum": [
                            "image_abuse",
                            "sextortion",
                            "grooming",
                            "sexchatting",
                            "physical_assault",
                            "rape",
                            "other",
                        ]
                    },
                },
                "physical_last_date": NULLABLE_DATE,
            }
        ),
        "suspects": {
            "type": "array",
            "items": _object(
                {
                    "age_years": NULLABLE_AGE,
                    "age_estimate": {"enum": ["minor", "adult", None]},
                    "lives_with_victim": YES_NO,
                    "has_access": YES_NO,
                    "family": YES_NO,
                }
            ),
        },
        "coercion": _object(
            {
                "pressure_or_force": YES_NO,
                "financial_demand": YES_NO,
                "threat_to_publish": YES_NO,
                "deadline_within_48h": YES_NO,
            }
        ),
        "safety": _object(
            {"in_danger_now": YES_NO, "self_harm_thoughts": YES_NO, "threat_ongoing": YES_NO}
        ),
        "victim_made_or_shared_material": YES_NO,
        "material_of_others": YES_NO,
        "wants_offender_informed": YES_NO,
        "restorative_interest": YES_NO,
        "report_wish": {"enum": ["now", "later", "not", "unknown", "declined"]},
        "series_matches": {"type": "integer", "minimum": 0},
        "age_gap_override": {
            "anyOf": [
                {"type": "null"},
                _object(
                    {
                        "more_than_slight": {"type": "boolean"},
                        "reason": {"type": "string", "minLength": 1},
                    },
                    ["more_than_slight", "reason"],
                ),
            ]
        },
    },
    ["intake_date"],
)
