"""The summary (issue 18): every urgent action first, reasons grouped per rule and not
cramped, opened at the top."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from intake_app.triage.contract import Decision, Referral
from intake_app.triage.reasons import Reason
from intake_app.ui.screens.summary import SummaryScreen


def sextortion_with_deadline() -> Decision:
    same_rule = tuple(
        Reason("R7", f"series_{n}", "dit gegeven komt ook voor in een andere intake")
        for n in range(5)
    )
    return Decision(
        age_at_incident=15,
        age_now=15,
        minor_at_incident=True,
        age_gap_years=19,
        age_gap_more_than_slight=True,
        category="C",
        tsm="investigation",
        urgent=("publication_deadline",),
        referrals=(Referral("offlimits", "acute"), Referral("shn", "normal")),
        flags=(),
        reasons=(
            Reason("R2", "minor_pressure", "minderjarig slachtoffer met druk of dwang"),
            *same_rule,
            *(Reason("R1", f"r1_{n}", f"frontoffice-advies, punt {n}") for n in range(12)),
        ),
    )


def make_summary(qtbot: QtBot) -> SummaryScreen:
    screen = SummaryScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 620)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_first_actions_list_every_urgent_thing(qtbot: QtBot) -> None:
    screen = make_summary(qtbot)
    screen.show_decision("2026-0001", sextortion_with_deadline(), [], "draft")

    lines = [screen.urgent.item(i).text() for i in range(screen.urgent.count())]
    assert any("TSM-frontoffice" in line for line in lines)
    assert any(line.startswith("Offlimits") and "spoed" in line for line in lines)
    assert any("niet betalen" in line and "bewijs bewaren" in line for line in lines)


def test_reasons_are_grouped_per_rule_whole_and_the_page_opens_at_the_top(
    qtbot: QtBot,
) -> None:
    screen = make_summary(qtbot)
    screen.page_scroll.verticalScrollBar().setValue(10_000)  # as left by the previous case
    screen.show_decision("2026-0001", sextortion_with_deadline(), [], "draft")
    qtbot.wait(10)

    reasons = [screen.reasons.item(i).text() for i in range(screen.reasons.count())]
    assert [line.split(":")[0] for line in reasons] == ["R2", "R7", "R1"]
    assert reasons[1].count("andere intake") == 1
    assert screen.page_scroll.verticalScrollBar().value() == 0
    assert screen.urgent.visibleRegion().boundingRect().height() > 0  # the urgent line shows
    # Not cramped: every reason's lines fit in the box, with no scroll bar of its own.
    assert screen.reasons.verticalScrollBar().maximum() == 0
    assert screen.reasons.height() >= sum(
        screen.reasons.sizeHintForRow(i) for i in range(screen.reasons.count())
    )
