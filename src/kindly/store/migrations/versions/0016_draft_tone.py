"""The tone a draft was written in, when the user chose one (the page's tone switch, the API): the switch shows it
again after a logout or a restart. Empty for drafts written in the profile's tone, and for those stored before.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlite3
from typing import Literal

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("tone", sa.String(length=16), nullable=False, server_default=""))


# SQLite drops a column in place since 3.35; a batch that copies the table drops the old one, and with foreign keys
# on that deletes what refers to it (ON DELETE CASCADE): the record of every reply sent
IN_PLACE: Literal["never", "auto"] = "never" if sqlite3.sqlite_version_info >= (3, 35) else "auto"


def downgrade() -> None:
    with op.batch_alter_table("drafts", recreate=IN_PLACE) as batch:
        batch.drop_column("tone")
