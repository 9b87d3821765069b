"""Corrections from the user: stored, applied at once to the message, and remembered for later runs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kindly import clock
from kindly.errors import ParseError
from kindly.model import Intent
from kindly.profile import Profile
from kindly.services import Triage, TriageRow
from kindly.store.relations import CorrectionRow
from kindly.store.repository import Repository
from kindly.understand.classify import Classifier
from kindly.understand.linear import LinearTextModel
from kindly.understand.memory import Correction, CorrectionMemory


def correct(
    sessions: sessionmaker[Session],
    message_pk: int,
    intent: Intent,
    purpose_clear: bool | None,
    profile: Profile,
    classifier: Classifier | None = None,
    *,
    keep_edited: bool = True,
) -> TriageRow:
    """Store the user's correction of one message and decide that message again with it; a pending draft holding
    words the user saved stays unless not `keep_edited` (the page asked her first)."""
    classifier = classifier or Classifier()
    with sessions.begin() as session:
        row = Repository(session).get(message_pk)
        if row is None:
            raise ParseError(str(message_pk), "no message with this ID (run `kindly triage` first)")
        session.add(
            CorrectionRow(
                message_pk=row.id,
                sender=row.from_addr or row.from_name,
                subject=row.subject,
                text=row.own_text,
                intent=intent.value,
                purpose_clear=purpose_clear if intent is not Intent.NONE else None,
                model_said=row.analysis.intent if row.analysis else "",
                created_at=clock.stamp(),
            )
        )
    triage = Triage(sessions, profile, classifier)
    return triage.reconsider(message_pk, keep_edited=keep_edited)


def load_memory(session: Session, model: LinearTextModel) -> CorrectionMemory:
    rows = session.scalars(select(CorrectionRow).order_by(CorrectionRow.id)).all()
    # A later correction of the same message wins.
    latest = {row.message_pk: row for row in rows}
    return CorrectionMemory(
        model,
        [
            Correction(row.sender, row.subject, row.text, Intent(row.intent), row.purpose_clear)
            for row in latest.values()
        ],
    )
