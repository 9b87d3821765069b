"""Read and write messages, analyses and drafts. No decisions are taken here."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import asdict
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kindly.model import Attachment, Attendee, Draft, Event, Message, Understanding, Verdict
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow


def content_hash(message: Message) -> str:
    """Identity of a message without a Message-ID: who, when, what."""
    parts = [
        message.conversation,
        message.from_addr or message.from_name,
        message.subject.strip(),
        message.date.isoformat() if message.date else "",
        " ".join(message.body.split()),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _thread_key(root: str) -> str:
    return "t" + hashlib.sha1(root.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _event_json(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    data = asdict(event)
    for key in ("start", "end"):
        value = data.get(key)
        data[key] = value.isoformat() if isinstance(value, datetime) else None
    return data


def _event_from_json(data: dict[str, Any] | None) -> Event | None:
    if not data:
        return None
    fields = dict(data)
    for key in ("start", "end"):
        value = fields.get(key)
        fields[key] = datetime.fromisoformat(value) if isinstance(value, str) else None
    fields["attendees"] = tuple(Attendee(**a) for a in fields.get("attendees") or ())
    known = {f.name for f in dataclass_fields(Event)}
    return Event(**{k: v for k, v in fields.items() if k in known})


def stored_message(row: MessageRow) -> Message:
    """The Message a row was made from (raw bytes left out), e.g. to decide again or extract details."""
    return Message(
        source=row.source,
        channel=row.channel,
        message_id=row.message_id or "",
        in_reply_to=row.in_reply_to,
        references=tuple(row.references or ()),
        conversation=row.conversation,
        from_name=row.from_name,
        from_addr=row.from_addr,
        to=tuple(row.to_addrs or ()),
        subject=row.subject,
        date=row.sent_at.replace(tzinfo=UTC) if row.sent_at and row.sent_at.tzinfo is None else row.sent_at,
        body=row.body,
        own_text=row.own_text,
        quoted_text=row.quoted_text,
        signature=row.signature,
        attachments=tuple(Attachment(**a) for a in row.attachments or ()),
        event=_event_from_json(row.event),
    )


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- messages -----------------------------------------------------------------------------
    def find_duplicate(self, message: Message, digest: str) -> MessageRow | None:
        conditions = [MessageRow.content_hash == digest]
        if message.message_id:
            conditions.append(MessageRow.message_id == message.message_id)
        return self.session.scalars(select(MessageRow).where(or_(*conditions)).limit(1)).first()

    def thread_id(self, message: Message, digest: str) -> str:
        parents = [p for p in (message.in_reply_to, *reversed(message.references)) if p]
        if parents:
            known = self.session.scalars(
                select(MessageRow.thread_id).where(MessageRow.message_id.in_(parents)).limit(1)
            ).first()
            if known:
                return known
        if message.conversation:
            return _thread_key(message.conversation)
        root = (message.references[0] if message.references else "") or message.in_reply_to
        return _thread_key(root or message.message_id or digest)

    def add_message(self, message: Message, digest: str) -> MessageRow:
        row = MessageRow(
            message_id=message.message_id or None,
            content_hash=digest,
            thread_id=self.thread_id(message, digest),
            source=message.source,
            channel=message.channel,
            in_reply_to=message.in_reply_to,
            references=list(message.references),
            conversation=message.conversation,
            from_name=message.from_name,
            from_addr=message.from_addr,
            to_addrs=list(message.to),
            subject=message.subject,
            sent_at=message.date,
            body=message.body,
            own_text=message.own_text,
            quoted_text=message.quoted_text,
            signature=message.signature,
            attachments=[asdict(a) for a in message.attachments],
            event=_event_json(message.event),
            raw=zlib.compress(message.raw, 6) if message.raw else b"",
            ingested_at=datetime.now(UTC),
        )
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, pk: int) -> MessageRow | None:
        return self.session.scalars(
            select(MessageRow)
            .where(MessageRow.id == pk)
            .options(selectinload(MessageRow.analysis), selectinload(MessageRow.drafts))
        ).first()

    def thread(self, thread_id: str) -> Sequence[MessageRow]:
        return self.session.scalars(
            select(MessageRow)
            .where(MessageRow.thread_id == thread_id)
            .order_by(MessageRow.sent_at, MessageRow.id)
        ).all()

    def wrote_to(self, user_email: str, address: str) -> bool:
        """Has the user written to this address before? Then the sender is a known contact."""
        if not address:
            return False
        pattern = f'%"{address.lower()}"%'
        found = self.session.scalars(
            select(MessageRow.id)
            .where(
                func.lower(MessageRow.from_addr) == user_email.lower(),
                cast(MessageRow.to_addrs, Text).like(pattern),
            )
            .limit(1)
        ).first()
        return found is not None

    # -- analyses and drafts ------------------------------------------------------------------
    def save_analysis(
        self, row: MessageRow, understanding: Understanding, verdict: Verdict, model_version: str
    ) -> AnalysisRow:
        analysis = row.analysis or AnalysisRow(message_pk=row.id)
        analysis.is_invitation = understanding.is_invitation
        analysis.intent = understanding.intent.value
        analysis.purpose_clear = understanding.purpose_clear
        analysis.confidence = understanding.confidence
        analysis.intent_scores = dict(understanding.intent_scores)
        analysis.understanding_evidence = list(understanding.evidence)
        analysis.goal_kind = verdict.best.kind if verdict.best else None
        analysis.goal_index = verdict.best.goal_index if verdict.best else None
        analysis.fit = verdict.fit
        analysis.fits = [
            {
                "goal_index": f.goal_index,
                "kind": f.kind,
                "description": f.description,
                "score": f.score,
                "evidence": list(f.evidence),
            }
            for f in verdict.fits
        ]
        analysis.decision = verdict.decision.value
        analysis.reason = verdict.reason
        analysis.reason_code = verdict.reason_code
        analysis.decision_evidence = list(verdict.evidence)
        analysis.provider = verdict.provider
        analysis.never_rule = verdict.never_rule
        analysis.model_version = model_version
        analysis.decided_at = datetime.now(UTC)
        if row.analysis is None:
            row.analysis = analysis
            self.session.add(analysis)
        return analysis

    def draft_variant(self, row: MessageRow, decision: str, since: datetime) -> int:
        """The phrasing for this message's draft: the one it had, else the next in rotation, so that
        two replies drafted in the same week do not read the same."""
        for old in reversed(row.drafts):
            if old.decision == decision:
                return old.variant
        return self.drafts_since(decision, since)

    def replace_pending_draft(
        self, row: MessageRow, draft: Draft | None, decision: str, variant: int = 0
    ) -> DraftRow | None:
        """One pending draft per message: a new triage replaces it; approved or sent ones stay."""
        for old in list(row.drafts):
            if old.status == "pending":
                self.session.delete(old)
                row.drafts.remove(old)
        if draft is None:
            return None
        new = DraftRow(
            message_pk=row.id,
            decision=decision,
            channel=draft.channel,
            subject=draft.subject,
            text=draft.text,
            steps=list(draft.steps),
            variant=variant,
            status="pending",
            created_at=datetime.now(UTC),
        )
        row.drafts.append(new)
        self.session.add(new)
        return new

    def drafts_since(self, decision: str, since: datetime) -> int:
        return int(
            self.session.scalar(
                select(func.count(DraftRow.id)).where(
                    DraftRow.decision == decision, DraftRow.created_at >= since
                )
            )
            or 0
        )

    def accepted_intents_between(self, start: datetime, end: datetime, exclude_pk: int) -> list[str]:
        """Intents of the invitations accepted for that span (an event by its start, else by its date)."""
        return list(
            self.session.scalars(
                select(AnalysisRow.intent)
                .join(MessageRow)
                .where(
                    AnalysisRow.decision == "accept",
                    MessageRow.id != exclude_pk,
                    MessageRow.sent_at >= start,
                    MessageRow.sent_at < end,
                )
            ).all()
        )
