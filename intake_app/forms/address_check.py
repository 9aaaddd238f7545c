"""`forms check` on who a question speaks to, and policy values in text.

- Wording that addresses the person ("u", "je", outside quotation marks) must come as the three
  variants je / u / about_child; a "je" variant may not say "u", "uw" or "uzelf", a "u" or
  about_child variant not "je", "jij", "jou" or "jouw" (address.py).
- `{child}` belongs in about_child variants only.
- `{policy.acute.csg_acute_days}` in any text is replaced by that number from policy.yaml when
  the form loads, so guidance names the policy's values, not its keys.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from intake_app.forms.address import CHILD, CHILD_CAPITALISED, Address, je_word, u_word
from intake_app.forms.schema import QuestionSource, Wording
from intake_app.forms.yaml_source import Location

_POLICY = re.compile(r"\{(policy(?:\.[a-z_]+)+)\}")


def fill_policy(text: str, constants: Mapping[str, int]) -> tuple[str, list[str]]:
    """`text` with each `{policy.x.y}` replaced by its number, and the names it does not know."""
    unknown: list[str] = []

    def number(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in constants:
            unknown.append(name)
            return match.group(0)
        return str(constants[name])

    return _POLICY.sub(number, text), unknown


def neutral_problem(text: str) -> str | None:
    """Why one wording for everyone does not fit `text` (it addresses someone), or None."""
    word = u_word(text) or je_word(text)
    if word is None:
        return None
    return (
        f"'{word}' speaks to the person: give the variants je, u and about_child "
        "(see forms/README.md, 'Who is addressed')"
    )


def variant_problem(address: str, text: str) -> str | None:
    """Why one variant mixes forms of address, or None."""
    if address == Address.JE:
        word = u_word(text)
        if word is not None:
            return f"the je variant says '{word}': a minor is addressed with je"
    else:
        word = je_word(text)
        if word is not None:
            return f"the {address} variant says '{word}': an adult is addressed with u"
    if address != Address.ABOUT_CHILD and (CHILD in text or CHILD_CAPITALISED in text):
        return f"the {address} variant says {CHILD}: only about_child speaks about the child"
    return None


def wording_problems(wording: Wording | None) -> list[tuple[Location, str]]:
    if wording is None:
        return []
    if isinstance(wording, str):
        problem = neutral_problem(wording)
        return [((), problem)] if problem else []
    found: list[tuple[Location, str]] = []
    for address in Address:
        text = getattr(wording, address.value)
        problem = variant_problem(address.value, text)
        if problem:
            found.append(((address.value,), problem))
    return found


def address_problems(question: QuestionSource) -> list[tuple[Location, str]]:
    """Every problem of address in one question (not its group's questions), with where."""
    found: list[tuple[Location, str]] = []
    for field in ("ask", "plain"):
        wording = getattr(question, field)
        if question.officer is True and field == "ask" and isinstance(wording, str):
            # Said to the officer (an adult, "u"), never to the person telling.
            word = je_word(wording)
            if word is not None:
                found.append(
                    (
                        (field,),
                        f"question '{question.id}', ask: '{word}' in an "
                        "officer's question: the officer is addressed with u",
                    )
                )
            continue
        for where, problem in wording_problems(wording):
            found.append(((field, *where), f"question '{question.id}', {field}: {problem}"))
    for option, text in (question.options or {}).items():
        option_problem = neutral_problem(text)
        if option_problem:
            found.append((("options", option), f"option '{option}': {option_problem}"))
    return found
