"""What the one-folder build leaves out, shared by the app's spec and the bare-window specs that
benchmarks/package_size.py builds for comparison, so all are trimmed the same way.

Each rule names what it drops and why the app does not need it; `--self-test` of the frozen
build checks what remains (Qt platform, fonts, SQLCipher, the forms, a letter).
"""

from __future__ import annotations

import re

# Test and development tools never ship (pyproject's `test` extra and what it pulls in).
EXCLUDED_MODULES = [
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "jsonschema",
    "jsonschema_specifications", "mypy", "mypyc", "ruff", "pluggy", "iniconfig", "tkinter",
    "PyInstaller", "importlinter", "grimp",
    # reportlab needs Pillow's core, but not its AVIF, WebP, colour-management, Tk or font
    # modules and the libraries they bring (about 9 MiB): the letters hold no images.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingft", "PIL.ImageFont",
    # Python's own TLS and its OpenSSL hashes (libssl and libcrypto, about 6 MiB): the app makes
    # no network connection, and hashlib falls back to Python's built-in SHA-256. SQLCipher and
    # `cryptography` carry their own OpenSSL, linked in.
    "ssl", "_ssl", "_hashlib",
    # Qt modules the app never imports, pulled in by PySide6's own hooks' guesses.
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL",
    "PySide6.QtSql", "PySide6.QtSvg",
]  # fmt: skip

# Qt's own translations: the interface is Dutch with English as the one translation.
_KEPT_TRANSLATION = re.compile(r"qt(base)?_(nl|en)\.qm$")

_DROPPED_PATHS = [
    # The GTK platform theme loads GTK 3 and its libraries (about 19 MiB); the app draws its
    # own widgets and uses Qt's dialogs, so Fusion or the Windows style needs none of it.
    re.compile(r"plugins/platformthemes/libqgtk3"),
    # Plugins for services the offline app does not use.
    re.compile(r"plugins/(tls|networkinformation|sqldrivers|qmltooling|designer|"
               r"egldeviceintegrations|wayland-[^/]+|generic|vectorimageformats)/"),
    # Image formats other than the ones Qt needs for icons and the PDF preview.
    re.compile(r"plugins/imageformats/(?!libq(png|jpeg|ico|svg)|q(png|jpeg|ico|svg))"),
    # pycountry's translations of country names (about 21 MiB): schwifty reads only the codes.
    re.compile(r"pycountry/locales/"),
]  # fmt: skip


def keeps(destination: str) -> bool:
    """Whether a file bound for `destination` inside the build stays in it."""
    path = destination.replace("\\", "/")
    if "/translations/" in f"/{path}" and path.endswith(".qm") and "PySide6" in path:
        return _KEPT_TRANSLATION.search(path) is not None
    return not any(rule.search(path) for rule in _DROPPED_PATHS)


def trimmed(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """An Analysis' binaries or datas (destination, source, kind) without what `keeps` drops."""
    return [entry for entry in entries if keeps(entry[0])]
