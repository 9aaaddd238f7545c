"""Licence notices: every shipped dependency has one and a licence compatible with EUPL-1.2."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app import notices


def test_every_runtime_dependency_has_a_notice_and_a_compatible_licence() -> None:
    components = notices.gather()
    names = {item.name for item in components}
    assert {"pyside6-essentials", "sqlcipher3", "cryptography", "reportlab"} <= names
    assert notices.problems(components) == []


def test_a_dependency_without_a_notice_fails() -> None:
    bare = notices.Component("example-lib", "1.0", "MIT", texts=())
    assert notices.problems([bare]) == ["example-lib 1.0: no licence notice"]


@pytest.mark.parametrize("licence", ["GPL-3.0-only", "AGPL-3.0-only", "SSPL-1.0", ""])
def test_an_incompatible_or_unknown_licence_fails(licence: str) -> None:
    item = notices.Component("example-lib", "1.0", licence, texts=(("LICENSE", "text"),))
    assert notices.problems([item]) != []


def test_either_or_licences_pass_when_one_side_is_compatible() -> None:
    item = notices.Component("x", "1", "Apache-2.0 OR BSD-3-Clause", texts=(("LICENSE", "t"),))
    assert notices.problems([item]) == []


def test_qt_and_sqlcipher_carry_the_texts_their_wheels_lack(tmp_path: Path) -> None:
    written = notices.write_notices(tmp_path).read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in written
    assert "ZETETIC LLC" in written
    assert "OpenSSL" in written
    assert "EUPL-1.2" in written


def test_the_project_declares_its_own_licence() -> None:
    root = Path(__file__).resolve().parent.parent
    assert (
        (root / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )
    assert 'license = "EUPL-1.2"' in (root / "pyproject.toml").read_text(encoding="utf-8")
