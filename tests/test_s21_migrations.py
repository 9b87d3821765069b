"""Kindly's migrations on a real SQLite file that a user has filled (triaged mail, a reply sent, a correction, a
contact, a directory entry, a calendar update, a token, an import, IMAP progress), with foreign keys on as kindly
runs them: taking each step back and doing it again loses no row of a table the step keeps - only the columns it
adds - and a database an older kindly left opens with all its mail, decisions, drafts and sent replies."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text

import kindly.store.relations
import kindly.store.web_tables  # noqa: F401 - both register their tables on the shared metadata
from kindly.errors import StoreError
from kindly.store.db import MIGRATIONS, _sqlite_pragmas, migrations, open_database
from kindly.store.repository import Repository
from kindly.store.tables import Base
from kindly.store.web_tables import ImportJobRow
from smtp_server import SmtpInbox, run_smtp
from support import EXAMPLE_PROFILE_FILE, EXAMPLES, Kindly, triaged
from test_calendar_updates import ics, write

_SCRIPTS = Config()
_SCRIPTS.set_main_option("script_location", str(MIGRATIONS))
REVISIONS = [
    script.revision for script in reversed(list(ScriptDirectory.from_config(_SCRIPTS).walk_revisions()))
]
HEAD = REVISIONS[-1]

# What taking each step back legitimately loses: the columns it added (the tables it added go whole).
DROPPED_COLUMNS = {
    "0018": {"drafts": {"why_discarded"}},
    "0017": {"drafts": {"edited"}},
    "0016": {"drafts": {"tone"}},
    "0014": {"analyses": {"understanding_marks", "decision_marks"}},
    "0013": {"messages": {"to_mailboxes", "cc_mailboxes"}},
    "0012": {"messages": {"sent_offset"}},
    "0011": {"messages": {"subject_key"}},
    "0010": {"drafts": {"from_name", "from_addr"}},
    "0009": {"analyses": {"basis"}},
    "0008": {"analyses": {"networking_hours"}},
    "0007": {"analyses": {"meets_at"}},
    "0002": {"messages": {"event_uid", "event_sequence", "event_status", "updates_pk"}},
}


# -- a database a user has filled -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def used_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dana's database at the newest schema, a row or more in every table, each put there as kindly puts it."""
    folder = tmp_path_factory.mktemp("used")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KINDLY_HOME", str(folder / "home"))
        env.setenv("KINDLY_NOW", "2026-12-01T02:00:00+00:00")
        env.setenv("XDG_DATA_HOME", str(folder / "xdg"))
        kindly, profile = Kindly(folder / "home"), str(EXAMPLE_PROFILE_FILE)
        for server in run_smtp(SmtpInbox()):  # the panel invitation is accepted and the reply sent
            kindly.home.mkdir(parents=True)
            (kindly.home / "config.toml").write_text(
                f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\ntimeout = 5\n'
            )
            invitation = str(EXAMPLES / "invitation.ics")
            sent = kindly("triage", invitation, "--profile", profile, "--send", "--yes")
            assert sent.exit_code == 0 and len(server.inbox.envelopes) == 1, sent.output
        records = triaged(
            kindly,
            EXAMPLES / "inbox.mbox",
            EXAMPLES / "linkedin" / "messages.csv",
            EXAMPLES / "linkedin" / "Connections.csv",
            write(folder, "invite.ics", ics("REQUEST", 0)),
            write(folder, "moved.ics", ics("REQUEST", 1, start="20261210T173000Z")),
        )
        corrected = kindly("correct", str(records[3]["id"]), "--intent", "coffee_chat", "--profile", profile)
        listed = kindly(
            "directory", "add", "Priya Shah", "-c", "web design", "--contact", "priya@example.org"
        )
        token = kindly("token", "create", "--name", "laptop script")
        assert corrected.exit_code == listed.exit_code == token.exit_code == 0
        sessions = open_database(kindly.database)
        with sessions.begin() as session:
            Repository(session).save_sync_state("dana@example.com", "INBOX", 7, 42)
            session.add(_finished_import())
        sessions.kw["bind"].dispose()
    return kindly.database


