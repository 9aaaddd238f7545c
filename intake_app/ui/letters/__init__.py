"""The letters screen: referral letters and the information sheet, previewed and printed."""

from intake_app.ui.letters.screen import LetterHooks, LettersScreen

__all__ = ["LetterHooks", "LettersScreen"]
