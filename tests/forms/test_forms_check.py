"""`intake-app forms check`: each kind of problem, in small broken copies of the real forms."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from intake_app import cli
from intake_app.commands.forms import check_forms
from intake_app.paths import forms_dir

NL = "intake.nl.yaml"
EN = "intake.en.yaml"


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    return folder


def edit(path: Path, old: str, new: str) -> int:
    """Replace one exact piece of text; returns the (1-based) line where it started."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(folder: Path) -> list[str]:
    return check_forms(folder).problems


def test_the_shipped_forms_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["forms", "check"]) == 0

    output = capsys.readouterr()
    # The number of questions changes with the form; the shape of the line does not.
    assert re.search(
        r"intake\.nl\.yaml: \d+ questions in 13 sections, languages nl, en: OK", output.out
    )
    assert output.err == ""


def test_problems_exit_2_with_file_and_line_on_stderr(
    forms: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = edit(
        forms / NL,
        "        relevant: \"'phone' in contact_safe_ways\"",
        "        relevant: \"'fax' in contact_safe_ways\"",
    )

    assert cli.main(["forms", "check", str(forms)]) == 2

    output = capsys.readouterr()
    assert output.out == ""
    assert output.err.startswith(
        f"{forms / NL}:{line}: condition: 'contact_safe_ways' has no option 'fax'"
    )
    assert "Traceback" not in output.err


def test_unknown_keys_and_types_are_schema_errors(forms: Path) -> None:
    line = edit(
        forms / NL,
        "      - id: safe_now\n        type: yes_no\n",
        "      - id: safe_now\n        type: yes_or_no\n",
    )

    found = problems(forms)

    assert found[0].startswith(
        f"{forms / NL}:{line + 1}: sections.1.questions.0.type: Input should be"
    )


def test_a_choice_without_options_is_refused(forms: Path) -> None:
    line = edit(
        forms / NL,
        "        type: multiple_choice\n        ask:\n          je: Wat heb je nu nodig?",
        "        type: short_text\n        ask:\n          je: Wat heb je nu nodig?",
    )

    found = problems(forms)

    assert found[0].startswith(f"{forms / NL}:{line - 1}: sections.9.questions.0: Value error, ")
    assert "options are required for single_choice and multiple_choice" in found[0]


def test_bare_yes_no_option_ids_are_explained(forms: Path) -> None:
    line = edit(forms / NL, "          not: Nee\n", "          no: Nee\n")

    found = problems(forms)

    assert found[0].startswith(f"{forms / NL}:{line - 3}: sections.9.questions.1.options: ")
    assert "YAML reads a bare yes/no/on/off as true/false" in found[0]


def test_duplicate_ids_are_refused(forms: Path) -> None:
    line = edit(forms / NL, "      - id: threat_ongoing\n", "      - id: safe_now\n")

    found = problems(forms)

    assert f"{forms / NL}:{line}: question id 'safe_now' is used twice" in found[0]


def test_conditions_must_name_existing_questions(forms: Path) -> None:
    line = edit(
        forms / NL,
        "relevant: \"extortion_deadline == 'yes'\"",
        "relevant: \"extortion_dedline == 'yes'\"",
    )

    assert problems(forms) == [
        f"{forms / NL}:{line}: condition: unknown question or value 'extortion_dedline'; "
        "did you mean 'extortion_deadline'?"
    ]


def test_conditions_may_only_use_earlier_answers(forms: Path) -> None:
    line = edit(
        forms / NL,
        "relevant: \"extortion_deadline == 'yes'\"",
        "relevant: \"financial_demand == 'yes'\"",
    )

    found = problems(forms)

    assert found[0].startswith(
        f"{forms / NL}:{line}: condition uses 'financial_demand', which is asked later"
    )


def test_computed_values_are_checked_too(forms: Path) -> None:
    line = edit(forms / NL, '<= policy.acute.csg_acute_days"', '<= policy.acute.csg_days"')

    assert problems(forms)[0].startswith(
        f"{forms / NL}:{line}: computed value 'physical_recent': "
        "unknown question or value 'policy.acute.csg_days'"
    )


def test_broken_yaml_names_its_line(forms: Path) -> None:
    line = edit(forms / NL, "title: Intake seksueel geweld en sextortion\n", "title: [Intake\n")

    found = problems(forms)

    assert found[0].startswith(f"{forms / NL}:")
    assert "not valid YAML" in found[0]
    assert int(found[0].split(":")[1]) >= line


def test_a_missing_translation_is_named(forms: Path) -> None:
    edit(
        forms / EN,
        "  incident_other:\n    ask: What else?\n    guidance: A few words are enough.\n",
        "",
    )

    assert problems(forms) == [
        f"{forms / EN}:{_line_of(forms / EN, 'questions:')}: "
        "question 'incident_other' has no en text"
    ]


def test_translations_need_every_option_and_no_extra_ids(forms: Path) -> None:
    edit(forms / EN, "      lawyer: Lawyer\n", "")
    line = edit(forms / EN, "  incident_other:\n", "  incident_elsewhere:\n")

    found = problems(forms)

    options_line = _line_of(forms / EN, "    options:", after="  present_persons:")
    assert (
        f"{forms / EN}:{options_line}: option of 'present_persons' 'lawyer' has no en text" in found
    )
    assert f"{forms / EN}:{line}: question 'incident_elsewhere' is not in the source form" in found


def test_a_missing_translation_file_is_named(forms: Path) -> None:
    (forms / EN).unlink()

    line = _line_of(forms / NL, "form: intake")
    assert problems(forms) == [f"{forms / NL}:{line}: the translation intake.en.yaml is missing"]


def test_unreachable_questions_are_found(forms: Path) -> None:
    line = edit(
        forms / NL,
        "relevant: \"extortion_deadline == 'yes'\"",
        "relevant: \"extortion_deadline == 'yes' and extortion_deadline == 'no'\"",
    )

    found = problems(forms)

    question_line = _line_of(forms / NL, "      - id: deadline_within_48h")
    assert line > question_line
    assert found == [
        f"{forms / NL}:{question_line}: question 'deadline_within_48h' never applied in 2000 "
        "sample interviews: its condition (or its section's) can probably never be true"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "phrase"),
    [
        (NL, "u: Bent u op dit moment veilig?", "u: Waarom bent u nu hier?", "waarom"),
        (
            NL,
            "u: Bent u op dit moment veilig?",
            "u: Had u niet eerder kunnen komen?",
            "had u niet",
        ),
        (NL, "u: Of u nu veilig bent", "u: Het is uw eigen   schuld", "eigen schuld"),
        (
            NL,
            "          image_abuse: Seksuele beelden",
            "          image_abuse: WAAROM beelden",
            "waarom",
        ),
        (EN, "u: Are you safe at this moment?", "u: Why did you wait?", "why"),
    ],
)
def test_blame_suggesting_wording_is_refused(
    forms: Path, file: str, old: str, new: str, phrase: str
) -> None:
    line = edit(forms / file, old, new)

    found = problems(forms)

    assert len(found) == 1
    assert found[0].startswith(
        f"{forms / file}:{line}: wording that can suggest blame ('{phrase}')"
    )


