"""The main window: one frame, the screens inside it swap."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from intake_app.ui.about import AboutDialog
from intake_app.ui.home import HomeScreen

# Never personal data in the title: it shows in the taskbar and in screen-sharing pickers.
WINDOW_TITLE = "Intake (politie)"


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1100, 720)
        self.screens = QStackedWidget(self)
        self.home = HomeScreen(self.screens)
        self.screens.addWidget(self.home)
        self.setCentralWidget(self.screens)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&Over deze app"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog
