"""Whether a pending draft holds the user's own words (saved in the editor or through the API): deciding the message
again - a sync after a profile edit, a correction, triaging the same mail - keeps such a draft's text instead of
writing it anew. False for drafts stored before: kindly wrote them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 06:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a literal default: SQLite adds the column in place (an expression such as sa.false() makes the batch copy the
    # table, and with foreign keys on that deletes the record of every reply sent)
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("edited", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    # in place: a copied table loses what refers to it (ON DELETE CASCADE), the record of every reply sent
    with op.batch_alter_table("drafts", recreate=IN_PLACE) as batch:
        batch.drop_column("edited")
