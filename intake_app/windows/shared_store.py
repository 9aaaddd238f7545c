"""Which model applies: the station's shared store or one user's own store.

- Shared store: the folder %ProgramData%\\intake-app, made by the installer (as administrator)
  with a protected ACL for SYSTEM, Administrators and the officers' group. Every officer's
  Windows account opens the same store; the installation secret is a DPAPI machine-scope blob
  inside that folder. It applies on Windows whenever that folder exists and
  INTAKE_APP_DATA_DIR does not point elsewhere.
- Single user: the user's %LOCALAPPDATA%\\intake-app (or INTAKE_APP_DATA_DIR); the secret is an
  entry in that user's Credential Manager, persisted on this machine only (never roaming).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from intake_app import APP_NAME

DATA_DIR_ENV = "INTAKE_APP_DATA_DIR"


def shared_store_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """%ProgramData%\\intake-app, whether or not it exists; None when ProgramData is unset."""
    program_data = (os.environ if environ is None else environ).get("ProgramData")
    return Path(program_data) / APP_NAME if program_data else None


def active_shared_store(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> Path | None:
    """The shared store folder when the shared model applies here, else None."""
    env = os.environ if environ is None else environ
    if platform != "win32" or env.get(DATA_DIR_ENV):
        return None
    folder = shared_store_dir(env)
    return folder if folder is not None and folder.is_dir() else None
