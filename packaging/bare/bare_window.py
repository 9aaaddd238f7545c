"""A bare PySide6 window with a label, the floor the app's one-folder size is compared with.

With BARE_WITH_CORE=1 in the environment at build time the spec also bundles the core
libraries the app cannot do without (see bare.spec); the window itself stays the same.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

if "--import-core" in sys.argv:
    import alembic  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import pydantic  # noqa: F401
    import reportlab.platypus  # noqa: F401
    import sqlalchemy  # noqa: F401
    import sqlcipher3  # noqa: F401
    from PySide6 import QtPdf, QtPrintSupport  # noqa: F401

app = QApplication(sys.argv[:1])
label = QLabel("Intake")
label.show()
if "--quit" in sys.argv:
    sys.exit(0)
sys.exit(app.exec())
