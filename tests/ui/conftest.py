"""Qt tests run headless; a missing system library stops the run with what to install."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from intake_app.ui.system_libraries import qt_startup_problem

_problem = qt_startup_problem()
if _problem:
    pytest.exit(_problem, returncode=3)
