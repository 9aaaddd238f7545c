"""Render every referral letter and the information sheet of the fictional example case as PNG
pages, for the README and for review (needs poppler's pdftoppm):

    .venv/bin/python docs/letters/render.py

The example case is invented (intake_app/referrals/example.py) and marked as training, so each
page also shows the training watermark. The review cases in cases/*.json (answers files, as
`intake-app letter` reads them) are rendered through that command's code, with the fictional
VOORBEELD letterhead. Nothing is written but the PNGs beside this script.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from intake_app.commands.letter import letter_pdf
from intake_app.forms.policy import load_policy
from intake_app.pdf.information_sheet import render_information_sheet
from intake_app.pdf.letter import render_letter
from intake_app.referrals.directory import SERVICE_IDS, load_directory, shipped_directory_path
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.information_sheet import compose_information_sheet
from intake_app.referrals.letters import compose_letter

OUT = Path(__file__).resolve().parent
RESOLUTION = "80"
CASES_NOW = datetime(2026, 11, 23, 10, 15)
# Review cases (DOMAIN.md, what each service needs): answers file -> the document made of it.
CASES = {
    "offlimits-19-made-at-17": "offlimits",
    "csg-acute-already-called": "csg",
    "veilig-thuis-parent-not-safe": "veilig_thuis",
}


def to_png(pdf: bytes, name: str) -> list[Path]:
    """Pages as OUT/<name>-<n>.png; the PDF goes to pdftoppm on stdin, never to disk."""
    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    # pdftoppm from PATH with fixed arguments; our own PDF arrives on stdin.
    command = ["pdftoppm", "-r", RESOLUTION, "-png", "-", str(OUT / name)]
    subprocess.run(command, input=pdf, check=True)  # noqa: S603
    return sorted(OUT.glob(f"{name}-*.png"))


def main() -> int:
    if shutil.which("pdftoppm") is None:
        sys.stderr.write("pdftoppm not found: install poppler-utils (Debian/Ubuntu).\n")
        return 1
    case = example_case(training=True)
    directory = load_directory(shipped_directory_path())  # never a station's own copy
    policy = load_policy()
    documents: dict[str, bytes] = {}
    for service in SERVICE_IDS:
        letter = compose_letter(case, service, directory, policy, EXAMPLE_NOW, "nl")
        documents[f"letter-{service}"] = render_letter(letter)
    english = compose_letter(case, "csg", directory, policy, EXAMPLE_NOW, "en")
    documents["letter-csg-en"] = render_letter(english)
    for language in ("nl", "en"):
        sheet = compose_information_sheet(
            directory,
            case.station,
            case.officer,
            case.reference,
            EXAMPLE_NOW.date(),
            language,
            training=True,
        )
        documents[f"information-sheet-{language}"] = render_information_sheet(sheet)
    for name, service in CASES.items():
        raw = (OUT / "cases" / f"{name}.json").read_bytes()
        documents[f"case-{name}"] = letter_pdf(service, raw, now=CASES_NOW, professional_route=True)
    raw = (OUT / "cases" / "veilig-thuis-parent-not-safe.json").read_bytes()
    documents["case-information-sheet"] = letter_pdf("information_sheet", raw, now=CASES_NOW)
    for name, pdf in documents.items():
        for page in to_png(pdf, name):
            sys.stdout.write(f"{page.relative_to(OUT.parent.parent)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
