"""The tone a draft was written in, when the user chose one (the page's tone switch, the API): the switch shows it
again after a logout or a restart. Empty for drafts written in the profile's tone, and for those stored before.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("tone", sa.String(length=16), nullable=False, server_default=""))


def downgrade() -> None:
    # in place: a copied table loses what refers to it (ON DELETE CASCADE), the record of every reply sent
    with op.batch_alter_table("drafts", recreate=IN_PLACE) as batch:
        batch.drop_column("tone")
