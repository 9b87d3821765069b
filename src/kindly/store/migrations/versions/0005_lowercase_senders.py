"""Sender addresses stored lowercased, so that per-message lookups by sender use the from_addr index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Python's lower(), as new rows get: SQLite's lower() leaves non-ASCII capitals as they are.
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, from_addr FROM messages")).all()
    changed = [{"pk": pk, "address": address.lower()} for pk, address in rows if address != address.lower()]
    if changed:
        connection.execute(sa.text("UPDATE messages SET from_addr = :address WHERE id = :pk"), changed)


def downgrade() -> None:
    pass  # the original case is not needed by anything and is still in the kept raw bytes
