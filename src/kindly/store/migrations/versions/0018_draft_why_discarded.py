"""Why a draft was discarded: its event was cancelled, the user discarded it, or another draft replaced it - so
`kindly drafts --all` can list her own words that will not leave, and say why. Empty for drafts stored before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a literal default: SQLite adds the column in place (a copied table loses the record of every reply sent)
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("why_discarded", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("drafts", recreate=IN_PLACE) as batch:
        batch.drop_column("why_discarded")
