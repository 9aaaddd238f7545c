"""The letters screen's audit callback on the store: service, officer and time, never content.

A letter made is a row in the store's letters table (which audits "letter"); a print or a save
is an audit event ("print", "export") naming the service, or "information_sheet".

R13's professional route is a consent row whose basis is `route_<reason>` instead of a person
(the store audits it as "consent" with that basis): who decided is the row's recording officer,
when is its time, why is the reason code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import get_args

from intake_app.referrals.case import ProfessionalRoute, RouteReason
from intake_app.referrals.directory import SERVICE_IDS, ServiceId
from intake_app.referrals.from_interview import local_time
from intake_app.store.store import Store
from intake_app.ui.letters.documents import DocumentId
from intake_app.ui.letters.screen import LetterAction, LoadRoutes, RecordLetter, RecordRoute

ROUTE_PREFIX = "route_"


def store_recorder(store: Store, intake_id: int, officer_id: str) -> RecordLetter:
    def record(document: DocumentId, action: LetterAction) -> None:
        if action == "letter":
            store.letters.record(intake_id, document, officer_id)
        else:
            store.record_event(action, officer_id, intake_id, {"service": document})

    return record


def store_routes(
    store: Store, intake_id: int, officer_id: str, officer_names: Callable[[], Mapping[str, str]]
) -> tuple[RecordRoute, LoadRoutes]:
    """Record and read back the professional-route decisions of one intake (R13)."""

    def record(service: ServiceId, reason: RouteReason) -> None:
        store.consents.record(intake_id, service, f"{ROUTE_PREFIX}{reason}", officer_id)

    def load() -> Sequence[ProfessionalRoute]:
        names = officer_names()
        routes = []
        for row in store.consents.for_intake(intake_id):
            reason = row.given_by.removeprefix(ROUTE_PREFIX)
            if not row.given_by.startswith(ROUTE_PREFIX) or reason not in get_args(RouteReason):
                continue
            if row.service not in SERVICE_IDS:
                continue
            routes.append(
                ProfessionalRoute(
                    service=row.service,
                    decided_by=names.get(row.recorded_by, row.recorded_by),
                    decided_at=local_time(row.given_at),
                    reason=reason,
                )
            )
        return routes

    return record, load
