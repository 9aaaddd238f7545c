"""`python -m intake_app` is the same as `intake-app`."""

import sys

from intake_app.cli import main

sys.exit(main())
