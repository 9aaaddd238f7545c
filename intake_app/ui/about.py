"""About: the versions an administrator or helpdesk asks for, and how keys are protected."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app import __version__
from intake_app.notices import APP_LICENCE, shipped_notices
from intake_app.store.sqlcipher import cipher_version
from intake_app.vault.keyring_status import keyring_status


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over deze app"))
        layout = QFormLayout(self)

        keys = keyring_status()
        if keys.usable:
            key_text = self.tr("{backend} (besturingssysteem)").format(backend=keys.backend)
        else:
            key_text = self.tr(
                "geen sleutelopslag beschikbaar ({backend}): verminderde bescherming, "
                "alleen wachtwoordzin en herstelsleutel"
            ).format(backend=keys.backend)
        if keys.problem:  # the Credential Manager or DPAPI error behind reduced protection
            key_text += f" — {keys.problem}"

        self.facts: dict[str, str] = {
            "version": __version__,
            "sqlcipher": cipher_version(),
            "keyring": key_text,
            "qt": f"PySide6 {PySide6.__version__}",
            "python": platform.python_version(),
            "licence": APP_LICENCE,
        }
        labels = {
            "version": self.tr("Versie"),
            "sqlcipher": self.tr("SQLCipher"),
            "keyring": self.tr("Sleutelopslag"),
            "qt": self.tr("Qt"),
            "python": self.tr("Python"),
            "licence": self.tr("Licentie"),
        }
        for key, value in self.facts.items():
            value_label = QLabel(value, self)
            value_label.setObjectName(f"about_{key}")
            value_label.setWordWrap(True)
            layout.addRow(labels[key], value_label)

        notices_button = QPushButton(self.tr("Licenties van gebruikte software"), self)
        notices_button.setObjectName("about_notices")
        notices_button.clicked.connect(self.show_notices)
        layout.addRow(notices_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def show_notices(self) -> QDialog:
        """The third-party notices the build ships (LGPL and the other licences ask for it)."""
        dialog = QDialog(self)
        dialog.setObjectName("noticesDialog")
        dialog.setWindowTitle(self.tr("Licenties van gebruikte software"))
        dialog.resize(720, 520)
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(shipped_notices(), dialog)
        text.setObjectName("notices_text")
        text.setReadOnly(True)
        layout.addWidget(text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.show()
        return dialog
