"""A problem in words for the frontoffice screens: the app's own errors (with a `code`) through
problems.describe, a file problem with its reason, anything else without its details. Not the
admin screen's helper: importing the admin package would load the store with the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.problems import describe, has_text
from intake_app.ui.language import current_language


def problem_words(problem: BaseException) -> str:
    if has_text(problem):
        return describe(problem, current_language())
    if isinstance(problem, OSError):
        return QCoreApplication.translate(
            "FrontofficeWords",
            "Het bestand of de map kon niet worden gebruikt ({reason}). Controleer de naam, de "
            "vrije ruimte en de rechten; er is niets gewijzigd.",
        ).replace("{reason}", problem.strerror or type(problem).__name__)
    return QCoreApplication.translate(
        "FrontofficeWords",
        "Er ging iets onverwachts mis ({kind}); er is niets gewijzigd. Probeer het opnieuw; "
        "blijft het misgaan, meld het dan bij de beheerder.",
    ).replace("{kind}", type(problem).__name__)
