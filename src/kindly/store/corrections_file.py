"""The user's corrections read straight from the database file, for `kindly classify`.

stdlib sqlite3 instead of the store's SQLAlchemy session: classify answers its first message in about half
a second, and importing SQLAlchemy and Alembic to check the schema would double that. Only a SELECT runs:
the data is never changed. The file is opened read-write when it can be, because the database is in WAL
mode and a read-only connection leaves SQLite's -wal and -shm side files behind; a folder that cannot be
written to is read read-only. A database from before corrections existed simply has none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kindly.errors import StoreError
from kindly.model import Intent
from kindly.understand.memory import Correction

_INTENTS = {intent.value for intent in Intent}
# The latest correction of each message wins, in the order the messages were first corrected: as
# kindly.feedback.load_memory has them, so that ties between equally similar corrections go the same way.
_LATEST = """
SELECT c.sender, c.subject, c.text, c.intent, c.purpose_clear
FROM corrections AS c
JOIN (SELECT max(id) AS latest, min(id) AS first FROM corrections GROUP BY message_pk) AS g ON c.id = g.latest
ORDER BY g.first
"""
Row = tuple[str | None, str | None, str | None, str, int | None]


def _select(path: Path, mode: str) -> list[Row]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    try:
        rows: list[Row] = connection.execute(_LATEST).fetchall()
        return rows
    finally:
        connection.close()


def read_corrections(path: Path) -> list[Correction]:
    if not path.is_file():
        raise StoreError(f"{path}: no database here")
    rows: list[Row] = []
    for mode in ("rw", "ro"):
        try:
            rows = _select(path, mode)
            break
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            if mode == "ro":
                raise StoreError(f"{path}: cannot read the corrections ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot read the corrections ({exc})") from None
    corrections = []
    for sender, subject, text, intent, purpose_clear in rows:
        if intent not in _INTENTS:
            continue  # written by a later version with an intent this one does not know
        clear = None if purpose_clear is None else bool(purpose_clear)
        corrections.append(Correction(sender or "", subject or "", text or "", Intent(intent), clear))
    return corrections
