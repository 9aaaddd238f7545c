"""Intake app: trauma-sensitive intake of victims of sexual violence and sextortion."""

# The one place the version is written: pyproject.toml reads it from here (hatch), and so do
# the installer scripts. A literal, because asking the package metadata costs the window's
# start-up a few tens of milliseconds.
__version__ = "0.1.0"

APP_NAME = "intake-app"
