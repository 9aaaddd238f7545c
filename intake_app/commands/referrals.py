"""`intake-app services check [FILE]`: validate the service directory an administrator edited."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from intake_app.commands import CLI_LANGUAGE
from intake_app.problems import describe

EXIT_INVALID = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    services = subparsers.add_parser(
        "services", help="the service directory the referral letters are addressed from"
    )
    actions = services.add_subparsers(dest="services_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate a directory file (default: the station copy if there is one, else the "
        "shipped file) and list its services with the date each was last checked",
    )
    check.add_argument("file", nargs="?", type=Path, help="a services.yaml to check")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    # Imported here so that building the command line stays light for every other command.
    from intake_app.forms.yaml_source import FormFileError
    from intake_app.referrals.directory import load_directory

    try:
        directory = load_directory(args.file)
    except FormFileError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\nFix the file and run the check again.\n")
        return EXIT_INVALID
    out.write(f"{directory.source}: {len(directory.services)} services, valid\n")
    for service in directory.services:
        name = f"{service.name} ({service.line})" if service.line else service.name
        phone = service.phone or "no phone"
        out.write(f"  {service.id:<20} {name:<45} {phone:<16} checked {service.last_checked}\n")
    return 0
