"""A two-page referral letter's build time against bare reportlab laying out the same text.

Both sides use the same registered DejaVu Sans and the same text (the letter's own), in the
same process, interleaved; the ratio says what the letter's furniture costs: consent check,
composition, escaping, tables, the footer's second pass and the watermark.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.figures import Figure, figure, median
from intake_app.forms.policy import load_policy
from intake_app.pdf.escape import escape_text
from intake_app.pdf.fonts import REGULAR, register_fonts
from intake_app.pdf.letter import render_letter
from intake_app.referrals.directory import load_directory, shipped_directory_path
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.letters import compose_letter

ROUNDS = 25


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _timed(build: Callable[[], bytes]) -> tuple[float, bytes]:
    started = time.perf_counter()
    pdf = build()
    return time.perf_counter() - started, pdf


def run() -> Iterator[Figure]:
    register_fonts()
    case = example_case(training=True)
    directory = load_directory(shipped_directory_path())
    policy = load_policy()

    def letter() -> bytes:
        content = compose_letter(case, "csg", directory, policy, EXAMPLE_NOW)
        return render_letter(content)

    texts = list(compose_letter(case, "csg", directory, policy, EXAMPLE_NOW).texts())
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=10, leading=14)

    def bare() -> bytes:
        buffer = BytesIO()
        document = SimpleDocTemplate(buffer, initialFontName=REGULAR)
        document.build([Paragraph(escape_text(text), style) for text in texts])
        return buffer.getvalue()

    letter()  # warm caches (font subsets, imports) for both sides alike
    bare()
    letter_times, bare_times = [], []
    letter_pages = bare_pages = 0
    for _ in range(ROUNDS):
        elapsed, pdf = _timed(letter)
        letter_times.append(elapsed)
        letter_pages = _page_count(pdf)
        elapsed, pdf = _timed(bare)
        bare_times.append(elapsed)
        bare_pages = _page_count(pdf)
    yield figure(
        "letter_build",
        unit="s",
        rounds=ROUNDS,
        letter_pages=letter_pages,
        bare_pages=bare_pages,
        letter_median=round(median(letter_times), 5),
        bare_reportlab_median=round(median(bare_times), 5),
        ratio=round(median(letter_times) / median(bare_times), 3),
        target_ratio_at_most=3.0,
    )
