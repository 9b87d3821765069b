"""How migrations change a table that other tables refer to, without losing the rows that refer to it.

SQLite alters little in place, so Alembic's batch mode copies a table, drops the old one and renames the copy. With
foreign keys on, dropping the old table first deletes every row referring to it (ON DELETE CASCADE): undoing a
column of the messages table took every analysis, draft, correction and record of a sent reply with it.
"""

from __future__ import annotations

import sqlite3
from typing import Literal

from sqlalchemy import Connection

from kindly.errors import StoreError

# SQLite drops a column in place since 3.35 (unless it is indexed or a foreign key): no copy, nothing deleted
IN_PLACE: Literal["never", "auto"] = "never" if sqlite3.sqlite_version_info >= (3, 35) else "auto"


def refuse_cascading_copy(connection: Connection, table: str) -> None:
    """Stop before a batch copies `table` while foreign keys are on (kindly.store.db.migrations turns them off)."""
    if connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise StoreError(
            f"copying the {table} table with foreign keys on would delete every row referring to it: "
            "migrate through kindly.store.db.migrations, which turns them off"
        )
