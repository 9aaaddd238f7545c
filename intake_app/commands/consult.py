"""`intake-app consult export REFERENCE FILE [--pdf PDF] | import FILE | pdf REFERENCE PDF`.

At a station, `export` seals the intake's consult to the trusted TSM frontoffice, signs it,
writes it atomically (never over an existing file) and records the intake as submitted;
`--pdf` also writes the police-internal PDF of the same content for the phone call. At the
frontoffice, `import` checks and keeps it (refusing untrusted, altered, replayed or misdirected
packages, with the reason) and reports regional series matches (R7) as references only;
`pdf` writes a received consult's PDF. Nothing personal is printed to the terminal.

Exit codes: 0 fine, 2 wrong usage or input, 4 wrong credentials or not allowed, 5 the store
is damaged or in use, 6 the package was refused or a file could not be written.
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

    parser = subparsers.add_parser(
        "consult", help="put an intake to the TSM frontoffice as a sealed package (R1)"
    )
    actions = parser.add_subparsers(dest="consult_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="station: write the consult package of REFERENCE")
    export.add_argument("reference", metavar="REFERENCE")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--pdf", type=Path, help="also write the police-internal PDF here")
    add_session_options(export)
    export.set_defaults(handler=export_command)
    import_ = actions.add_parser("import", help="frontoffice: read a consult package FILE")
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--after-restore",
        action="store_true",
        help="administrator: accept a package made before this store was restored from a "
        "backup, after checking it was not imported already",
    )
    add_session_options(import_)
    import_.set_defaults(handler=import_command)
    pdf = actions.add_parser("pdf", help="frontoffice: write a received consult's PDF")
    pdf.add_argument("reference", metavar="REFERENCE")
    pdf.add_argument("file", type=Path, metavar="PDF")
    pdf.add_argument("--station", help="the station, when references repeat between stations")
    add_session_options(pdf)
    pdf.set_defaults(handler=pdf_command)


def export_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        from intake_app.forms.loader import load_form
        from intake_app.pdf.consult import render_consult

        export = consultation.export_consult(args.reference, load_form())
        pdf = render_consult(export.content) if args.pdf is not None else None
        if not write_output_file(args.file, export.data, err, "de voorlegging"):
            return EXIT_FILE
        consultation.submitted_at(export, Path(args.file).expanduser().resolve())
        out.write(
            f"Voorlegging van {export.intake.reference} geschreven naar {args.file} "
            f"({len(export.data)} bytes), versleuteld voor {export.header.receiver.name!r} en "
            "ondertekend door dit bureau. De intake staat nu als voorgelegd.\n"
        )
        if pdf is not None:
            if not write_output_file(args.pdf, pdf, err, "de PDF"):
                return EXIT_FILE
            consultation.pdf_written(export, Path(args.pdf).expanduser().resolve())
            out.write(f"PDF voor het telefoongesprek geschreven naar {args.pdf}.\n")
        return EXIT_OK

    return run_consultation(args, work, out, err)


def import_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    data = read_input_file(args.file, err, "De voorlegging")
    if data is None:
        return EXIT_BAD_INPUT

    def work(consultation: Consultation) -> int:
        result = consultation.import_consult(data, args.after_restore)
        consult = result.consult
        out.write(
            f"Voorlegging {consult.reference} van {consult.station!r} ingelezen"
            + (" (OEFENING)" if consult.training else "")
            + ".\n"
        )
        if result.matches:
            refs = ", ".join(f"{m.station} {m.reference}" for m in result.matches)
            out.write(
                f"Mogelijke serie (R7): dezelfde gegevens van een verdachte staan ook in {refs}. "
                "Ze komen in het advies.\n"
            )
        return EXIT_OK

    return run_consultation(args, work, out, err)


def pdf_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        from intake_app.pdf.consult import render_consult

        consultation.own_key("frontoffice")
        consult = consultation.consult(args.reference, args.station)
        if not write_output_file(args.file, render_consult(consult.content), err, "de PDF"):
            return EXIT_FILE
        consultation.store.record_event(
            "export",
            consultation.session.officer_id,
            details={"what": "consult_pdf", "reference": consult.reference[:64]},
        )
        out.write(f"PDF van voorlegging {consult.reference} geschreven naar {args.file}.\n")
        return EXIT_OK

    return run_consultation(args, work, out, err)
