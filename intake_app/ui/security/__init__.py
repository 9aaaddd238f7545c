"""Guarding the screen: idle lock, privacy screen, OS screen-lock signal, clipboard hygiene."""
