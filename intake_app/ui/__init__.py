"""The Qt front end. It composes the domain, the store and the vault; nothing below imports it."""
