"""Turning a problem into a message an administrator can act on; never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.forms.yaml_source import FormFileError
from intake_app.station_profile import StationProfileError
from intake_app.store.errors import StoreError
from intake_app.ui.language import current_language
from intake_app.ui.problem_english import problem_text_for
from intake_app.vault.errors import VaultError


def problem_text(problem: BaseException) -> str:
    """The errors of the store, vault and station profile already say what to do, in Dutch
    and without personal data; anything else gets a general message without its details."""
    if isinstance(problem, VaultError | StoreError | StationProfileError | FormFileError):
        return problem_text_for(problem, current_language())
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
