"""How many networking hours an accepted invitation takes: a paid talk none, a 45-minute recording its length

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 17:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("networking_hours", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("networking_hours")
