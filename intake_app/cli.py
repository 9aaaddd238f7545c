"""The `intake-app` command: the window by default, and subcommands for headless work.

Subcommands live in intake_app/commands/; each module in SUBCOMMAND_MODULES exposes
`register(subparsers)`, which adds its parser and sets `handler` to a function taking the
parsed arguments and returning the exit code. Modules are imported only when the command
line is built, and none of them imports Qt, so headless commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
from collections.abc import Sequence

from intake_app import APP_NAME, __version__

SUBCOMMAND_MODULES: tuple[str, ...] = (
    "intake_app.commands.triage",
    "intake_app.commands.referrals",
    "intake_app.commands.seriality",
    "intake_app.commands.forms",
    "intake_app.commands.store",
    "intake_app.commands.windows",
    "intake_app.commands.frontoffice",
    "intake_app.commands.station",
    "intake_app.commands.consult",
    "intake_app.commands.advice",
    "intake_app.commands.letter",
)

EXIT_QT_UNAVAILABLE = 3
EXIT_UNSUITABLE_PROFILE = 7  # a temporary or mandatory Windows profile


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Intake of victims of sexual violence and sextortion. "
        "Without a subcommand the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # The installation check (intake_app/selftest.py); the probe is its Qt child process.
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation, print a report, exit"
    )
    parser.add_argument("--self-test-probe", choices=["qt"], help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = subparsers.add_parser(
        "demo", help="open the training store: fictional cases, marked as training everywhere"
    )
    demo.set_defaults(training=True)
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def use_utf8_console(
    stdin: object | None = None, stdout: object | None = None, stderr: object | None = None
) -> None:
    """UTF-8 in and out, whatever the redirection: Windows would use the ANSI code page
    (cp1252) for redirected output, so a non-ASCII officer name would crash `backup` after it
    succeeded, and a piped passphrase would be mis-decoded and count as a failed unlock. Input
    drops a leading byte-order mark (utf-8-sig). Streams that are not text files (None in the
    windowed build, a test's StringIO) are left alone."""
    for stream, encoding in (
        (sys.stdin if stdin is None else stdin, "utf-8-sig"),
        (sys.stdout if stdout is None else stdout, "utf-8"),
        (sys.stderr if stderr is None else stderr, "utf-8"),
    ):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):  # input already read: leave it
                # Input strict: a mis-decoded passphrase must not count as a wrong one.
                errors = "strict" if encoding == "utf-8-sig" else "replace"
                stream.reconfigure(encoding=encoding, errors=errors)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_console()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list)
    from intake_app.windows.app_mutex import hold_app_mutex

    hold_app_mutex()  # Windows: the installer's AppMutex waits for this process to end
    if args.self_test or args.self_test_probe:
        from intake_app import selftest

        return selftest.main(args.self_test, args.self_test_probe)
    handler = getattr(args, "handler", None)
    if handler is not None:
        from intake_app.windows.profile import UnsuitableProfile

        try:
            return int(handler(args))
        except UnsuitableProfile as problem:
            print(problem, file=sys.stderr)
            return EXIT_UNSUITABLE_PROFILE
    from intake_app.ui.app import QtUnavailableError, run_gui

    try:
        return run_gui([sys.argv[0]], training=getattr(args, "training", False))
    except QtUnavailableError as problem:
        print(problem, file=sys.stderr)
        return EXIT_QT_UNAVAILABLE
