"""`kindly classify` reads the user's corrections straight from the database file, read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kindly.errors import StoreError
from kindly.model import Intent
from kindly.store.corrections_file import read_corrections


def corrections_database(path: Path, rows: list[tuple[int, str, str, str, str, int | None]]) -> Path:
    """A database holding just the corrections table, with rows (message_pk, sender, subject, text, intent,
    purpose_clear) in the order given."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE corrections (id INTEGER PRIMARY KEY, message_pk INTEGER, sender TEXT, subject TEXT, "
            "text TEXT, intent TEXT, purpose_clear BOOLEAN)"
        )
        connection.executemany(
            "INSERT INTO corrections (message_pk, sender, subject, text, intent, purpose_clear) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return path


def test_a_database_from_before_corrections_existed_has_none(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY)")
    assert read_corrections(path) == []


def test_the_latest_correction_of_a_message_wins_and_unknown_intents_are_skipped(tmp_path: Path) -> None:
    path = corrections_database(
        tmp_path / "kindly.db",
        [
            (1, "a@x.example", "hi", "coffee?", "sales_pitch", None),
            (1, "a@x.example", "hi", "coffee?", "coffee_chat", 0),
            (2, "b@x.example", "", "join us", "intent_of_a_later_version", None),
        ],
    )
    [correction] = read_corrections(path)
    assert (correction.sender, correction.intent, correction.purpose_clear) == (
        "a@x.example",
        Intent.COFFEE_CHAT,
        False,
    )


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kindly.db"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError, match=r"kindly\.db: cannot read the corrections"):
        read_corrections(path)


def test_corrections_come_in_the_order_triage_remembers_them(tmp_path: Path) -> None:
    """Ties between equally similar corrections then go the same way in classify and in triage."""
    path = corrections_database(
        tmp_path / "kindly.db",
        [
            (1, "a", "", "x", "coffee_chat", None),
            (2, "b", "", "x", "sales_pitch", None),
            (1, "a", "", "x", "recruiting", None),
        ],
    )
    assert [c.intent for c in read_corrections(path)] == [Intent.RECRUITING, Intent.SALES_PITCH]
