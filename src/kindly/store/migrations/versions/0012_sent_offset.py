"""The offset of a message's Date header, kept beside its moment in UTC: "next week" and "tomorrow" are read
on the day the sender wrote, and `kindly show` prints the date as they wrote it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("sent_offset", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", recreate=IN_PLACE) as batch:  # a copy loses what refers to messages
        batch.drop_column("sent_offset")
