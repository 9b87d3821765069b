"""The Alembic migrations build exactly the schema the ORM tables describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

import kindly.store.relations
import kindly.store.web_tables  # noqa: F401 - both register their tables on the shared metadata
from kindly.store.db import open_database
from kindly.store.tables import Base


def test_migrations_and_tables_agree(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    open_database(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrading_lowercases_sender_addresses_stored_before(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from kindly.store.db import MIGRATIONS

    path = tmp_path / "k.db"
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO messages (id, content_hash, thread_id, source, channel, in_reply_to, "
                '"references", conversation, from_name, from_addr, to_addrs, subject, body, own_text, '
                "quoted_text, signature, attachments, raw, ingested_at, event_status) VALUES (1, 'h', 't', "
                "'s', 'email', '', '[]', '', 'Ana', 'Ana@ÉCOLE.Example', '[]', '', '', '', '', '', '[]', x'', "
                "'2026-11-30 00:00:00', '')"
            )
        )
    engine.dispose()
    open_database(path)  # upgrades to the newest schema
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT from_addr FROM messages")).scalar() == "ana@école.example"
    engine.dispose()
