"""The administration screen: officers, station, services, retention, audit log, backup."""

from intake_app.ui.admin.screen import AdminScreen

__all__ = ["AdminScreen"]
