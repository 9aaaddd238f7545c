"""The summary of a reopened intake says why it was reopened, by whom and when."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from intake_app.ui.screens.summary import SummaryScreen
from tests.triage.cases import make, run


def test_a_reopened_intake_shows_why(qtbot: QtBot) -> None:
    screen = SummaryScreen()
    qtbot.addWidget(screen)
    when = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)

    screen.show_decision(
        "2026-0001",
        run(make()),
        [],
        "amended",
        [(when, "Agent Fictief", "Telefoonnummer verschreven (fictief)")],
    )

    assert not screen.amendments.isHidden()
    assert screen.amendments.count() == 1
    line = screen.amendments.item(0).text()
    assert line.endswith("Agent Fictief: Telefoonnummer verschreven (fictief)")
    assert line.startswith(when.astimezone().strftime("%Y-%m-%d %H:%M"))


def test_an_intake_never_reopened_shows_no_such_section(qtbot: QtBot) -> None:
    screen = SummaryScreen()
    qtbot.addWidget(screen)
    screen.show_decision("2026-0001", run(make()), [], "amended", [(datetime.now(UTC), "A", "B")])

    screen.show_decision("2026-0002", run(make()), [], "draft")

    assert screen.amendments.isHidden()
    assert screen.amendments.count() == 0
