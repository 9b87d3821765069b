"""The marks decide sets beside its notes (model.DecisionMark: a guest offered for the user's show, a place at an
award sold to them, ...), which a draft made again reads instead of the notes' words. Analyses stored before
get theirs from their notes, read as the reply read them when they were stored.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_COLUMNS = ("understanding_marks", "decision_marks")
_REVIEW = re.compile(r"\breviews?\b", re.IGNORECASE)

# How the notes of each mark opened (or, for a guest, what they held) when this migration was written: written
# out here, since a migration must not change when decide's notes are reworded.
_Marks = tuple[tuple[str, Callable[[str], bool]], ...]
_UNDERSTOOD: _Marks = (
    ("guest_offered", lambda note: "it offers a guest for your show" in note),
    ("sends_work", lambda note: note.startswith("client_inquiry: they send you work")),
)
_DECIDED: _Marks = (
    ("award_for_sale", lambda note: note.startswith("award for sale:")),
    ("feature_for_sale", lambda note: note.startswith("feature for sale:")),
    (
        "review_for_sale",
        lambda note: note.startswith("feature for sale:") and _REVIEW.search(note) is not None,
    ),
    ("pays_to_take_part", lambda note: note.startswith("pays to take part:")),
    ("paid_instead", lambda note: note.startswith("offered paid instead of:")),
    ("place_bought", lambda note: note.startswith("paid_feature: a place bought from you:")),
)


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        for name in _COLUMNS:
            batch.add_column(sa.Column(name, sa.JSON(), nullable=False, server_default="[]"))
    _fill_from_notes()


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        for name in reversed(_COLUMNS):
            batch.drop_column(name)


def _fill_from_notes() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, understanding_evidence, decision_evidence FROM analyses ORDER BY id")
    ).all()
    updates = []
    for pk, understood, decided in rows:
        understanding_marks = _marks(_UNDERSTOOD, understood)
        decision_marks = _marks(_DECIDED, decided)
        if understanding_marks or decision_marks:
            updates.append({"pk": pk, "u": json.dumps(understanding_marks), "d": json.dumps(decision_marks)})
    if updates:
        connection.execute(
            sa.text("UPDATE analyses SET understanding_marks = :u, decision_marks = :d WHERE id = :pk"),
            updates,
        )


def _marks(marks: _Marks, stored: str | list[str] | None) -> list[str]:
    notes = json.loads(stored) if isinstance(stored, str) else stored or []
    return sorted(name for name, held in marks if any(held(str(note)) for note in notes or []))
