"""The store: a real SQLite file, migrated by Alembic on open, threads and duplicates kept straight."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindly.errors import StoreError
from kindly.model import Message
from kindly.store.db import open_database
from kindly.store.repository import Repository, content_hash


def mail(
    message_id: str, in_reply_to: str = "", references: tuple[str, ...] = (), body: str = "hi"
) -> Message:
    return Message(
        source="t",
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_addr="a@b.example",
        subject="s",
        body=body,
        own_text=body,
        raw=b"raw bytes " * 20,
        date=datetime(2026, 11, 1, tzinfo=UTC),
    )


def test_opening_creates_and_migrates_the_database(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "kindly.db"
    open_database(path)
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
        version = db.execute("select version_num from alembic_version").fetchone()[0]
        journal = db.execute("pragma journal_mode").fetchone()[0]
    assert {"messages", "analyses", "drafts", "alembic_version"} <= tables
    assert version == "0001"
    assert journal == "wal"
    open_database(path)  # opening again is a no-op


def test_a_database_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        open_database(blocker / "kindly.db")


def test_replies_join_the_thread_of_the_message_they_answer(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "k.db")
    with sessions.begin() as session:
        repo = Repository(session)
        root = repo.add_message(mail("root@x"), content_hash(mail("root@x")))
        # A reply that names only its parent (no References) still lands in the thread.
        reply = mail("reply@x", in_reply_to="root@x", body="answer")
        reply_row = repo.add_message(reply, content_hash(reply))
        late = mail("late@x", in_reply_to="reply@x", references=("root@x", "reply@x"), body="again")
        late_row = repo.add_message(late, content_hash(late))
        assert root.thread_id == reply_row.thread_id == late_row.thread_id
        assert [m.message_id for m in repo.thread(root.thread_id)] == ["root@x", "reply@x", "late@x"]


def test_duplicates_are_found_by_message_id_or_by_content(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "k.db")
    with sessions.begin() as session:
        repo = Repository(session)
        first = mail("one@x")
        repo.add_message(first, content_hash(first))
        assert repo.find_duplicate(mail("one@x", body="edited"), content_hash(mail("one@x", body="edited")))
        no_id = mail("", body="same words")
        repo.add_message(no_id, content_hash(no_id))
        assert repo.find_duplicate(mail("", body="same words"), content_hash(mail("", body="same words")))
        assert repo.find_duplicate(mail("", body="other"), content_hash(mail("", body="other"))) is None


def test_raw_bytes_are_kept_compressed(tmp_path: Path) -> None:
    import zlib

    sessions = open_database(tmp_path / "k.db")
    with sessions.begin() as session:
        row = Repository(session).add_message(mail("raw@x"), content_hash(mail("raw@x")))
        assert zlib.decompress(row.raw) == b"raw bytes " * 20
        assert len(row.raw) < 200