def _finished_import() -> ImportJobRow:
    now = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    return ImportJobRow(
        id="a1b2", name="inbox.mbox", size=4096, state="done", format="mbox", total=12, done=12, error="",
        summary={"accept": 3}, skipped=[], invitations=[], started=now, finished=now,
    )  # fmt: skip


@pytest.fixture
def database(used_database: Path, tmp_path: Path) -> Path:
    """A copy of the used database (its write-ahead log included) to change."""
    path = tmp_path / "kindly.db"
    with closing(sqlite3.connect(used_database)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    return path


def _as_kindly_connects(path: Path) -> Engine:
    """An engine on `path` whose connections start as kindly's do: foreign keys on."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@pytest.fixture
def migrating(database: Path) -> Iterator[tuple[Config, Connection]]:
    """Alembic on the database as kindly migrates it: foreign keys on at connect, off while migrating."""
    engine = _as_kindly_connects(database)
    with migrations(engine) as config:
        yield config, config.attributes["connection"]
    engine.dispose()


def _tables(connection: Connection) -> dict[str, list[str]]:
    names = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
    ).scalars()
    return {
        name: [row[1] for row in connection.execute(text(f"PRAGMA table_info({name})"))]
        for name in names
        if name != "alembic_version"
    }


def _rows(connection: Connection, tables: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `tables`, in these columns only."""
    found = {}
    for table, columns in tables.items():
        listed = ", ".join(f'"{column}"' for column in columns)
        found[table] = sorted(
            tuple(row) for row in connection.execute(text(f"SELECT {listed} FROM {table} ORDER BY 1"))
        )
    return found


def test_the_used_database_has_rows_in_every_table(used_database: Path) -> None:
    engine = create_engine(f"sqlite:///{used_database}")
    with engine.connect() as connection:
        rows = _rows(connection, _tables(connection))
        updated = connection.execute(text("SELECT count(updates_pk) FROM messages")).scalar()
    engine.dispose()
    assert set(rows) == set(Base.metadata.tables)
    assert all(rows.values()), {table: len(found) for table, found in rows.items()}
    assert updated == 1  # the moved panel is filed under its invitation


# -- each step down and up again ---------------------------------------------------------------------------------


def test_each_step_back_keeps_every_row_of_the_tables_it_keeps(
    migrating: tuple[Config, Connection],
) -> None:
    config, connection = migrating
    for step, target in zip(reversed(REVISIONS), [*reversed(REVISIONS[:-1]), "base"], strict=True):
        before = _tables(connection)
        rows = _rows(connection, before)
        command.downgrade(config, target)
        after = _tables(connection)
        dropped = {table: set(before[table]) - set(after[table]) for table in after}
        assert {table: gone for table, gone in dropped.items() if gone} == DROPPED_COLUMNS.get(step, {}), step
        assert _rows(connection, after) == _kept(rows, before, after), f"undoing {step} lost rows"


def _kept(
    rows: dict[str, list[tuple[Any, ...]]], before: dict[str, list[str]], after: dict[str, list[str]]
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the tables in `after`, in its columns, as they were in `before`."""
    kept = {}
    for table, columns in after.items():
        where = [before[table].index(column) for column in columns]
        kept[table] = sorted(tuple(row[index] for index in where) for row in rows[table])
    return kept


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_going_back_to_an_older_schema_and_up_again_brings_back_every_row_it_could_hold(
    database: Path, revision: str
) -> None:
    engine = _as_kindly_connects(database)
    with engine.connect() as connection:
        at_head = _tables(connection)
        rows = _rows(connection, at_head)
    with migrations(engine) as config:
        command.downgrade(config, revision)
        older = _tables(config.attributes["connection"])
    engine.dispose()

    open_database(database).kw["bind"].dispose()  # the newest kindly opens it

    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        assert _rows(connection, older) == _kept(rows, at_head, older)
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


# -- each fixed step on its own ----------------------------------------------------------------------------------


def _counts(connection: Connection, *tables: str) -> dict[str, int]:
    return {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in tables}


@pytest.mark.parametrize(
    ("step", "table"),
    [
        pytest.param("0018", "drafts", id="0018-draft-why-discarded"),
        pytest.param("0017", "drafts", id="0017-draft-edited"),
        pytest.param("0016", "drafts", id="0016-draft-tone"),
        pytest.param("0013", "messages", id="0013-recipient-names"),
        pytest.param("0012", "messages", id="0012-sent-offset"),
        pytest.param("0011", "messages", id="0011-subject-key"),
        pytest.param("0010", "drafts", id="0010-draft-sender"),
    ],
)
def test_undoing_a_column_drops_it_in_place_even_with_foreign_keys_on(
    database: Path, step: str, table: str
) -> None:
    """A connection that keeps foreign keys on (a script, a test) takes a column back without copying the table:
    a copy drops the old table, which deletes the analyses, drafts, corrections and sent replies under it."""
    engine = _as_kindly_connects(database)
    with migrations(engine) as config:
        command.downgrade(config, step)
    kept = ("messages", "analyses", "drafts", "corrections", "sent")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        before = _counts(connection, *kept)
        command.downgrade(config, REVISIONS[REVISIONS.index(step) - 1])
        assert _counts(connection, *kept) == before
        assert all(before.values())
        assert not DROPPED_COLUMNS[step][table] & set(_tables(connection)[table])
    engine.dispose()


def test_a_step_that_must_copy_the_messages_table_refuses_to_run_with_foreign_keys_on(database: Path) -> None:
    # 0002 adds a foreign key to messages (and takes it off), which SQLite does only by copying the table
    engine = _as_kindly_connects(database)
    with migrations(engine) as config:
        command.downgrade(config, "0002")
    with engine.begin() as connection:  # foreign keys on
        config.attributes["connection"] = connection
        before = _counts(connection, "messages", "analyses", "drafts")
        with pytest.raises(StoreError, match="foreign keys on would delete every row referring to it"):
            command.downgrade(config, "0001")
        assert _counts(connection, "messages", "analyses", "drafts") == before
        assert all(before.values())
    engine.dispose()


# -- a database an older kindly left -----------------------------------------------------------------------------


# what an upgrade fills from what an older kindly kept: the subject a reply answers, the names in To and Cc
READ_AGAIN = {"messages": ["id", "subject_key", "to_mailboxes", "cc_mailboxes"]}


@pytest.mark.parametrize("revision", ["0001", "0008", "0012"])
def test_a_database_an_older_kindly_filled_opens_with_all_its_rows(
    used_database: Path, tmp_path: Path, revision: str
) -> None:
    """The schema an older kindly made, holding the used database's rows (as much of them as it could), opened
    by this kindly: every row is there after the upgrade, the columns it adds filled from what was kept."""
    path = tmp_path / "older.db"
    engine = _as_kindly_connects(path)
    with migrations(engine) as config:
        command.upgrade(config, revision)
        connection = config.attributes["connection"]
        connection.exec_driver_sql(f"ATTACH DATABASE '{used_database}' AS used")
        older = _tables(connection)
        for table, columns in older.items():  # parents first: messages, analyses, drafts ...
            listed = ", ".join(f'"{column}"' for column in columns)
            connection.exec_driver_sql(
                f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM used.{table}"
            )
        connection.commit()
        connection.exec_driver_sql("DETACH DATABASE used")
    engine.dispose()

    sessions = open_database(path)  # this kindly opens it
    with sessions() as session:
        connection = session.connection()
        assert _rows(connection, older) == _kept(*_used(used_database), older)
        filled = _rows(connection, READ_AGAIN)
    sessions.kw["bind"].dispose()
    assert filled == _used(used_database, READ_AGAIN)[0]


def _used(
    used_database: Path, tables: dict[str, list[str]] | None = None
) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, list[str]]]:
    """The rows of the used database (in `tables`, else every table and column) and its tables' columns."""
    engine = create_engine(f"sqlite:///{used_database}")
    with engine.connect() as connection:
        tables = tables or _tables(connection)
        rows = _rows(connection, tables)
    engine.dispose()
    return rows, tables
