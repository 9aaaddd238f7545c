"""The Qt front end. It composes the domain, the store and the vault; nothing below imports it.

Importing it first guards None against PySide6 6.12's reference leak (none_guard.py): every
window, test and benchmark reaches Qt through this package.
"""

from intake_app.ui.none_guard import keep_none_alive

keep_none_alive()
