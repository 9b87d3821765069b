"""Triage looks things up for every message (has the user written to this sender, what was said in the
thread, when they were last declined). On a mailbox of 100,000 messages a lookup that scans the messages
table costs a hundred milliseconds per message, so each one must be served by an index."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from kindly.model import Message
from kindly.profile import load_profile
from kindly.services import known_sender
from kindly.store.db import open_database
from kindly.store.history import history
from kindly.store.repository import Repository
from kindly.store.tables import MessageRow
from support import EXAMPLES, statements


def note(n: int, sender: str) -> Message:
    return Message(
        source=f"test#{n}",
        message_id=f"m{n}@example.org",
        from_name="Ana",
        from_addr=sender,
        to=("dana@example.com",),
        subject=f"note {n}",
        date=datetime(2026, 11, 2, tzinfo=UTC),
        body=f"Coffee next week? ({n})",
        own_text=f"Coffee next week? ({n})",
    )


def test_sender_and_thread_lookups_never_scan_the_messages_table(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "kindly.db")
    profile = load_profile(EXAMPLES / "profile.toml")
    with sessions.begin() as session:
        Repository(session).store_messages([note(n, f"Sender{n % 50}@Example.org") for n in range(500)])
    with sessions.begin() as session:
        repo = Repository(session)
        row = session.scalars(select(MessageRow).order_by(MessageRow.id.desc()).limit(1)).one()
        message = note(499, "Sender49@Example.org")
        with statements(sessions) as seen:
            known_sender(repo, profile, message, row.id)
            history(session, row.id, row.thread_id, message.from_addr, message.from_name)
        assert seen
        connection = session.connection().connection.driver_connection
        assert connection is not None
        for statement, parameters in seen:
            for step in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters):
                detail = str(step[-1])
                if " messages " in f"{detail} ":
                    # An index on what is looked up, or one row by id; "rowid<?" alone reads every earlier row.
                    assert "INDEX" in detail or "rowid=?" in detail, f"{statement}\n-> {detail}"


def test_sender_addresses_are_stored_lowercased(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "kindly.db")
    with sessions.begin() as session:
        Repository(session).store_messages([note(1, "Organizer@Example.ORG")])
    with sessions.begin() as session:
        assert session.scalars(select(MessageRow.from_addr)).one() == "organizer@example.org"
