"""The To and Cc headers' mailboxes with their names, so that a reply greets and copies the people the sender
brought in ("Jane asked me to set up a call", Jane Doe in Cc). Messages stored before get theirs from the
original bytes the store kept.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 04:30:00
"""

from __future__ import annotations

import json
import zlib
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

import sqlalchemy as sa
from alembic import op

from kindly.store.sqlite_alter import IN_PLACE

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_CHUNK = 500


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("to_mailboxes", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("cc_mailboxes", sa.JSON(), nullable=False, server_default="[]"))
    _fill_from_kept_bytes()


def downgrade() -> None:
    with op.batch_alter_table("messages", recreate=IN_PLACE) as batch:  # a copy loses what refers to messages
        batch.drop_column("cc_mailboxes")
        batch.drop_column("to_mailboxes")


def _fill_from_kept_bytes() -> None:
    """Read the To and Cc headers of every stored e-mail again from its kept bytes (stdlib only: a migration
    must not change when kindly's own parser does)."""
    connection = op.get_bind()
    ids = connection.execute(
        sa.text("SELECT id FROM messages WHERE channel = 'email' AND length(raw) > 0 ORDER BY id")
    ).scalars()
    pending = list(ids)
    for start in range(0, len(pending), _CHUNK):
        chunk = pending[start : start + _CHUNK]
        rows = connection.execute(
            sa.text("SELECT id, raw FROM messages WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        ).all()
        updates = []
        for pk, raw in rows:
            to, cc = _mailboxes(raw)
            if to or cc:
                updates.append({"pk": pk, "to": json.dumps(to), "cc": json.dumps(cc)})
        if updates:
            connection.execute(
                sa.text("UPDATE messages SET to_mailboxes = :to, cc_mailboxes = :cc WHERE id = :pk"), updates
            )


def _mailboxes(packed: bytes) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(zlib.decompress(packed))
    except Exception:  # noqa: BLE001 - bytes kept from a broken message stay without names
        return [], []
    return _header(headers.get_all("To") or []), _header(headers.get_all("Cc") or [])


def _header(values: list[str]) -> list[dict[str, str]]:
    found = []
    for value in values:
        text = str(value)
        if any("\udc80" <= ch <= "\udcff" for ch in text):  # raw 8-bit bytes: UTF-8, else windows-1252
            data = text.encode("utf-8", "surrogateescape")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", "replace")
        try:
            text = str(make_header(decode_header(text)))
            pairs = getaddresses([" ".join(text.split())])
        except Exception:  # noqa: BLE001 - a header that cannot be decoded names no one
            continue
        for name, addr in pairs:
            name = name.strip().strip('"').strip()
            if "@" in addr:
                found.append({"name": "" if "@" in name else name, "addr": addr.strip().lower()})
    return found
