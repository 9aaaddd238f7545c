"""`intake-app letter SERVICE ANSWERS.json -o FILE.pdf`: one referral letter without the window.

For reviewers and tests: the letter (or the victim's information sheet) exactly as the window
would make it from an interview's answers. ANSWERS is the answers document of
intake_app/interview/answers_input.py (the one parser, shared with `forms walk`); consent is the
`consent_*` answers, dated --now. Letterhead from the station of --data-dir (its station.json
and services.yaml), else a fictional letterhead marked VOORBEELD with the training watermark.
Exit 2 with one line on stderr naming the field, or saying why there is no letter.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from intake_app.referrals.case import Officer
    from intake_app.referrals.text import Language
    from intake_app.station_profile import StationProfile

EXIT_BAD_INPUT = 2
PROG = "intake-app letter"
INFORMATION_SHEET = "information_sheet"
SERVICE_CHOICES = ("offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling")
EXAMPLE_STATION = "VOORBEELD — Politie basisteam Voorbeeldstad"
EXAMPLE_OFFICER = "agent M. Voorbeeld (VOORBEELD)"
EXAMPLE_REFERENCE = "VOORBEELD-0000"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="render one referral letter (or the information sheet) from an answers file",
        description="Render the letter to SERVICE, or the victim's information sheet, from an "
        "answers file (question ids to answers, plus intake_date). Exit 2 naming the field on "
        "bad input, or saying why there is no letter.",
    )
    parser.add_argument("service", choices=(*SERVICE_CHOICES, INFORMATION_SHEET))
    parser.add_argument("answers", metavar="ANSWERS.json", type=Path)
    parser.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the station's data folder: letterhead (station.json) and service directory",
    )
    parser.add_argument(
        "--now", default=None, help="the moment the letter is made, ISO (default: now)"
    )
    parser.add_argument(
        "--professional-route",
        action="store_true",
        help="R13: refer Veilig Thuis or CSG without the guardian's consent where the guardian "
        "is the suspect or not safe to involve (as the officer would record it)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    return run(args, sys.stdout, sys.stderr)


class LetterCommandError(Exception):
    """No PDF: the message says which field or why (never a value from the answers)."""

    code = "letter.refused"

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from intake_app.atomic_write import write_atomically

    try:
        now = datetime.fromisoformat(args.now) if args.now else datetime.now()
    except ValueError:
        err.write(f"{PROG}: --now: must be a moment written as YYYY-MM-DDTHH:MM\n")
        return EXIT_BAD_INPUT
    try:
        raw = args.answers.read_bytes()
    except OSError as exc:
        err.write(f"{PROG}: {args.answers}: cannot be read ({exc.strerror}).\n")
        return EXIT_BAD_INPUT
    try:
        pdf = letter_pdf(
            args.service,
            raw,
            language=args.lang,
            data_dir=args.data_dir,
            now=now,
            professional_route=args.professional_route,
        )
        write_atomically(args.output, pdf)
    except LetterCommandError as problem:
        err.write(f"{PROG}: {problem.message}\n")
        return EXIT_BAD_INPUT
    except OSError as exc:
        err.write(f"{PROG}: {args.output}: cannot be written ({exc.strerror}).\n")
        return EXIT_BAD_INPUT
    out.write(f"{args.output}: {args.service}, {args.lang}\n")
    return 0


def letter_pdf(
    service: str,
    raw: bytes | str,
    *,
    language: Language = "nl",
    data_dir: Path | None = None,
    now: datetime,
    professional_route: bool = False,
) -> bytes:
    """The PDF of one letter or the information sheet; LetterCommandError when there is none."""
    # Imported here so that building the command line stays light for every other command.
    from intake_app.forms.loader import load_form
    from intake_app.forms.yaml_source import FormFileError
    from intake_app.interview.answers_input import AnswersDocumentError, interview_from_document
    from intake_app.pdf.information_sheet import render_information_sheet
    from intake_app.pdf.letter import render_letter
    from intake_app.pdf.text_check import UnprintableText
    from intake_app.referrals.availability import no_letter
    from intake_app.referrals.case import ProfessionalRoute
    from intake_app.referrals.consent import ConsentRefused
    from intake_app.referrals.directory import DIRECTORY_FILE, SERVICE_IDS, load_directory
    from intake_app.referrals.from_interview import referral_case, triage_decision
    from intake_app.referrals.information_sheet import compose_information_sheet
    from intake_app.referrals.letters import compose_letter
    from intake_app.referrals.professional_route import route_reason
    from intake_app.triage.contract import BadAnswers

    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    try:
        form = load_form()
        station_copy = data_dir / DIRECTORY_FILE if data_dir else None
        directory = load_directory(
            station_copy if station_copy and station_copy.is_file() else None
        )
        interview = interview_from_document(form, raw)
        decision = triage_decision(interview, form.policy)
    except (FormFileError, AnswersDocumentError, BadAnswers) as problem:
        said = str(problem).rstrip(".")
        raise LetterCommandError(f"{said}. Correct this and run again.") from None
    station, officer, reference, training = _letterhead(data_dir)
    case = referral_case(
        interview,
        decision,
        station,
        officer,
        reference,
        recorded_at={},
        now=now,
        training=training,
    )
    try:
        if service == INFORMATION_SHEET:
            sheet = compose_information_sheet(
                directory, case.station, case.officer, case.reference, now.date(), language,
                training=training, address=case.reader_address,
            )  # fmt: skip
            return render_information_sheet(sheet, accept_warnings=True)
        chosen = next(known for known in SERVICE_IDS if known == service)
        reason = route_reason(case, chosen, now.date())
        if professional_route and reason is not None:
            # R13: the reviewer decides as the officer would, by the professional route.
            route = ProfessionalRoute(
                service=chosen, decided_by=officer.name, decided_at=now, reason=reason
            )
            case = case.model_copy(update={"professional_routes": (route,)})
        letter = compose_letter(case, chosen, directory, form.policy, now, language)
        return render_letter(letter, accept_warnings=True)
    except ConsentRefused as refused:
        # The true reason, as the letters screen gives it (refused, not asked, R13 route...).
        found = no_letter(case, directory.get(chosen), refused, now.date())
        hint = " (--professional-route)" if found.route is not None else ""
        raise LetterCommandError(found.text(language) + hint) from None
    except UnprintableText as problem:
        raise LetterCommandError(problem.message(language)) from None


def _letterhead(data_dir: Path | None) -> tuple[StationProfile, Officer, str, bool]:
    """The station's letterhead from --data-dir, else a fictional one marked VOORBEELD."""
    from intake_app.referrals.case import Officer
    from intake_app.station_profile import (
        StationProfile,
        StationProfileError,
        load_station_profile,
    )

    if data_dir is None:
        station = StationProfile(
            name=EXAMPLE_STATION, address=("Voorbeeldplein 1", "1234 AB Voorbeeldstad")
        )
        officer = Officer(name=EXAMPLE_OFFICER, contact="voorbeeld@politie.example")
        return station, officer, EXAMPLE_REFERENCE, True
    try:
        found = load_station_profile(data_dir)
    except StationProfileError as problem:
        raise LetterCommandError(str(problem)) from None
    if found is None:
        raise LetterCommandError(f"{data_dir}: no station profile (station.json) there.")
    # The store (officers, references) stays locked: the letter says they follow.
    return found, Officer(name="agent (naam volgt)", contact=found.phone), "KENMERK-VOLGT", False
