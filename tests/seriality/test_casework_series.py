"""R7 in a case: image locations match like identifiers and count as a series; a possible match
across kinds is shown as "mogelijk dezelfde" but neither counts nor escalates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.casework import CaseFile, Casework
from intake_app.forms.loader import load_form
from intake_app.forms.model import Form
from intake_app.session import Session, first_run
from intake_app.triage.contract import Decision
from tests.test_casework import (
    CHEAP_KDF,
    PASSPHRASE,
    add_suspect,
    answer,
    sextortion_of_a_15_year_old,
)

STATION = "Basisteam Voorbeeldstad"


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery_key = first_run(tmp_path, "A100", "Agent Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    yield opened
    opened.close()


def images_shared_at(case: CaseFile, locations: list[dict[str, object]]) -> None:
    sextortion_of_a_15_year_old(case)
    answer(case, "images_exist", "yes")
    answer(case, "images_distributed", "yes")
    answer(case, "image_locations", locations)


def test_one_group_holding_two_victims_images_is_a_series(session: Session, form: Form) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    images_shared_at(earlier, [{"kind": "url", "value": "https://t.me/+FiCtIeFgRoEp1"}])
    later = work.start()
    images_shared_at(later, [{"kind": "url", "value": "t.me/joinchat/FiCtIeFgRoEp1"}])

    message = later.identifier_matches("image_locations")
    decision = later.decision()

    assert earlier.summary.reference in message
    assert [ref.reference for ref in later.series_matches()] == [earlier.summary.reference]
    assert later.series_match_count() == 1
    assert isinstance(decision, Decision)
    assert decision.reasons[0].rule == "R7"
    assert "vindplaatsen van beelden" in decision.reasons[0].text


def test_an_image_location_matches_a_suspects_channel_in_another_intake(
    session: Session, form: Form
) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    add_suspect(earlier, {"identifiers": [{"kind": "url", "value": "https://t.me/fictief_kanaal"}]})
    later = work.start()
    images_shared_at(later, [{"kind": "handle", "value": "@fictief_kanaal", "platform": "tg"}])

    assert [ref.reference for ref in later.series_matches()] == [earlier.summary.reference]


def test_a_bare_platform_address_as_image_location_links_nothing(
    session: Session, form: Form
) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    images_shared_at(earlier, [{"kind": "url", "value": "https://www.instagram.com/"}])
    later = work.start()
    images_shared_at(later, [{"kind": "url", "value": "instagram.com"}])

    assert later.series_match_count() == 0
    assert later.identifier_matches("image_locations") == ""


def test_a_phone_number_typed_as_a_username_is_a_possible_match_only(
    session: Session, form: Form
) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    add_suspect(earlier, {"identifiers": [{"kind": "phone", "value": "06-12345678"}]})
    later = work.start()
    number = add_suspect(later, {"identifiers": [{"kind": "username", "value": "0612345678"}]})

    message = later.identifier_matches(f"suspects#{number}.identifiers")

    assert message.startswith("Mogelijk dezelfde")
    assert earlier.summary.reference in message
    assert later.series_match_count() == 0
    decision = later.decision()
    assert isinstance(decision, Decision)
    assert all(reason.rule != "R7" for reason in decision.reasons)
    english = later.identifier_matches(f"suspects#{number}.identifiers", "en")
    assert english.startswith("Possibly the same")


def test_the_other_way_round_a_phone_finds_the_username_as_a_hint(
    session: Session, form: Form
) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    add_suspect(earlier, {"identifiers": [{"kind": "username", "value": "+31612345678"}]})
    later = work.start()
    number = add_suspect(later, {"identifiers": [{"kind": "phone", "value": "06 1234 5678"}]})

    assert "Mogelijk dezelfde" in later.identifier_matches(f"suspects#{number}.identifiers")
    assert later.series_match_count() == 0


def test_a_handle_without_platform_equal_to_one_on_a_platform_is_a_hint(
    session: Session, form: Form
) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    add_suspect(
        earlier,
        {"identifiers": [{"kind": "handle", "value": "@fictief_99", "platform": "Instagram"}]},
    )
    later = work.start()
    number = add_suspect(
        later,
        {
            "identifiers": [
                {"kind": "handle", "value": "Fictief_99", "platform": "onbekend"},
                {"kind": "username", "value": "fictief_99"},
            ]
        },
    )
    key = f"suspects#{number}.identifiers"

    assert earlier.summary.reference in later.identifier_matches(key)
    assert later.identifier_matches(key).startswith("Mogelijk dezelfde")
    assert later.series_match_count() == 0
    # and from the intake with the platform, the name without one is a hint too
    assert earlier.identifier_matches("suspects#1.identifiers").startswith("Mogelijk dezelfde")


def test_an_exact_match_is_not_repeated_as_a_hint(session: Session, form: Form) -> None:
    work = Casework(session, form, STATION)
    earlier = work.start()
    add_suspect(
        earlier,
        {
            "identifiers": [
                {"kind": "phone", "value": "06-12345678"},
                {"kind": "username", "value": "0612345678"},
            ]
        },
    )
    later = work.start()
    number = add_suspect(later, {"identifiers": [{"kind": "phone", "value": "0612345678"}]})

    message = later.identifier_matches(f"suspects#{number}.identifiers")
    assert message.startswith("Dit gegeven komt voor in 1")
    assert "Mogelijk dezelfde" not in message
    assert later.series_match_count() == 1
