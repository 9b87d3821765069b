"""ingest: contacts, IMAP sync progress, calendar updates attached to their invitation

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import refuse_cascading_copy

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UPDATES_FK = "fk_messages_updates_pk_messages"


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("profile_url", sa.String(length=400), nullable=False),
        sa.Column("company", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("connected_on", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_profile_url"), ["profile_url"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=200), nullable=False),
        sa.Column("folder", sa.String(length=1000), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "folder"),
    )

    refuse_cascading_copy(op.get_bind(), "messages")  # a foreign key is added by copying the table
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_uid", sa.String(length=998), nullable=True))
        batch_op.add_column(sa.Column("event_sequence", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("event_status", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("updates_pk", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_event_uid"), ["event_uid"], unique=False)
        batch_op.create_index(batch_op.f("ix_messages_updates_pk"), ["updates_pk"], unique=False)
        batch_op.create_foreign_key(UPDATES_FK, "messages", ["updates_pk"], ["id"], ondelete="SET NULL")

    # Invitations stored before this revision get their event's UID and SEQUENCE from the stored event.
    op.execute(
        "UPDATE messages SET event_uid = json_extract(event, '$.uid'), "
        "event_sequence = json_extract(event, '$.sequence') "
        "WHERE event IS NOT NULL AND json_extract(event, '$.uid') != ''"
    )


def downgrade() -> None:
    refuse_cascading_copy(op.get_bind(), "messages")  # and taken off by copying it
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint(UPDATES_FK, type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_messages_updates_pk"))
        batch_op.drop_index(batch_op.f("ix_messages_event_uid"))
        batch_op.drop_column("updates_pk")
        batch_op.drop_column("event_status")
        batch_op.drop_column("event_sequence")
        batch_op.drop_column("event_uid")

    op.drop_table("sync_state")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_profile_url"))
        batch_op.drop_index(batch_op.f("ix_contacts_email"))

    op.drop_table("contacts")
