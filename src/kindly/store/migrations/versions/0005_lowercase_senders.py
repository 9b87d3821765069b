"""Sender addresses stored lowercased, so that per-message lookups by sender use the from_addr index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 04:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE messages SET from_addr = lower(from_addr) WHERE from_addr != lower(from_addr)")


def downgrade() -> None:
    pass  # the original case is not needed by anything and is still in the kept raw bytes
