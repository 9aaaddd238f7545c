"""The hash lock holds what pyproject.toml asks for: a dependency added or raised without
running packaging/lock.sh fails here, not on a build machine."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {"linux": "linux", "windows": "win32"}  # lock file -> sys_platform it is made for


def _pins(lock: Path) -> dict[str, str]:
    text = lock.read_text(encoding="utf-8")
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.MULTILINE)
    }


def _wanted() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [
        Requirement(line)
        for line in [*project["dependencies"], *extras["test"], *extras["packaging"]]
    ]


@pytest.mark.parametrize(("lock_name", "platform"), LOCKS.items())
def test_every_dependency_is_pinned_within_its_range(lock_name: str, platform: str) -> None:
    lock = ROOT / "requirements" / f"{lock_name}.txt"
    pins = _pins(lock)
    for requirement in _wanted():
        environment = {"sys_platform": platform, "platform_system": "", "extra": ""}
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in {lock.name}: run packaging/lock.sh"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{lock.name} pins {name}=={pins[name]}, outside {requirement.specifier}"
        )


@pytest.mark.parametrize("lock_name", LOCKS)
def test_every_pin_carries_hashes(lock_name: str) -> None:
    text = (ROOT / "requirements" / f"{lock_name}.txt").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    for entry in entries:
        if "==" in entry.split("\n", 1)[0]:
            assert "--hash=sha256:" in entry, entry.split("\n", 1)[0]


def test_the_linters_are_pinned_exactly() -> None:
    tools = {canonicalize_name(r.name): r for r in _wanted()}
    for tool in ("ruff", "mypy"):
        assert str(tools[canonicalize_name(tool)].specifier).startswith("=="), tool
