"""Where the app finds its bundled files and keeps its data.

One helper for every path, so the source checkout, an installed wheel and the
PyInstaller bundle all resolve the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from intake_app import APP_NAME

# Lets tests, the training store and administrators point the app at another folder.
DATA_DIR_ENV = "INTAKE_APP_DATA_DIR"


def _bundle_roots() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(package_dir / "_bundled")  # installed wheel (see pyproject.toml)
    roots.append(package_dir.parent)  # source checkout or editable install
    return roots


def _bundled_dir(name: str) -> Path:
    for root in _bundle_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(root / name) for root in _bundle_roots())
    raise FileNotFoundError(f"The app's {name}/ folder is missing (looked in {searched}).")


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (fonts, icons, translations, service directory)."""
    return _bundled_dir("resources").joinpath(*parts)


def forms_dir() -> Path:
    """The folder with the interview definitions and policy.yaml."""
    return _bundled_dir("forms")


def data_dir() -> Path:
    """The folder that holds the encrypted store; created on first use, private to the user.

    On Windows the station's shared store (%ProgramData%\\intake-app, made by the installer
    with a protected ACL) comes first; otherwise the user's own folder, which a temporary or
    mandatory profile would delete at sign-out (refused: UnsuitableProfile).
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from intake_app.windows.profile import refuse_unsuitable_profile
        from intake_app.windows.shared_store import active_shared_store

        shared = active_shared_store()
        if shared is not None:
            return shared
        refuse_unsuitable_profile()
        path = Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


# The vault's key file; named here so the window can tell "first run" from "unlock" before
# it imports the vault and its cryptography.
KEY_FILE_NAME = "keys.json"


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def key_file_exists(data_dir: Path) -> bool:
    return key_file_path(data_dir).exists()
