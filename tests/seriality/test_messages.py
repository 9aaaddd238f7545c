"""R7: what the officer reads about a match, and the escalation reason for triage."""

from __future__ import annotations

from datetime import date

from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.messages import escalation_reason, match_message

FIRST = IntakeRef(date(2026, 3, 2), "BT-2026-0012")
SECOND = IntakeRef(date(2026, 9, 14), "BT-2026-0201", station="Bureau Fictief-Noord")
TODAY = date(2026, 11, 23)


def test_no_match_no_message() -> None:
    assert match_message([]) == ""
    assert escalation_reason([]) is None


def test_the_dutch_message_names_count_dates_and_references() -> None:
    text = match_message([FIRST, SECOND], "nl", TODAY)
    assert text.startswith("Dit gegeven komt voor in 2 eerdere intakes: ")
    for part in ("BT-2026-0012", "2026-03-02", "BT-2026-0201", "2026-09-14"):
        assert part in text
    assert "BT-2026-0201 (2026-09-14, Bureau Fictief-Noord)" in text
    assert "TSM-frontoffice" in text


def test_one_match_is_singular() -> None:
    assert match_message([FIRST], "nl", TODAY).startswith(
        "Dit gegeven komt voor in 1 eerdere intake: "
    )
    assert match_message([FIRST], "en", TODAY).startswith(
        "This identifier appears in 1 earlier intake: "
    )


def test_the_english_message() -> None:
    text = match_message([FIRST, SECOND], "en", TODAY)
    assert text.startswith("This identifier appears in 2 earlier intakes: ")
    assert "(2026-09-14, Bureau Fictief-Noord)" in text


def test_a_later_intake_is_called_other_not_earlier() -> None:
    # An officer completing an older intake may find a match recorded after it.
    assert "2 andere intakes" in match_message([FIRST, SECOND], "nl", date(2026, 4, 1))
    assert "2 other intakes" in match_message([FIRST, SECOND], "en", date(2026, 4, 1))


def test_the_escalation_reason_cites_r7_and_the_tsm_frontoffice() -> None:
    reason = escalation_reason([FIRST, SECOND])
    assert reason is not None
    assert (reason.rule, reason.key) == ("R7", "seriality_match")
    assert "TSM-frontoffice" in reason.text
    assert "BT-2026-0012" in reason.text and "BT-2026-0201" in reason.text
    english = escalation_reason([FIRST], "en")
    assert english is not None
    assert "TSM frontoffice" in english.text and "1 other intake " in english.text
