"""A bare PySide6 window with a label, the floor the app's one-folder size is compared with.

It imports nothing else: bare.spec adds the core libraries as hidden imports when asked to
(PyInstaller follows every import statement in this file, whatever the condition around it).
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("Intake")
label.show()
sys.exit(0 if "--quit" in sys.argv else app.exec())
