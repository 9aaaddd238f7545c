"""`intake-app forms check [PATH]`: is every form in forms/ fit to use?

Checks schema, unique ids, conditions (existing questions and options, only earlier answers),
complete translations, policy.yaml, reachability of every question, who each question speaks
to (je / u / about the child), the trauma-sensitive wording list, and that every question id
and option the app's code reads is there (intake_app/forms/required.py). Problems go to stderr
as `file:line: message`, exit 2; a short summary otherwise.

`intake-app forms walk ANSWERS.json [--lang nl|en]`: the questions that apply to these
answers, in order, as the officer says them to this person (a JSON list on stdout).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

EXIT_PROBLEMS = 2


def register(subparsers: Any) -> None:
    forms = subparsers.add_parser("forms", help="work with the interview definitions in forms/")
    actions = forms.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate the forms: schema, ids, conditions, translations, reachability, wording",
        description="Validate the form definitions; exit 2 with file:line messages on problems.",
    )
    check.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="a forms folder or one form file (default: the app's own forms/)",
    )
    check.set_defaults(handler=run_check)
    walk = actions.add_parser(
        "walk",
        help="list the questions that apply to an answers document, as they are said",
        description=(
            "Print, as a JSON list, each question that applies to these answers, in order: "
            '{"id", "text", "officer"}; text is what the officer says to this person, officer '
            "is true for what the officer fills in or asks of someone else. ANSWERS.json maps "
            "question ids to values as the interview stores them, plus intake_date. Exit 2 "
            "naming the field when the document does not fit the form."
        ),
    )
    walk.add_argument("answers", type=Path, metavar="ANSWERS.json")
    walk.add_argument("--lang", choices=("nl", "en"), default="nl")
    walk.set_defaults(handler=run_walk)


def run_check(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    report = check_forms(args.path)
    for problem in report.problems:
        err.write(f"{problem}\n")
    if report.problems:
        err.write(f"{len(report.problems)} problem(s); the forms were not accepted.\n")
        return EXIT_PROBLEMS
    out.write("\n".join(report.summary) + "\n")
    return 0


def run_walk(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from intake_app.forms.loader import load_form
    from intake_app.forms.yaml_source import FormFileError
    from intake_app.interview.answers_input import (
        AnswersDocumentError,
        interview_from_document,
    )

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        text = args.answers.read_bytes()  # the parser decodes (UTF-8, a BOM allowed)
    except OSError as exc:
        err.write(f"{args.answers}: cannot be read ({type(exc).__name__})\n")
        return EXIT_PROBLEMS
    try:
        form = load_form()
        interview = interview_from_document(form, text)
    except FormFileError as exc:
        err.write(f"{exc}\n")
        return EXIT_PROBLEMS
    except AnswersDocumentError as exc:
        # The field and why, never the value: answers are personal data.
        err.write(f"{args.answers}: {exc.field}: {exc.reason}\n")
        return EXIT_PROBLEMS
    walked = [
        {
            "id": slot.key,
            "text": interview.wording(slot, args.lang).ask,
            "officer": slot.officer,
        }
        for slot in interview.applicable()
    ]
    out.write(json.dumps(walked, ensure_ascii=False, indent=1) + "\n")
    return 0


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


def _targets(path: Path) -> tuple[Path, list[Path]]:
    """The forms folder and the source form files to check."""
    from intake_app.forms.loader import SOURCE_SUFFIX, form_files

    if path.is_dir():
        return path, form_files(path)
    if path.name.endswith(SOURCE_SUFFIX):
        return path.parent, [path]
    stem = path.name.split(".")[0]  # a translation file: check its source form
    return path.parent, [path.parent / f"{stem}{SOURCE_SUFFIX}"]


def check_forms(path: Path | None = None) -> Report:
    from intake_app.forms.loader import read_form, translation_files
    from intake_app.forms.model import SOURCE_LANGUAGE
    from intake_app.forms.required import missing_in
    from intake_app.forms.wording import BLOCKLIST_FILE, load_blocklist, wording_problems
    from intake_app.forms.yaml_source import FormFileError, load_yaml
    from intake_app.interview.reachability import DEFAULT_WALKS, unreachable_questions
    from intake_app.paths import forms_dir

    report = Report()
    folder_or_file = path or forms_dir()
    if not folder_or_file.exists():
        report.problems.append(f"{folder_or_file}: no such file or folder")
        return report
    folder, sources = _targets(folder_or_file)
    if not sources:
        report.problems.append(f"{folder}: no form found (a form is a *.nl.yaml file)")
        return report
    problems: list[FormFileError] = []
    try:
        blocklist = load_blocklist(folder / BLOCKLIST_FILE)
    except FormFileError as exc:
        problems.append(exc)
        blocklist = None
    for source in sources:
        form, found = read_form(source)
        problems.extend(found)
        if form is None or found:
            continue
        # The ids and options triage and the letters read (intake_app/forms/required.py).
        problems.extend(missing_in(form, source))
        for question in unreachable_questions(form):
            problems.append(
                FormFileError(
                    source,
                    question.line,
                    f"question '{question.id}' never applied in {DEFAULT_WALKS} sample "
                    "interviews: its condition (or its section's) can probably never be true",
                )
            )
        if blocklist is not None:
            files = {SOURCE_LANGUAGE: source, **translation_files(source)}
            for language, file in files.items():
                problems.extend(wording_problems(load_yaml(file), language, blocklist))
        question_count = sum(1 for _ in form.walk())
        report.summary.append(
            f"{source}: {question_count} questions in {len(form.sections)} sections, "
            f"languages {', '.join(form.languages)}: OK"
        )
    report.problems = list(dict.fromkeys(str(problem) for problem in problems))
    if not report.problems:
        report.summary.append(
            "Checked: schema, unique ids, conditions and options, question order, "
            "translations, policy.yaml, reachability, who each question speaks to, "
            "blame-suggesting wording, the ids and options the app reads."
        )
    return report
