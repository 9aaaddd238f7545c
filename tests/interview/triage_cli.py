"""Feeding an answers document to `intake-app triage`, the contract's consumer, in-process."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any
from unittest import mock

from intake_app import cli


def run_triage(document: dict[str, Any]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `intake-app triage -` with the document on stdin."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch("sys.stdin", io.StringIO(json.dumps(document))),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = cli.main(["triage", "-"])
    return code, out.getvalue(), err.getvalue()
