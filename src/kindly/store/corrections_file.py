"""The user's corrections read straight from the database file, read-only, for `kindly classify`.

stdlib sqlite3 instead of the store's SQLAlchemy session: classify answers its first message in about half
a second, and importing SQLAlchemy and Alembic to check the schema would double that. Nothing is written;
a database from before corrections existed simply has none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kindly.errors import StoreError
from kindly.model import Intent
from kindly.understand.memory import Correction

# The latest correction of each message wins, as in kindly.feedback.load_memory.
_INTENTS = {intent.value for intent in Intent}
_LATEST = """
SELECT sender, subject, text, intent, purpose_clear FROM corrections
WHERE id IN (SELECT max(id) FROM corrections GROUP BY message_pk) ORDER BY id
"""


def read_corrections(path: Path) -> list[Correction]:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from None
    try:
        rows = connection.execute(_LATEST).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise StoreError(f"{path}: cannot read the corrections ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the corrections ({exc})") from None
    finally:
        connection.close()
    corrections = []
    for sender, subject, text, intent, purpose_clear in rows:
        if intent not in _INTENTS:
            continue  # written by a later version with an intent this one does not know
        clear = None if purpose_clear is None else bool(purpose_clear)
        corrections.append(Correction(sender or "", subject or "", text or "", Intent(intent), clear))
    return corrections
