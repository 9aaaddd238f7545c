"""The trauma-sensitive wording check: no phrasing from forms/wording-blocklist.yaml.

Checked is everything the victim hears or reads: titles, intros, the officer's wording (`ask`),
the plain read-back (`plain`), option texts and check messages. Guidance for the officer is not
checked, so that it can say what not to ask. Phrases match as whole words, in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from intake_app.forms.schema import BlocklistSource
from intake_app.forms.yaml_source import FormFileError, Location, YamlSource, load_yaml

BLOCKLIST_FILE = "wording-blocklist.yaml"
_SPOKEN_FIELDS = frozenset({"title", "intro", "ask", "plain", "message"})
_SPOKEN_MAPPINGS = frozenset({"options", "checks"})  # option id: text; check id: message (en)


@dataclass(frozen=True)
class Blocklist:
    patterns: Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]  # language: (phrase, regex)

    def find(self, language: str, text: str) -> str | None:
        for phrase, pattern in self.patterns.get(language, ()):
            if pattern.search(text):
                return phrase
        return None


def _pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def load_blocklist(path: Path) -> Blocklist:
    source = load_yaml(path)
    if not isinstance(source.data, dict):
        raise source.error((), "the blocklist must be a mapping with 'phrases'")
    try:
        parsed = BlocklistSource.model_validate(source.data)
    except ValidationError as exc:
        raise source.validation_error(exc) from exc
    patterns = {}
    for language, phrases in parsed.phrases.items():
        cleaned = [phrase.strip() for phrase in phrases if phrase and phrase.strip()]
        patterns[language] = tuple((phrase, _pattern(phrase)) for phrase in cleaned)
    return Blocklist(patterns)


def _spoken_texts(data: Any, location: Location = ()) -> Iterator[tuple[Location, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            here = (*location, str(key))
            if isinstance(value, str) and key in _SPOKEN_FIELDS:
                yield here, value
            elif isinstance(value, dict) and key in _SPOKEN_FIELDS | _SPOKEN_MAPPINGS:
                # options and check messages by id; ask and plain by whom they address
                for inner_key, inner in value.items():
                    if isinstance(inner, str):
                        yield (*here, str(inner_key)), inner
                    else:
                        yield from _spoken_texts(inner, (*here, str(inner_key)))
            elif key != "guidance":
                yield from _spoken_texts(value, here)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _spoken_texts(item, (*location, index))


def wording_problems(
    source: YamlSource, language: str, blocklist: Blocklist
) -> list[FormFileError]:
    """Every blame-suggesting phrase in a form or translation file, with its line."""
    problems = []
    for location, text in _spoken_texts(source.data):
        phrase = blocklist.find(language, text)
        if phrase is not None:
            field = ".".join(str(part) for part in location)
            problems.append(
                source.error(
                    location,
                    f"wording that can suggest blame ('{phrase}') in {field}; rephrase it "
                    f"without judging the person (see {BLOCKLIST_FILE})",
                )
            )
    return problems
