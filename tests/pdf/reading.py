"""Reading a PDF back, as a service or a curious bystander would."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def squeezed(text: str) -> str:
    """Without whitespace: line wrapping must not decide whether a text was printed verbatim."""
    return re.sub(r"\s+", "", text)


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def unembedded_fonts(pdf: bytes) -> set[str]:
    """Fonts whose program is not in the file (would print with whatever the printer has)."""
    missing = set()
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/DescendantFonts"):
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font["/BaseFont"]))
    return missing


def body_text(pdf: bytes, reference: str) -> str:
    """All pages' text squeezed, without the footer each page repeats (which would otherwise
    sit in the middle of a text that runs over a page break)."""
    ref = re.escape(squeezed(reference))
    footer = re.compile(rf"(Vertrouwelijk|Confidential){ref}(pagina|page)\d+(van|of)\d+")
    return "".join(footer.sub("", squeezed(text)) for text in page_texts(pdf))
