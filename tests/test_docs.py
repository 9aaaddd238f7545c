"""The project's documents are its own: every rule the code cites is defined in docs/domain.md,
the triage contract's version is the code's, and no link in the docs leaves the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake_app.triage.contract import CONTRACT_VERSION

ROOT = Path(__file__).resolve().parent.parent
RULE_ID = re.compile(r"\bR(\d{1,2})\b")


def _rules_defined() -> set[str]:
    text = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    return {f"R{number}" for number in re.findall(r"^- \*\*R(\d+) ", text, flags=re.MULTILINE)}


def _rules_cited_in_code() -> dict[str, Path]:
    cited: dict[str, Path] = {}
    for path in sorted((ROOT / "intake_app").rglob("*.py")):
        for number in RULE_ID.findall(path.read_text(encoding="utf-8")):
            cited.setdefault(f"R{number}", path)
    return cited


def test_domain_defines_the_fourteen_rules() -> None:
    assert _rules_defined() == {f"R{number}" for number in range(1, 15)}


def test_every_rule_the_code_cites_is_defined_in_docs_domain() -> None:
    undefined = {rule: str(path.relative_to(ROOT)) for rule, path in _rules_cited_in_code().items()}
    for rule in _rules_defined():
        undefined.pop(rule, None)
    assert undefined == {}


def test_contract_document_version_is_the_codes() -> None:
    text = (ROOT / "docs" / "triage-contract.md").read_text(encoding="utf-8")
    heading = re.search(r"^# Headless triage contract \(version (\d+)\)", text, re.MULTILINE)
    assert heading is not None
    assert int(heading.group(1)) == CONTRACT_VERSION


def _documents() -> list[Path]:
    return [
        ROOT / "README.md",
        *sorted((ROOT / "docs").rglob("*.md")),
        *sorted((ROOT / "forms").glob("*.md")),
        *sorted((ROOT / "packaging").rglob("*.md")),
    ]


@pytest.mark.parametrize("document", _documents(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_link_leaves_the_repository(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    assert "../shared" not in text
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # an outside address is a citation, not a part of this project
        assert (document.parent / target).exists(), f"{document.name} links to missing {target}"
