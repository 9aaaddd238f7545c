"""Capture the administration screen on fictional data (Xvfb in practice).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture_admin.py

A throwaway data folder with invented officers and empty intakes: no real case can appear.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
PASSPHRASE = "drie losse woorden hier"  # noqa: S105 - a fictional demo passphrase


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="intake-admin-screen-"))
    os.environ["INTAKE_APP_DATA_DIR"] = str(base / "data")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from intake_app.session import first_run
    from intake_app.station_profile import StationProfile, save_station_profile
    from intake_app.store.models import utc_now
    from intake_app.ui.admin import AdminScreen
    from intake_app.ui.app import create_application
    from intake_app.vault import KdfParams

    app, _language = create_application(sys.argv[:1])
    quick = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # fictional data only
    folder = base / "data"
    session, _recovery_key = first_run(
        folder, "A100", "Agent Jansen (fictief)", PASSPHRASE, kdf=quick
    )
    data_key = session.store.database.data_key
    for officer_id, name, role in (
        ("B200", "Agent Bakker (fictief)", "officer"),
        ("C300", "Agent El Amrani (fictief)", "officer"),
        ("D400", "Brigadier Visser (fictief)", "admin"),
    ):
        session.vault.add_officer(data_key, officer_id, name, PASSPHRASE, role)
        session.store.officers.ensure(officer_id, name, role)
    save_station_profile(
        folder,
        StationProfile(
            name="Basisteam Voorbeeldstad (fictief)",
            address=("Voorbeeldplein 1", "1234 AB Voorbeeldstad"),
            phone="0900-8844",
        ),
    )
    old = session.store.intakes.create("B200")
    session.store.intakes.finalise(old.id, "B200", now=utc_now() - timedelta(days=120))
    recent = session.store.intakes.create("C300")
    session.store.intakes.finalise(recent.id, "C300")
    session.store.intakes.create("B200")

    screen = AdminScreen(session, folder)
    screen.resize(1180, 760)
    screen.show()
    shots = {"admin": screen.officers, "admin-services": screen.services, "admin-log": screen.audit}
    assert screen.tabs is not None  # noqa: S101 - an administrator's session
    for name, tab in shots.items():
        screen.tabs.setCurrentWidget(tab)
        if tab is screen.audit:  # show the chain check's calm result too
            screen.audit.check_chain()
            while screen.busy:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        for _ in range(5):
            QApplication.processEvents()
        screen.grab().save(str(OUT / f"{name}.png"))
    screen.close()
    session.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
