"""Open a kindly database: SQLite (WAL) by default, migrated to the newest schema before use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kindly.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    # SQLite's lower() folds ASCII letters only: a name signed "JOSÉ GARCÍA" is compared as Python folds it
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(text: str | None) -> str | None:
    return text.casefold() if isinstance(text, str) else text


def open_database(path: Path) -> sessionmaker[Session]:
    """A session factory on a migrated database file (created with its folder when missing)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the data folder ({exc.strerror or exc})") from None
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"{path}: cannot open the database ({exc.__class__.__name__}: {exc.args[0]})"
        ) from None
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine) -> None:
    with migrations(engine) as config:
        command.upgrade(config, "head")


@contextmanager
def migrations(engine: Engine) -> Iterator[Config]:
    """Alembic's configuration on one connection of `engine`, with foreign keys off while the migrations run, as
    Alembic asks for SQLite: a migration that copies a table (to add a foreign key, or to drop a column SQLite
    cannot drop in place) drops the old one, and with foreign keys on that deletes every row referring to it
    (ON DELETE CASCADE: the analyses, drafts, corrections and sent replies of every message). They are on again
    once the migrations are committed; a row that migrating left referring to none fails them instead."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "PRAGMA foreign_keys=OFF"
        )  # before any transaction, else SQLite ignores it
        try:
            config.attributes["connection"] = connection
            before = MigrationContext.configure(connection).get_current_revision()
            yield config
            if MigrationContext.configure(connection).get_current_revision() != before:
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if dangling:
                    raise StoreError(
                        f"migrating left rows that refer to none (table, row, parent): {dangling[:5]}"
                    )
            connection.commit()
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
