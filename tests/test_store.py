"""The store: a real SQLite file, migrated by Alembic on open, threads and duplicates kept straight."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kindly.store.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def test_opening_creates_and_migrates_the_database(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "kindly.db"
    open_database(path)
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
        version = db.execute("select version_num from alembic_version").fetchone()[0]
        journal = db.execute("pragma journal_mode").fetchone()[0]
    assert {"messages", "analyses", "drafts", "contacts", "sync_state", "alembic_version"} <= tables
    assert version == head_revision()
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


def test_the_migrations_build_exactly_the_tables_the_orm_declares(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kindly.store.tables import Base

    sessions = open_database(tmp_path / "k.db")
    with sessions.begin() as session:
        differences = compare_metadata(MigrationContext.configure(session.connection()), Base.metadata)

    assert [d for d in differences if _table_of(d) in INGEST_TABLES] == []


INGEST_TABLES = {"messages", "analyses", "drafts", "contacts", "sync_state"}  # of revisions 0001 and 0002


def _table_of(difference: Any) -> str:
    kind, *rest = difference[0] if isinstance(difference, list) else difference
    target = rest[0]
    if kind.endswith("_table"):
        return str(target.name)
    if hasattr(target, "table"):  # an index or a constraint
        return str(target.table.name)
    return str(rest[1])  # ("add_column" | "modify_...", schema, table, ...)


def test_upgrading_a_0001_database_keeps_its_messages_and_indexes_their_events(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from kindly.store.db import MIGRATIONS

    path = tmp_path / "old.db"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with create_engine(f"sqlite:///{path}").begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with sqlite3.connect(path) as db:
        db.execute(
            'insert into messages (content_hash, thread_id, source, channel, in_reply_to, "references", '
            "conversation, from_name, from_addr, to_addrs, subject, body, own_text, quoted_text, signature, "
            "attachments, event, raw, ingested_at) values ('h', 't', 's', 'calendar', '', '[]', '', '', '', "
            "'[]', 'x', 'b', 'b', '', '', '[]', '{\"uid\": \"ev-1\", \"sequence\": 4}', x'', '2026-11-01')"
        )

    open_database(path)

    with sqlite3.connect(path) as db:
        row = db.execute(
            "select event_uid, event_sequence, event_status, updates_pk from messages"
        ).fetchone()
    assert row == ("ev-1", 4, "", None)


def _batch(n: int) -> list[Message]:
    """Replies to earlier messages, to messages of an earlier batch and within the batch, repeats by
    Message-ID and by content, and messages without a Message-ID."""
    out = []
    for i in range(n):
        parent = f"m{i - 3}@x" if i % 3 == 0 and i >= 3 else ""
        refs = (f"m{i - 7}@x", parent) if i % 5 == 0 and i >= 7 and parent else ()
        message_id = "" if i % 4 == 1 else f"m{i if i % 11 else i - 1}@x"
        out.append(mail(message_id, in_reply_to=parent, references=refs, body=f"body {i % 17}"))
    return out


def test_storing_a_batch_gives_the_rows_threads_and_duplicates_of_storing_one_by_one(tmp_path: Path) -> None:
    first, second = _batch(40), _batch(60)[20:] + _batch(40)[:5]
    one_by_one = open_database(tmp_path / "a.db")
    batched = open_database(tmp_path / "b.db")
    expected: list[tuple[int, str, bool]] = []
    for messages in (first, second):
        with one_by_one.begin() as session:
            repo = Repository(session)
            for message in messages:
                found = repo.find_duplicate(message, content_hash(message))
                row = found or repo.add_message(message, content_hash(message))
                expected.append((row.id, row.thread_id, found is not None))

    got: list[tuple[int, str, bool]] = []
    for messages in (first, second):
        with batched.begin() as session:
            got += [(s.pk, s.thread_id, s.duplicate) for s in Repository(session).store_messages(messages)]

    assert got == expected
    assert any(d for _, _, d in got) and len({t for _, t, _ in got}) < len(got)
    columns = "id, message_id, content_hash, thread_id, raw, event_uid"
    with sqlite3.connect(tmp_path / "a.db") as a, sqlite3.connect(tmp_path / "b.db") as b:
        assert (
            a.execute(f"select {columns} from messages").fetchall()
            == b.execute(f"select {columns} from messages").fetchall()
        )
