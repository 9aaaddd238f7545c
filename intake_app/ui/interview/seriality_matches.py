"""The reserved place where seriality matches for identifiers will appear (R7)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from intake_app.ui.interview.style import scaled_font


class SerialityMatches(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serialityMatches")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Overeenkomsten met andere meldingen"))
        heading = QLabel(self.tr("Overeenkomsten met andere meldingen"), self)
        heading.setFont(scaled_font(heading, 1.0, bold=True))
        self._list = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self._list)
        self._labels: dict[str, QLabel] = {}
        self.hide()

    def show_identifier_matches(self, key: str, text: str) -> None:
        """Show (or, with empty text, remove) what was found for one answer's identifiers."""
        label = self._labels.get(key)
        if not text:
            if label is not None:
                del self._labels[key]
                self._list.removeWidget(label)
                label.deleteLater()
        elif label is None:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setAccessibleName(text)
            self._labels[key] = label
            self._list.addWidget(label)
        else:
            label.setText(text)
            label.setAccessibleName(text)
        self.setHidden(not self._labels)

    def texts(self) -> dict[str, str]:
        return {key: label.text() for key, label in self._labels.items()}

    def clear(self) -> None:
        for key in list(self._labels):
            self.show_identifier_matches(key, "")
