"""`intake-app seriality new-key | fingerprint`: the regional key's administration, headless.

`new-key` is for the regional administrator: it prints a fresh regional key and its fingerprint.
`fingerprint` reads a key from standard input (never from the command line, where it would land
in the shell history) and prints its fingerprint, so two stations can compare keys by phone.
Exporting and importing token files needs the store and is added with it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "seriality", help="regional key for exchanging seriality tokens between stations"
    )
    actions = parser.add_subparsers(dest="seriality_action", metavar="ACTION", required=True)
    new_key = actions.add_parser("new-key", help="print a new random regional key")
    new_key.set_defaults(handler=new_key_command)
    fingerprint = actions.add_parser(
        "fingerprint", help="read a regional key from standard input, print its fingerprint"
    )
    fingerprint.set_defaults(handler=fingerprint_command)


def new_key_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from intake_app.seriality.regional_key import generate_regional_key

    out = out or sys.stdout
    key = generate_regional_key()
    out.write(
        f"Regional key:  {key.as_text()}\n"
        f"Fingerprint:   {key.fingerprint}\n"
        "Give the key only to station administrators, by hand or in a sealed letter; never by "
        "e-mail or chat. Whoever holds it can test guessed phone numbers against token files.\n"
    )
    return 0


def fingerprint_command(
    args: argparse.Namespace, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    from intake_app.seriality.regional_key import RegionalKeyError, parse_regional_key

    stdin, out = stdin or sys.stdin, out or sys.stdout
    try:
        key = parse_regional_key(stdin.readline())
    except RegionalKeyError as problem:
        sys.stderr.write(f"{problem}\n")
        return EXIT_BAD_INPUT
    out.write(f"{key.fingerprint}\n")
    return 0