def test_the_wording_check_matches_whole_words_and_skips_guidance(forms: Path) -> None:
    edit(
        forms / NL,
        "u: Bent u op dit moment veilig?",
        "u: Zijn er eigen schulden waar u zorgen over heeft?",
    )
    edit(
        forms / NL,
        'Bij "nee" of "weet ik niet": regel eerst hulp',
        'Stel geen waarom-vragen. Bij "nee" of "weet ik niet": regel eerst hulp',
    )

    assert problems(forms) == []


def test_reviewers_can_extend_the_blocklist(forms: Path) -> None:
    edit(forms / "wording-blocklist.yaml", "    - naïef\n", "    - naïef\n    - meteen\n")

    found = problems(forms)

    assert any("('meteen')" in problem for problem in found)


def test_a_broken_blocklist_is_reported(forms: Path) -> None:
    (forms / "wording-blocklist.yaml").write_text("phrases:\n  nl: waarom\n", encoding="utf-8")

    assert problems(forms) == [
        f"{forms / 'wording-blocklist.yaml'}:2: phrases.nl: Input should be a valid list"
    ]


def test_a_broken_policy_is_reported(forms: Path) -> None:
    line = edit(forms / "policy.yaml", "idle_lock_minutes: 5", "idle_lock_minutes: 0")

    assert problems(forms) == [
        f"{forms / 'policy.yaml'}:{line}: "
        "idle_lock_minutes: Input should be greater than or equal to 1"
    ]


