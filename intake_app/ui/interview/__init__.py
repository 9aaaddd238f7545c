"""The interview screen: the form's questions as widgets, each answer saved at once."""

from intake_app.ui.interview.screen import InterviewScreen, PersistAnswer

__all__ = ["InterviewScreen", "PersistAnswer"]
