from __future__ import annotations

from intake_app.interview.answers import AnswerState
from intake_app.interview.read_back import ReadBackLine, read_back
from intake_app.interview.session import Interview
from tests.interview.conftest import give


def test_the_read_back_shows_what_counts_in_plain_words(interview: Interview) -> None:
    give(
        interview,
        {
            "purpose_explained": "yes",  # no plain wording: not read back
            "safe_now": "yes",
            "threat_ongoing": "unknown",
            "victim_date_of_birth": "1990-04-05",
            "incident_kinds": ["sextortion", "other"],
            "incident_first_date": "2026-10-01",
        },
    )
    interview.set_state("self_harm_thoughts", AnswerState.DECLINED)
    number = interview.add_instance("suspects")
    give(
        interview,
        {
            f"suspects#{number}.age_years": 30,
            f"suspects#{number}.identifiers": [
                {"kind": "handle", "value": "@fictief", "platform": "chat"}
            ],
        },
    )
    interview.set_answer("contact_avoid", "x" * 500)  # invalid: not read back

    lines = {line.key: line for line in read_back(interview, "nl")}

    assert list(lines) == [
        "safe_now",
        "threat_ongoing",
        "self_harm_thoughts",
        "victim_date_of_birth",
        "incident_kinds",
        "incident_first_date",
        "suspects#1.age_years",
        "suspects#1.identifiers",
    ]
    assert lines["safe_now"] == ReadBackLine(
        "safe_now", "Veiligheid eerst", None, "Of u nu veilig bent", "ja"
    )
    assert lines["threat_ongoing"].answer == "weet ik niet"
    assert lines["self_harm_thoughts"].answer == "wil ik niet zeggen"
    assert lines["victim_date_of_birth"].answer == "05-04-1990"
    assert lines["incident_kinds"].answer == (
        "Afpersing met seksuele beelden (sextortion), Iets anders"
    )
    assert lines["suspects#1.age_years"].answer == "30 jaar"
    assert lines["suspects#1.age_years"].instance == 1
    assert lines["suspects#1.identifiers"].answer == "accountnaam op een platform: @fictief (chat)"


def test_the_read_back_speaks_english_too(interview: Interview) -> None:
    give(interview, {"victim_age_estimate": "adult", "safe_now": "no"})
    give(interview, {"threat_ongoing": "declined"})

    lines = read_back(interview, "en")

    assert [(line.section, line.wording, line.answer) for line in lines] == [
        ("Safety first", "Whether you are safe now", "no"),
        ("Safety first", "Whether you are still being threatened", "I'd rather not say"),
    ]


def test_the_read_back_speaks_to_the_person_as_the_questions_do(interview: Interview) -> None:
    give(interview, {"reporter": "guardian", "safe_now": "yes"})
    assert [line.wording for line in read_back(interview)] == [
        "Wie het vertelde",
        "Of uw kind nu veilig is",
    ]

    give(interview, {"reporter": "victim", "victim_date_of_birth": "2012-04-01"})
    wording = {line.key: line.wording for line in read_back(interview)}
    assert wording["safe_now"] == "Of je nu veilig bent"
    assert wording["victim_date_of_birth"] == "Je geboortedatum"
    assert interview.reader_address() == "je"

    give(interview, {"victim_date_of_birth": "1990-04-01"})
    assert read_back(interview)[1].wording == "Of u nu veilig bent"
    assert interview.reader_address() == "u"