def test_a_missing_path_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["forms", "check", str(tmp_path / "absent")]) == 2
    assert "absent: no such file or folder" in capsys.readouterr().err


def test_a_folder_without_forms_is_a_clear_error(tmp_path: Path) -> None:
    assert problems(tmp_path) == [f"{tmp_path}: no form found (a form is a *.nl.yaml file)"]


def test_one_form_file_can_be_checked(forms: Path) -> None:
    assert check_forms(forms / NL).problems == []
    assert check_forms(forms / EN).problems == []


def _line_of(path: Path, text: str, after: str | None = None) -> int:
    """The first line starting with `text` (after the first line starting with `after`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = (
        0 if after is None else next(i for i, line in enumerate(lines) if line.startswith(after))
    )
    return 1 + next(i for i, line in enumerate(lines) if i >= start and line.startswith(text))


def test_R12_a_renamed_question_the_app_reads_fails_the_check(
    forms: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Renamed consistently in both languages: the form itself is fine, but triage reads
    # `safe_now`, and the acute-danger answer would silently become "unknown".
    edit(forms / NL, "      - id: safe_now\n", "      - id: veilig_nu\n")
    edit(forms / EN, "  safe_now:\n", "  veilig_nu:\n")

    assert cli.main(["forms", "check", str(forms)]) == 2

    err = capsys.readouterr().err
    assert f"{forms / NL}:1: question 'safe_now' is missing, but the app reads it" in err
    assert "R12 danger now" in err


def test_R10_a_renamed_option_the_app_reads_fails_the_check_at_its_line(
    forms: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = edit(forms / NL, "      - id: report_wish\n", "      - id: report_wish\n")
    edit(
        forms / NL,
        "          undecided: Weet ik nog niet\n",
        "          unsure: Weet ik nog niet\n",
    )
    edit(forms / EN, "      undecided: I don't know yet\n", "      unsure: I don't know yet\n")

    assert cli.main(["forms", "check", str(forms)]) == 2

    err = capsys.readouterr().err
    assert f"{forms / NL}:{line}: question 'report_wish' has no option 'undecided'" in err


def test_R6_a_question_of_another_type_fails_the_check(forms: Path) -> None:
    line = edit(
        forms / NL,
        "      - id: physical_penetration\n        type: yes_no\n",
        "      - id: physical_penetration\n        type: short_text\n",
    )

    assert any(
        problem.startswith(f"{forms / NL}:{line}: question 'physical_penetration' must be yes_no")
        for problem in problems(forms)
    )


def test_every_id_the_readers_use_is_in_the_one_list() -> None:
    """The readers of answers (triage's document, the letters' case) use only listed ids."""
    import ast
    import inspect

    from intake_app.forms.required import NEEDED_IDS
    from intake_app.interview import answers_document
    from intake_app.referrals import from_interview

    readers = {"value", "yes_no", "text", "day", "choices", "iso", "usable_state", "question"}
    used: set[str] = set()
    for module in (answers_document, from_interview):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            strings = [a for a in args if isinstance(a, str)]
            if name in readers | {"key"} and strings:
                used.add(strings[0])
            if name == "instance_key" and len(strings) == 2:
                used.update(strings)
    used.update(f"consent_{s}" for s in ("offlimits", "csg", "veilig_thuis", "shn"))
    assert used, "the scan found nothing: the readers changed shape"
    assert used - NEEDED_IDS == set()
