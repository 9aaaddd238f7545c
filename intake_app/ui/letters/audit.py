"""The letters screen's audit callback on the store: service, officer and time, never content.

A letter made is a row in the store's letters table (which audits "letter"); a print or a save
is an audit event ("print", "export") naming the service, or "information_sheet".
"""

from __future__ import annotations

from intake_app.store.store import Store
from intake_app.ui.letters.documents import DocumentId
from intake_app.ui.letters.screen import LetterAction, RecordLetter


def store_recorder(store: Store, intake_id: int, officer_id: str) -> RecordLetter:
    def record(document: DocumentId, action: LetterAction) -> None:
        if action == "letter":
            store.letters.record(intake_id, document, officer_id)
        else:
            store.record_event(action, officer_id, intake_id, {"service": document})

    return record
