"""This station's side of the token exchange between stations (R7), over the store.

`StoreTokenIndex` answers the seriality room's `IdentifierIndex.lookup` from imported token
files: the local match key is hashed under the stored regional key exactly as `tokens.py`
does on export, then looked up. `station_token_file` makes this station's export. No raw or
normalised identifier leaves this module other than as a keyed hash.
"""

from __future__ import annotations

from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.regional_key import RegionalKey
from intake_app.seriality.tokens import Tokeniser, export_tokens
from intake_app.store.store import Store


class StoreTokenIndex:
    """Other stations' imported tokens as an `IdentifierIndex`; a match names the station.

    The regional key is read once, when the index is made (a case is opened): without a key
    set, or for files made under an earlier key, nothing matches, by design.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        key = store.regional_key.current()
        self._fingerprint = key.fingerprint if key is not None else None
        self._tokeniser = Tokeniser(key) if key is not None else None

    def lookup(self, key: MatchKey) -> list[IntakeRef]:
        if self._tokeniser is None or self._fingerprint is None:
            return []
        return self._store.imported_tokens.lookup(self._tokeniser.token(key), self._fingerprint)


def station_token_file(store: Store, regional_key: RegionalKey, station: str) -> tuple[bytes, int]:
    """The token file of every non-training intake's suspect identifiers, and its token count.

    Training intakes hold fictional cases and must never reach another station.
    """
    identifiers = [
        (MatchKey(kind, normalised), IntakeRef(created.astimezone().date(), reference))
        for kind, normalised, reference, created in store.identifiers.all_with_intakes()
    ]
    content = export_tokens(identifiers, regional_key, station)
    return content, content.count(b"\n") - 2  # header and seal lines
