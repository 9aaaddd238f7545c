"""R14: the information sheet says "je" to a minor and "u" to an adult or to a parent who
reported for a child, as the interview addresses them (Interview.reader_address)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from intake_app.forms.address import je_word, u_word
from intake_app.forms.policy import Policy
from intake_app.interview.session import Interview
from intake_app.referrals.directory import ServiceDirectory
from intake_app.referrals.information_sheet import compose_information_sheet
from tests.interview.conftest import give
from tests.referrals.test_from_interview import FORM, INTAKE_DATE, case_of


def sheet_texts(answers: dict[str, Any], policy: Policy, directory: ServiceDirectory) -> str:
    interview = Interview(FORM, INTAKE_DATE)
    give(interview, answers)
    case = case_of(interview, policy)
    sheet = compose_information_sheet(
        directory,
        case.station,
        case.officer,
        case.reference,
        date(2026, 11, 23),
        "nl",
        address=case.reader_address,
    )
    return "\n".join(sheet.texts())


@pytest.mark.parametrize(
    ("answers", "address"),
    [
        ({"victim_date_of_birth": "1998-04-01"}, "u"),  # an adult of 28
        ({"victim_date_of_birth": "2010-04-01"}, "je"),  # a 16-year-old
        ({"reporter": "guardian", "victim_date_of_birth": "2017-04-01"}, "u"),  # her parent
    ],
)
def test_R14_the_sheet_addresses_who_takes_it_home(
    policy: Policy, directory: ServiceDirectory, answers: dict[str, Any], address: str
) -> None:
    text = sheet_texts(answers, policy, directory)

    if address == "u":
        assert je_word(text) is None, je_word(text)
        assert "Informatie voor u" in text
        assert "U mag de tijd nemen, en u mag ook meteen aangifte doen" in text
    else:
        assert u_word(text) is None, u_word(text)
        assert "Informatie voor jou" in text
        assert "Je mag de tijd nemen, en je mag ook meteen aangifte doen" in text
    assert "0800-0113" in text  # 113 for everyone (R11 sheet)


def test_the_english_sheet_is_the_same_for_everyone(directory: ServiceDirectory) -> None:
    from tests.referrals.cases import case_with

    case = case_with()
    sheets = [
        compose_information_sheet(
            directory,
            case.station,
            case.officer,
            case.reference,
            date(2026, 11, 23),
            "en",
            address=address,
        ).texts()
        for address in ("je", "u")
    ]
    assert list(sheets[0]) == list(sheets[1])
