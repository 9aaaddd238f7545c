"""YAML files that remember where each value stood, so errors name file and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

Location = tuple[str | int, ...]


class FormFileError(ValueError):
    """A file in forms/ that cannot be used; says where and why, for `forms check` and the UI."""

    code = "forms.file"

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class YamlSource:
    path: Path
    data: Any
    lines: dict[Location, int]

    def line_of(self, location: Sequence[str | int]) -> int | None:
        """The line of the deepest part of `location` the file has (1-based)."""
        loc = tuple(location)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)

    def error(self, location: Sequence[str | int], reason: str) -> FormFileError:
        return FormFileError(self.path, self.line_of(location), reason)

    def validation_error(self, error: ValidationError) -> FormFileError:
        """The first problem pydantic found, placed at its line."""
        return self.validation_errors(error)[0]

    def validation_errors(self, error: ValidationError) -> list[FormFileError]:
        """Every problem pydantic found, each placed at its line."""
        problems = []
        for detail in error.errors():
            location = [part for part in detail["loc"] if isinstance(part, str | int)]
            field = ".".join(str(part) for part in location) or "(top level)"
            problems.append(self.error(location, f"{field}: {detail['msg']}"))
        return problems


def _record_lines(node: yaml.Node, location: Location, lines: dict[Location, int]) -> None:
    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _record_lines(value_node, (*location, str(key_node.value)), lines)
            lines[(*location, str(key_node.value))] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*location, index), lines)


def load_yaml(path: Path) -> YamlSource:
    """Parse one YAML file (safe loader only) with the line of every key and item."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FormFileError(path, None, f"cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise FormFileError(path, None, "is not UTF-8 text") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise FormFileError(path, line, f"not valid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise FormFileError(path, None, f"not valid YAML: {exc}") from exc
    except RecursionError:
        raise FormFileError(path, None, "is nested too deeply to be a definition") from None
    except ValueError:  # an integer of thousands of digits
        raise FormFileError(path, None, "holds a number far too large to be meant") from None
    lines: dict[Location, int] = {}
    if node is not None:
        try:
            _record_lines(node, (), lines)
        except RecursionError:
            raise FormFileError(path, None, "is nested too deeply to be a definition") from None
    return YamlSource(path=path, data=data, lines=lines)
