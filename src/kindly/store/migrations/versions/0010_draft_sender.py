"""Whom a draft is from, so that exporting, saving or sending it needs no profile

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # empty for drafts stored before: those still take the sender from the profile
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("from_name", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("from_addr", sa.String(length=320), nullable=False, server_default=""))


def downgrade() -> None:
    # in place where SQLite can: a copied table loses the sent replies that refer to it
    with op.batch_alter_table("drafts", recreate=IN_PLACE) as batch:
        batch.drop_column("from_addr")
        batch.drop_column("from_name")
