"""Third-party licence notices: gathered from the installed packages at build time, shipped in
the one-folder build as THIRD-PARTY-NOTICES.txt, and shown under Help > About.

The packages are the app's runtime closure (its requirements, recursively, with markers read
for this platform), so a build carries exactly the notices of what it ships. A package whose
wheel carries no licence file (PySide6 and Shiboken6 ship none) or that bundles other software
(sqlcipher3 links SQLCipher and OpenSSL statically) gets texts from resources/licenses/.
Every licence is checked against those known to be compatible with the app's own EUPL-1.2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import PackageMetadata, PackageNotFoundError, distribution
from pathlib import Path
from typing import Final

from intake_app.paths import resource_path

NOTICES_FILE: Final = "THIRD-PARTY-NOTICES.txt"
APP_DISTRIBUTION: Final = "intake-app"
APP_LICENCE: Final = "EUPL-1.2"

# Licences under which a component may be combined with and shipped beside EUPL-1.2 work:
# permissive licences, and the LGPL for libraries loaded dynamically and replaceable.
COMPATIBLE_LICENCES: Final = frozenset(
    {
        "MIT",
        "MIT-0",
        "MIT-CMU",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "Apache-2.0",
        "PSF-2.0",
        "ISC",
        "Zlib",
        "Unlicense",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
    }
)

# Packages whose metadata names no SPDX licence: the licence read off their licence file.
DECLARED_BY_FILE: Final = {
    "sqlcipher3": "Zlib",  # pysqlite's zlib-style licence (Gerhard Häring)
    "reportlab": "BSD-3-Clause",
    "backports-tarfile": "MIT",
    "jaraco-classes": "MIT",
    "rstr": "BSD-3-Clause",
    # "BSD-3-Clause, Apache-2.0, dependency licenses": PDFium and the libraries built into it,
    # each with its text under the wheel's licenses/ folder.
    "pypdfium2": "BSD-3-Clause AND Apache-2.0",
}

# Texts from resources/licenses/ added to a package's own files.
EXTRA_TEXTS: Final = {
    "pyside6-essentials": ("Qt.txt", "LGPL-3.0.txt"),
    "pyside6-pdf": ("Qt.txt",),
    "shiboken6": ("Qt.txt",),
    "sqlcipher3": ("SQLCipher.txt", "OpenSSL.txt", "Apache-2.0.txt"),
}

# Qt's wheels offer "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0": the app takes the LGPL.
CHOSEN_ALTERNATIVE: Final = {
    "pyside6-essentials": "LGPL-3.0-only",
    "pyside6-pdf": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "cryptography": "Apache-2.0",
}

_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


class NoticeError(Exception):
    """A dependency without a licence notice, or with a licence not known to be compatible."""


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = APP_DISTRIBUTION) -> list[str]:
    """The distributions the app needs at run time on this platform, sorted by name."""
    # pip's own requirement parser; imported here because a frozen build never gathers.
    from packaging.requirements import Requirement

    seen: set[str] = set()
    pending = [root]
    while pending:
        name = normalised(pending.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    seen.discard(normalised(root))
    return sorted(seen)


def _licence_of(name: str) -> str:
    if name in CHOSEN_ALTERNATIVE:
        return CHOSEN_ALTERNATIVE[name]
    metadata = distribution(name).metadata
    expression = _field(metadata, "License-Expression")
    if expression:
        return expression
    if name in DECLARED_BY_FILE:
        return DECLARED_BY_FILE[name]
    declared = _field(metadata, "License")
    return declared if declared in COMPATIBLE_LICENCES else ""


def _field(metadata: PackageMetadata, name: str) -> str:
    # get_all is in every version of the PackageMetadata protocol; get is not.
    values = metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _compatible(expression: str) -> bool:
    # An AND needs every part compatible; an OR needs one (the app may choose it).
    if " OR " in expression:
        return any(_compatible(part) for part in expression.split(" OR "))
    parts = [part.strip(" ()") for part in expression.split(" AND ")]
    return all(part in COMPATIBLE_LICENCES for part in parts)


def component(name: str) -> Component:
    dist = distribution(name)
    texts: list[tuple[str, str]] = []
    for file in dist.files or []:
        # PEP 639 puts every licence text under .dist-info/licenses/, whatever its name.
        in_licences_folder = ".dist-info/licenses/" in str(file).replace("\\", "/")
        if "dist-info" in str(file) and (in_licences_folder or _LICENCE_FILE.match(file.name)):
            texts.append((file.name, Path(str(file.locate())).read_text("utf-8", "replace")))
    for extra in EXTRA_TEXTS.get(name, ()):
        texts.append((extra, resource_path("licenses", extra).read_text(encoding="utf-8")))
    return Component(name, dist.version, _licence_of(name), tuple(texts))


def problems(components: list[Component]) -> list[str]:
    """What keeps these components from being shipped beside EUPL-1.2 code."""
    found = []
    for item in components:
        if not item.texts:
            found.append(f"{item.name} {item.version}: no licence notice")
        if not item.licence:
            found.append(f"{item.name} {item.version}: licence not declared")
        elif not _compatible(item.licence):
            found.append(f"{item.name} {item.version}: {item.licence} not known to be compatible")
    return found


def gather() -> list[Component]:
    """The runtime closure with its notices; NoticeError when any is missing or incompatible."""
    components = [component(name) for name in runtime_closure()]
    found = problems(components)
    if found:
        raise NoticeError("; ".join(found))
    return components


def render(components: list[Component]) -> str:
    lines = [
        "Intake app: notices of the third-party software it ships",
        f"The intake app itself is licensed under the {APP_LICENCE} (LICENSE).",
        "",
    ]
    for item in components:
        lines += ["=" * 78, f"{item.name} {item.version} ({item.licence})", "=" * 78]
        for file_name, text in item.texts:
            lines += [f"--- {file_name} ---", text.rstrip(), ""]
    return "\n".join(lines) + "\n"


def write_notices(folder: Path) -> Path:
    """Write THIRD-PARTY-NOTICES.txt into `folder` (the build's data); used by the spec."""
    target = folder / NOTICES_FILE
    target.write_text(render(gather()), encoding="utf-8")
    return target


def shipped_notices() -> str:
    """The notices for About: the file a build carries, else gathered from this install."""
    try:
        return resource_path(NOTICES_FILE).read_text(encoding="utf-8")
    except OSError:
        pass
    try:
        return render(gather())
    except (NoticeError, PackageNotFoundError) as problem:
        return f"Licence notices could not be gathered: {problem}"
