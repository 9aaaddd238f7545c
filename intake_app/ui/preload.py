"""What the first screen does not need, loaded on a background thread once the window exists.

Importing the store, the vault and the domain (SQLAlchemy, Alembic, pydantic, cryptography) and
reading the interview form take about a second; the set-up and unlock screens need none of it.
The window shows first and this runs meanwhile, so the officer who types a passphrase does not
wait for it. The thread touches no Qt (see intake_app/ui/worker.py). The window asks for the
form (which waits for this load to finish) before it imports these modules itself, so two
threads never import the same package at once.
"""

from __future__ import annotations

import importlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake_app.forms.model import Form

MODULES = (
    "intake_app.session",
    "intake_app.casework",
    "intake_app.training",
    "intake_app.triage.contract",
    "intake_app.referrals.from_interview",
)

_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intake-preload")


def _load_form() -> Form:
    importlib.import_module("intake_app.vault")  # first: the unlock screen waits for it
    from intake_app.forms.loader import load_form

    form = load_form()
    for name in MODULES:
        importlib.import_module(name)
    return form


class Preloaded:
    """The interview form (given, or loaded in the background) and the modules behind it."""

    def __init__(self, form: Form | None = None) -> None:
        self._given = form
        self._loading: Future[Form] | None = None

    def start(self) -> None:
        """Begin loading (the window calls this once it shows, from a timer: no return value
        to hand back to Qt); idempotent."""
        self._future()

    def form(self) -> Form:
        """Waits only if the background load has not finished yet; an invalid form raises
        here, on the window's thread, where it becomes a message."""
        return self._future().result()

    def _future(self) -> Future[Form]:
        if self._loading is None:
            if self._given is None:
                self._loading = _pool.submit(_load_form)
            else:
                self._loading = Future()
                self._loading.set_result(self._given)
        return self._loading
