"""What triage decided a message on, so that triaging the same message again changes nothing

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # empty for analyses stored before: the next triage of those messages decides them again, once
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("basis", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("basis")
