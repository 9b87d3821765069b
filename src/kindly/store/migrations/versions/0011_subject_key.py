"""The subject a message answers, without its "Re:", indexed with the sender: a reply whose parent is not
stored finds its thread by one indexed lookup, however much mail the sender has sent

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE
from kindly.store.subjects import bare_subject

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("subject_key", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, subject FROM messages")).all()
    keyed = [{"pk": pk, "key": bare_subject(subject or "")} for pk, subject in rows]
    if keyed:
        connection.execute(sa.text("UPDATE messages SET subject_key = :key WHERE id = :pk"), keyed)
    op.create_index("ix_messages_sender_subject", "messages", ["from_addr", "subject_key"])


def downgrade() -> None:
    op.drop_index("ix_messages_sender_subject", table_name="messages")
    with op.batch_alter_table("messages", recreate=IN_PLACE) as batch:  # a copy loses what refers to messages
        batch.drop_column("subject_key")
