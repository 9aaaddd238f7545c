"""Intake app: trauma-sensitive intake of victims of sexual violence and sextortion."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("intake-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "intake-app"
