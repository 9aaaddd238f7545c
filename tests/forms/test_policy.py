from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.forms.policy import load_policy
from intake_app.forms.yaml_source import FormFileError
from intake_app.paths import forms_dir

SHIPPED = (forms_dir() / "policy.yaml").read_text(encoding="utf-8")


def write_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_policy_loads_with_the_domain_windows() -> None:
    policy = load_policy()

    assert policy.acute.csg_acute_days == 7  # R6
    assert policy.acute.pep_window_hours == 72  # R6
    assert policy.consent.guardian_only_below_age <= policy.consent.victim_alone_from_age


def test_bad_value_is_refused_with_file_line_and_field(tmp_path: Path) -> None:
    path = write_policy(tmp_path, SHIPPED.replace("idle_lock_minutes: 5", "idle_lock_minutes: 0"))
    expected_line = 1 + SHIPPED.splitlines().index("idle_lock_minutes: 5")

    with pytest.raises(FormFileError) as caught:
        load_policy(path)

    assert caught.value.line == expected_line
    assert str(caught.value).startswith(f"{path}:{expected_line}: idle_lock_minutes")


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    path = write_policy(tmp_path, SHIPPED + "\nage_gap_treshold: 4\n")

    with pytest.raises(FormFileError, match="age_gap_treshold"):
        load_policy(path)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "age_gap:\n  more_than_slight_years: [3\n")

    with pytest.raises(FormFileError) as caught:
        load_policy(path)

    assert caught.value.line is not None
    assert "not valid YAML" in caught.value.reason


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormFileError, match="cannot be read"):
        load_policy(tmp_path / "absent.yaml")


def test_consent_ages_out_of_order_are_refused(tmp_path: Path) -> None:
    text = SHIPPED.replace("guardian_only_below_age: 12", "guardian_only_below_age: 17")
    path = write_policy(tmp_path, text)

    with pytest.raises(FormFileError, match="guardian_only_below_age"):
        load_policy(path)
