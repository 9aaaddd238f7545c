"""Entry point of the PyInstaller build: the same as `intake-app`."""

import sys

from intake_app.cli import main

sys.exit(main())
