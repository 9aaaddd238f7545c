"""Turning a problem into a message an administrator can act on; never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.problems import describe, has_text
from intake_app.ui.language import current_language


def problem_text(problem: BaseException) -> str:
    """The app's own errors (those with a `code`) say what to do, without personal data, in
    the interface's language; anything else gets a general message without its details."""
    if has_text(problem):
        return describe(problem, current_language())
    if isinstance(problem, OSError):
        reason = problem.strerror or type(problem).__name__
        return QCoreApplication.translate(
            "AdminMessages",
            "Het bestand of de map kon niet worden gebruikt ({reason}). Controleer de vrije "
            "schijfruimte en de rechten, en probeer het opnieuw.",
        ).format(reason=reason)
    return QCoreApplication.translate(
        "AdminMessages",
        "Er ging iets onverwachts mis ({kind}); er is niets gewijzigd. Probeer het opnieuw; "
        "blijft het misgaan, meld het dan bij de functioneel beheerder.",
    ).format(kind=type(problem).__name__)
