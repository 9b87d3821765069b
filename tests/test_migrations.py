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
