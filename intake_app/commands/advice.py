"""`intake-app advice record REFERENCE JSON | export REFERENCE FILE | import FILE`.

At the frontoffice, `record` keeps a structured advice read from a JSON document (the fields:
intake_app/frontoffice/advice.py; a wrong field exits 2 naming it) with the regional series
matches (R7) added, and `export` seals the newest advice to the station's current key and
signs it. At the station, `import` checks it (trusted frontoffice, unaltered, for this
station, for an intake on this laptop, not seen before) and keeps it with the intake, where
the summary shows it with its date and who advised. Exit codes as `intake-app consult`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from intake_app.commands.frontoffice import (
    EXIT_BAD_INPUT,
    EXIT_FILE,
    EXIT_OK,
    read_input_file,
    run_consultation,
    write_output_file,
)

if TYPE_CHECKING:
    from intake_app.consultation import Consultation


def register(subparsers: Any) -> None:
    from intake_app.commands.store import add_session_options

    parser = subparsers.add_parser("advice", help="the TSM frontoffice's advice on a consult (R1)")
    actions = parser.add_subparsers(dest="advice_action", metavar="ACTION", required=True)
    record = actions.add_parser("record", help="frontoffice: record the advice from a JSON file")
    record.add_argument("reference", metavar="REFERENCE")
    record.add_argument("document", type=Path, metavar="JSON")
    record.add_argument("--station", help="the station, when references repeat between stations")
    record.add_argument(
        "--export", type=Path, metavar="FILE", help="also seal it for the station and write FILE"
    )
    add_session_options(record)
    record.set_defaults(handler=record_command)
    export = actions.add_parser("export", help="frontoffice: write the advice package to FILE")
    export.add_argument("reference", metavar="REFERENCE")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--station", help="the station, when references repeat between stations")
    add_session_options(export)
    export.set_defaults(handler=export_command)
    import_ = actions.add_parser("import", help="station: read an advice package FILE")
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--after-restore",
        action="store_true",
        help="administrator: accept a package made before this store was restored from a "
        "backup, after checking it was not imported already",
    )
    add_session_options(import_)
    import_.set_defaults(handler=import_command)


class _NotWritten(Exception):
    """The advice file could not be written; the message went to stderr already."""


def record_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    document = read_input_file(args.document, err, "Het advies")
    if document is None:
        return EXIT_BAD_INPUT

    def work(consultation: Consultation) -> int:
        written: list[Path] = []

        def write(data: bytes) -> None:
            if not write_output_file(args.export, data, err, "het advies"):
                raise _NotWritten()
            written.append(Path(args.export).expanduser().resolve())

        try:
            advice, package = consultation.record_advice(
                args.reference, args.station, document, write if args.export else None
            )
        except _NotWritten:
            return EXIT_FILE
        except BaseException:
            for path in written:  # recorded nothing: no package may go out either
                path.unlink(missing_ok=True)
            raise
        out.write(
            f"Advies voor {advice.station} {advice.reference} vastgelegd "
            f"({advice.advice.handling}; {len(advice.series)} mogelijke serie-overeenkomsten).\n"
        )
        if package is not None:
            out.write(
                f"Advies geschreven naar {args.export} ({len(package.data)} bytes), versleuteld "
                f"voor {package.header.receiver.name!r}.\n"
            )
        else:
            out.write("Stuur het terug met 'intake-app advice export'.\n")
        return EXIT_OK

    return run_consultation(args, work, out, err)


def export_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        package, advice_id = consultation.export_advice(args.reference, args.station)
        if not write_output_file(args.file, package.data, err, "het advies"):
            return EXIT_FILE
        consultation.advice_sent(package, advice_id)
        out.write(
            f"Advies geschreven naar {args.file} ({len(package.data)} bytes), versleuteld voor "
            f"{package.header.receiver.name!r}.\n"
        )
        return EXIT_OK

    return run_consultation(args, work, out, err)


def import_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    data = read_input_file(args.file, err, "Het advies")
    if data is None:
        return EXIT_BAD_INPUT

    def work(consultation: Consultation) -> int:
        intake, record = consultation.import_advice(data, args.after_restore)
        advice = record.advice
        out.write(
            f"Advies van de TSM-frontoffice bij {intake.reference} ingelezen: "
            f"{advice.advised_by}, {advice.advised_at.astimezone():%d-%m-%Y %H:%M}. "
            "Het staat bij de samenvatting van de intake.\n"
        )
        return EXIT_OK

    return run_consultation(args, work, out, err)
