"""forms/policy.yaml: the numbers that are a unit's policy, typed and checked."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from intake_app.forms.yaml_source import load_yaml
from intake_app.paths import forms_dir

POLICY_FILE = "policy.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgeGapPolicy(_Strict):
    more_than_slight_years: int = Field(ge=0, le=50)  # R5


class AcutePolicy(_Strict):
    csg_acute_days: int = Field(ge=1, le=60)  # R6
    pep_window_hours: int = Field(ge=1, le=24 * 14)  # R6
    publication_deadline_hours: int = Field(ge=1, le=24 * 14)


class RetentionPolicy(_Strict):
    completed_intake_days: int = Field(ge=1, le=3650)


class ConsentPolicy(_Strict):
    guardian_only_below_age: int = Field(ge=0, le=18)  # R4: age now decides who consents
    victim_alone_from_age: int = Field(ge=0, le=18)

    @model_validator(mode="after")
    def _ordered(self) -> ConsentPolicy:
        if self.guardian_only_below_age > self.victim_alone_from_age:
            raise ValueError("guardian_only_below_age must not exceed victim_alone_from_age")
        return self


class Policy(_Strict):
    age_gap: AgeGapPolicy
    acute: AcutePolicy
    idle_lock_minutes: int = Field(ge=1, le=120)
    retention: RetentionPolicy
    consent: ConsentPolicy


def load_policy(path: Path | None = None) -> Policy:
    """Load and validate the policy file; a FormFileError names file, line and reason."""
    source = load_yaml(path or forms_dir() / POLICY_FILE)
    if not isinstance(source.data, dict):
        raise source.error((), "the policy file must be a mapping of settings")
    try:
        return Policy.model_validate(source.data)
    except ValidationError as exc:
        raise source.validation_error(exc) from exc
