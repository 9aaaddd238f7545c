"""`intake-app triage FILE|-`: the routing decision for one answers document, as JSON.

Exit 0 with the decision on stdout; exit 2 with one line on stderr naming the field for
input the rules cannot use. Nothing from the document is echoed in an error message.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

EXIT_BAD_INPUT = 2
PROG = "intake-app triage"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "triage",
        help="route one answers document (JSON) and print the decision as JSON",
        description="Print the triage decision (contract version 2) for an answers document. "
        "Exit 2 with a message naming the field when the document cannot be used.",
    )
    parser.add_argument("answers", metavar="FILE", help="answers document (JSON), or - for stdin")
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the reasons (default nl)"
    )
    parser.add_argument(
        "--policy",
        metavar="POLICY.yaml",
        type=Path,
        default=None,
        help="policy file to use instead of the shipped forms/policy.yaml",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    return run(args, sys.stdin, sys.stdout, sys.stderr)


def _read(source: str, stdin: IO[str]) -> bytes | str:
    if source == "-":
        buffer = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read()
    return Path(source).read_bytes()


def run(args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    from intake_app.forms.policy import load_policy
    from intake_app.forms.yaml_source import FormFileError
    from intake_app.triage.contract import BadAnswers, parse_answers_json, to_document
    from intake_app.triage.decide import decide

    try:
        raw = _read(args.answers, stdin)
    except OSError as exc:
        stderr.write(f"{PROG}: {args.answers}: cannot be read ({exc.strerror}).\n")
        return EXIT_BAD_INPUT
    try:
        policy = load_policy(args.policy)
    except FormFileError as exc:
        stderr.write(f"{PROG}: the policy file cannot be used: {exc}\n")
        return EXIT_BAD_INPUT
    try:
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8-sig")  # a byte-order mark from Windows editors is fine
        answers = parse_answers_json(raw)
    except UnicodeDecodeError:
        stderr.write(f"{PROG}: (the document): is not UTF-8 text; save it as UTF-8.\n")
        return EXIT_BAD_INPUT
    except BadAnswers as exc:
        stderr.write(f"{PROG}: {exc}. Correct this field and run again.\n")
        return EXIT_BAD_INPUT
    decision = decide(answers, policy, args.lang)
    stdout.write(json.dumps(to_document(decision), ensure_ascii=False, indent=2) + "\n")
    return 0
