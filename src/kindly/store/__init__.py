"""Store: SQLite through SQLAlchemy 2, schema kept by Alembic migrations applied on open."""
