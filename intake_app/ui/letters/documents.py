"""What the letters screen offers and builds; plain Python, so the worker thread can run it.

For each service: the letter (when consent allows) in each language it is made in, or the
domain's refusal in words. Building a document checks its text first: characters the font
lacks stop it; Arabic or Hebrew script is built for the preview and kept as a warning that the
officer must confirm before printing or saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from intake_app.forms.policy import Policy
from intake_app.pdf.information_sheet import render_information_sheet
from intake_app.pdf.letter import render_letter
from intake_app.pdf.text_check import TextProblem, UnprintableText, text_problems
from intake_app.referrals.availability import Why, no_letter
from intake_app.referrals.case import ReferralCase, RouteReason
from intake_app.referrals.consent import ConsentRefused
from intake_app.referrals.content import LetterContent
from intake_app.referrals.directory import SERVICE_IDS, ServiceDirectory, ServiceId
from intake_app.referrals.information_sheet import SheetContent, compose_information_sheet
from intake_app.referrals.letters import compose_letter, letter_languages
from intake_app.referrals.text import LANGUAGES, Language

INFORMATION_SHEET: Literal["information_sheet"] = "information_sheet"
DocumentId = ServiceId | Literal["information_sheet"]


@dataclass(frozen=True)
class ServiceChoice:
    """One service as the list shows it: its letters, or why there is none and what to do."""

    service: ServiceId
    name: str
    letters: dict[Language, LetterContent]
    refusal: str = ""
    why: Why | None = None
    route: RouteReason | None = None  # R13: the professional route can be recorded
    can_ask_now: bool = False  # the consent question can be asked in the interview

    @property
    def possible(self) -> bool:
        return bool(self.letters)


def service_choices(
    case: ReferralCase,
    directory: ServiceDirectory,
    policy: Policy,
    now: datetime,
    language: Language,
) -> list[ServiceChoice]:
    choices = []
    for service in SERVICE_IDS:
        entry = directory.get(service)
        try:
            letters = {
                letter_language: compose_letter(
                    case, service, directory, policy, now, letter_language
                )
                for letter_language in letter_languages(case, entry.letter_languages)
            }
        except ConsentRefused as refused:
            found = no_letter(case, entry, refused, now.date())
            choices.append(
                ServiceChoice(
                    service,
                    entry.name,
                    {},
                    found.text(language),
                    found.why,
                    found.route,
                    found.can_ask_now,
                )
            )
        else:
            choices.append(ServiceChoice(service, entry.name, letters))
    return choices


def information_sheets(
    case: ReferralCase, directory: ServiceDirectory, now: datetime
) -> dict[Language, SheetContent]:
    """The sheet names nobody, so it needs no consent: Dutch and English."""
    return {
        language: compose_information_sheet(
            directory,
            case.station,
            case.officer,
            case.reference,
            now.date(),
            language,
            training=case.training,
            address=case.reader_address,
        )
        for language in LANGUAGES
    }


@dataclass(frozen=True)
class BuiltDocument:
    document: DocumentId
    language: Language
    pdf: bytes
    left_out: tuple[str, ...]
    warnings: tuple[TextProblem, ...]  # to confirm before printing or saving


def build_document(
    document: DocumentId, language: Language, content: LetterContent | SheetContent
) -> BuiltDocument:
    """The PDF in memory; UnprintableText when characters the font lacks stop it."""
    problems = text_problems(content.texts())
    if any(problem.blocking for problem in problems):
        raise UnprintableText(problems)
    if isinstance(content, LetterContent):
        pdf = render_letter(content, accept_warnings=True)
        left_out = content.left_out
    else:
        pdf = render_information_sheet(content, accept_warnings=True)
        left_out = ()
    return BuiltDocument(document, language, pdf, left_out, tuple(problems))
