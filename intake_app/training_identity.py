"""Who and where the training store is: what the window needs before anything else loads.

The fictional cases themselves live in intake_app/training.py.
"""

from __future__ import annotations

from pathlib import Path

TRAINING_FOLDER = "training"
FRONTOFFICE_TRAINING_FOLDER = "training-frontoffice"  # beside it: `intake-app demo --frontoffice`
TRAINING_OFFICER_ID = "oefen"
TRAINING_OFFICER_NAME = "Oefenagent"
TRAINING_PASSPHRASE = "oefenen met fictieve zaken"  # noqa: S105 - public on purpose: fictional cases only


def training_data_dir(real_data_dir: Path, frontoffice: bool = False) -> Path:
    path = real_data_dir / (FRONTOFFICE_TRAINING_FOLDER if frontoffice else TRAINING_FOLDER)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path
