"""When an accepted invitation takes the user's time, so its hours count in that week

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("meets_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_analyses_meets_at", ["meets_at"])


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_index("ix_analyses_meets_at")
        batch.drop_column("meets_at")
