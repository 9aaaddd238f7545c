"""The home list's source for one unlocked session: both reads run on a worker thread,
so nothing here may touch Qt (intake_app/ui/worker.py)."""

from __future__ import annotations

from intake_app.case_list import CaseDetails, CaseQuery, CaseRow, case_details, case_page
from intake_app.casework import Casework


class CaseworkSource:
    def __init__(self, casework: Casework) -> None:
        self.casework = casework

    def page(self, query: CaseQuery) -> list[CaseRow]:
        return case_page(self.casework, query)

    def details(self, intake_ids: list[int]) -> dict[int, CaseDetails]:
        return case_details(self.casework, intake_ids)
