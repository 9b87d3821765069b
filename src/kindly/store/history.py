"""What kindly already said to a sender: earlier decisions in a thread, and the last decline."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kindly.decide.categories import detect_categories
from kindly.decide.thread import History, Said
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow


def _same_sender(address: str, name: str) -> ColumnElement[bool]:
    if address:
        return MessageRow.from_addr == address.lower()  # stored lowercased: the index serves it
    return MessageRow.from_name == name


def history(session: Session, pk: int, thread_id: str, address: str, name: str) -> History:
    """Decisions on earlier messages of this sender in this thread, and when they were last declined."""
    if not address and not name:
        return History()
    sender = _same_sender(address, name)
    rows = session.execute(
        select(
            AnalysisRow.decision,
            AnalysisRow.reason_code,
            MessageRow.id,
            MessageRow.subject,
            MessageRow.own_text,
        )
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(MessageRow.thread_id == thread_id, MessageRow.id < pk, sender)
        .order_by(MessageRow.id)
    ).all()
    ids = [r.id for r in rows]
    drafted: set[int] = set()
    sent: set[int] = set()
    if ids:  # most messages start their thread: nothing said before, no query
        for message_pk, status in session.execute(
            select(DraftRow.message_pk, DraftRow.status).where(
                DraftRow.message_pk.in_(ids), DraftRow.status != "discarded"
            )
        ).all():
            drafted.add(message_pk)
            if status in ("approved", "sent"):
                sent.add(message_pk)
    said = tuple(
        Said(
            r.decision, r.reason_code, _category(f"{r.subject}\n{r.own_text}"), r.id in drafted, r.id in sent
        )
        for r in rows
    )
    last = session.scalar(
        select(func.max(AnalysisRow.decided_at))
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(AnalysisRow.decision == "decline", MessageRow.id < pk, sender)
    )
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return History(said, last)


def _category(text: str) -> str:
    found = detect_categories(text)
    return found[0][0] if found else ""
