"""Three more marks of a never-rule's decline (model.DecisionMark: a show or a stage that charges its guests, a
price the user would pay, an event its seller hosts), which a draft made again reads instead of the notes'
words. Declines stored before get theirs from their notes, read as the reply read them when they were stored.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 19:00:00
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# How the notes of each mark read when this migration was written: written out here, since a migration must not
# change when decide's notes (or rules._PAY_TO_APPEAR) are reworded.
_PAY_TO_APPEAR = re.compile(
    "\\b((article )?(production|placement|listing|participation|sponsorship|publication|processing) (f"
    "ee|package|charge)|speaker packages?|(speaking|stage|speaker) (slots?|packages?) (start|cost|are"
    "|is)\\w*( priced)? (at |from )?(?:(?:[$£€]|(?:usd|eur|gbp|cad|aud|nzd|sek|nok|dkk|chf|sgd|hkd|myr"
    "|inr|jpy|idr|thb|cny|rmb|krw|twd|aed|zar)\\b)\\s?\\d(?:[\\d,.]*\\d)?|\\d(?:[\\d,.]*\\d)?\\s?(?:usd|eur|gb"
    "p|cad|aud|nzd|sek|nok|dkk|chf|sgd|hkd|myr|inr|jpy|idr|thb|cny|rmb|krw|twd|aed|zar)\\b)|(productio"
    "n|participation|speaker|partner) contributions?|(laureate|winner'?s?|award|honou?ree|recognition"
    "|nominee) packages?|secures? your|pay to (speak|present|be featured)|pay_to_play|(partnership|pa"
    "rtner|sponsorship|sponsor|visibility|showcase|thought[- ]leader\\w*) (packages?|programmes?|progr"
    "ams?|tiers?)|(speaker|speaking|keynote|stage|panel|panell?ist|presenter) sponsorships?|contribut"
    "ions? (of|towards?)\\b|(presenter|speaker|panell?ist|author)s?'? registration( fees?)?(?!\\s+(is|a"
    "re)\\s+(free|waived|complimentary|covered|included))|(presenters?|speakers?|panell?ists?|authors?"
    ") (are|will be) required to (pay|register|purchase|complete (the|a|an) (\\w+ )?(registration|fee|"
    "payment))|to (confirm|secure|book|reserve|hold|guarantee|lock in) (your|a|the) (\\w+ )?(slot|spot"
    "|place|seat|feature|appearance|episode|spotlight)|(guests?|speakers?|finalists?|panell?ists?|pre"
    "senters?|honou?rees?|nominees?) (contribute|pay|are asked to pay)|ask\\w* (\\w+ ){0,2}(guests?|spe"
    "akers?|finalists?|panell?ists?|presenters?|honou?rees?|nominees?) (for|to pay) (a|an)\\b)",
    re.IGNORECASE,
)
_PAID_NOTE = re.compile(r'^"?paid"?:\s')
_MARKS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("charges_guests", lambda note: _PAY_TO_APPEAR.search(note) is not None),
    ("paid_place", lambda note: _PAID_NOTE.match(note) is not None),
    ("sellers_event", lambda note: note.startswith("an event its seller hosts")),
)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, decision_evidence, decision_marks FROM analyses WHERE reason_code = 'never_do' ORDER BY id"
        )
    ).all()
    updates = []
    for pk, evidence, stored in rows:
        notes = [str(note) for note in _json(evidence)]
        had = [str(mark) for mark in _json(stored)]
        marks = sorted(set(had) | {name for name, held in _MARKS if any(held(note) for note in notes)})
        if marks != sorted(had):
            updates.append({"pk": pk, "marks": json.dumps(marks)})
    if updates:
        connection.execute(sa.text("UPDATE analyses SET decision_marks = :marks WHERE id = :pk"), updates)


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, decision_marks FROM analyses ORDER BY id")).all()
    names = {name for name, _ in _MARKS}
    updates = []
    for pk, stored in rows:
        had = [str(mark) for mark in _json(stored)]
        kept = [mark for mark in had if mark not in names]
        if kept != had:
            updates.append({"pk": pk, "marks": json.dumps(kept)})
    if updates:
        connection.execute(sa.text("UPDATE analyses SET decision_marks = :marks WHERE id = :pk"), updates)


def _json(stored: str | list[object] | None) -> list[object]:
    value = json.loads(stored) if isinstance(stored, str) else stored
    return list(value or [])
