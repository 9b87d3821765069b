"""Reading invitations for the page and the API: the inbox list and one invitation with its evidence.

Plain dataclasses out, so that the page templates and the API's response models read the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kindly.decide.policy import RELATED_AT
from kindly.kept_drafts import draft_warnings
from kindly.model import Decision, Intent
from kindly.profile import Profile
from kindly.store.repository import Repository, stored_message
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow
from kindly.understand.extract import ask_sentence, besides_me, extract
from kindly.web.errors import NotFound

OPEN = "open"  # the inbox's default: every decision but ignore, unless a draft waits for it (a saved answer)
ALL = "all"
DECISIONS = [d.value for d in Decision]
INTENTS = [i.value for i in Intent]
PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class Goal:
    kind: str
    description: str
    fit: float


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    sender: str
    sender_address: str
    subject: str
    date: datetime | None
    channel: str
    ask: str
    intent: str
    goal: Goal | None
    decision: str
    reason: str
    draft_status: str  # pending | approved | sent | "" (no draft)
    added: datetime | None = None  # when kindly read it: what dates a message that carries no date (pasted)


@dataclass(frozen=True, slots=True)
class Filters:
    decision: str = OPEN  # open | all | one of DECISIONS
    intent: str = ""  # "" for any, else one of INTENTS
    query: str = ""  # words in the sender or subject
    offset: int = 0
    limit: int = PAGE_SIZE


@dataclass(frozen=True, slots=True)
class InboxPage:
    rows: list[InboxRow]
    total: int
    filters: Filters


@dataclass(frozen=True, slots=True)
class FitView:
    goal_index: int
    kind: str
    description: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DraftView:
    id: int
    status: str
    decision: str
    channel: str
    subject: str
    text: str
    steps: tuple[str, ...]
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ThreadItem:
    id: int
    sender: str
    date: datetime | None
    subject: str
    text: str
    decision: str


@dataclass(frozen=True, slots=True)
class Analysis:
    is_invitation: bool
    intent: str
    purpose_clear: bool | None
    confidence: float
    intent_scores: list[tuple[str, float]]  # best first
    understanding_evidence: tuple[str, ...]
    fits: list[FitView]  # best first
    goal: Goal | None
    decision: str
    reason: str
    reason_code: str
    decision_evidence: tuple[str, ...]
    provider: str
    never_rule: str
    model_version: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class InvitationView:
    id: int
    thread_id: str
    source: str
    channel: str
    sender: str
    sender_name: str
    sender_address: str
    to: tuple[str, ...]
    subject: str
    date: datetime | None
    own_text: str
    quoted_text: str
    signature: str
    attachments: list[dict[str, Any]]
    event: dict[str, Any] | None
    event_status: str
    details: list[tuple[str, str]]
    analysis: Analysis | None
    draft: DraftView | None  # the draft in the editor: pending, else the newest approved or sent
    drafts: list[DraftView] = field(default_factory=list)
    thread: list[ThreadItem] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)


def sender_of(row: MessageRow) -> str:
    return row.from_name or row.from_addr or "(unknown sender)"


def served_goal(analysis: AnalysisRow) -> Goal | None:
    """The goal an invitation serves: none for ignored messages or where nothing is served at all."""
    if analysis.goal_index is None or analysis.decision == Decision.IGNORE.value or analysis.fit < RELATED_AT:
        return None
    description = next(
        (str(f.get("description", "")) for f in analysis.fits if f.get("goal_index") == analysis.goal_index),
        "",
    )
    return Goal(analysis.goal_kind or "", description, round(analysis.fit, 3))


def _draft_view(row: DraftRow) -> DraftView:
    return DraftView(
        row.id, row.status, row.decision, row.channel, row.subject, row.text, tuple(row.steps), row.created_at
    )


def editor_draft(drafts: Sequence[DraftRow]) -> DraftRow | None:
    """The draft the page shows: the pending one, else the newest approved or sent."""
    pending = [d for d in drafts if d.status == "pending"]
    if pending:
        return pending[-1]
    kept = [d for d in drafts if d.status in ("approved", "sent")]
    return kept[-1] if kept else None


def _filtered(query: Select[Any], filters: Filters) -> Select[Any]:
    if filters.decision == OPEN:
        # a request left to the user with their saved answer drafted still shows: its draft waits for them
        query = query.where(
            or_(
                AnalysisRow.decision != Decision.IGNORE.value,
                MessageRow.drafts.any(DraftRow.status == "pending"),
            )
        )
    elif filters.decision != ALL:
        query = query.where(AnalysisRow.decision == filters.decision)
    if filters.intent:
        query = query.where(AnalysisRow.intent == filters.intent)
    words = filters.query.strip()
    if words:
        pattern = f"%{words.lower()}%"
        query = query.where(
            or_(
                func.lower(MessageRow.subject).like(pattern),
                func.lower(MessageRow.from_name).like(pattern),
                func.lower(MessageRow.from_addr).like(pattern),
            )
        )
    return query


def list_invitations(session: Session, filters: Filters) -> InboxPage:
    """Analysed messages, newest first, as the inbox shows them."""
    base = select(MessageRow).join(AnalysisRow, AnalysisRow.message_pk == MessageRow.id)
    base = _filtered(base, filters).where(MessageRow.updates_pk.is_(None))
    total = int(session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    rows = session.scalars(
        base.options(selectinload(MessageRow.analysis), selectinload(MessageRow.drafts))
        .order_by(  # a message with no date of its own (pasted text) is as new as its import
            func.coalesce(MessageRow.sent_at, MessageRow.ingested_at).desc(), MessageRow.id.desc()
        )
        .offset(max(filters.offset, 0))
        .limit(max(min(filters.limit, 500), 1))
    ).all()
    return InboxPage([_inbox_row(row) for row in rows], total, filters)


def _inbox_row(row: MessageRow) -> InboxRow:
    analysis = row.analysis
    assert analysis is not None
    draft = editor_draft(row.drafts)
    return InboxRow(
        id=row.id,
        sender=sender_of(row),
        sender_address=row.from_addr,
        subject=row.subject,
        date=row.sent_at,
        channel=row.channel,
        ask=ask_sentence(row.own_text),
        intent=analysis.intent,
        goal=served_goal(analysis),
        decision=analysis.decision,
        reason=analysis.reason,
        draft_status=draft.status if draft else "",
        added=row.ingested_at,
    )


def load_row(session: Session, pk: int) -> MessageRow:
    row = Repository(session).get(pk)
    if row is None:
        raise NotFound(f"no invitation #{pk}")
    return row


def get_invitation(session: Session, pk: int, profile: Profile | None = None) -> InvitationView:
    row = load_row(session, pk)
    repo = Repository(session)
    message = stored_message(row)
    thread = [
        ThreadItem(
            m.id,
            sender_of(m),
            m.sent_at,
            m.subject,
            m.own_text or m.body,
            m.analysis.decision if m.analysis else "",
        )
        for m in repo.thread(row.thread_id)
        if m.id != row.id
    ]
    # ...in the page's words: its own buttons and boxes, not the CLI's flags
    analysis = _analysis(row.analysis, draft_warnings(row, on_invitation=True)) if row.analysis else None
    plan: list[str] = []
    if (
        profile is not None
        and analysis is not None
        and analysis.decision == Decision.ACCEPT.value
        and analysis.intent == Intent.EVENT_INVITATION.value
    ):
        from kindly.decide.plan import plan_event

        plan = plan_event(message, profile).lines()
    shown = editor_draft(row.drafts)
    return InvitationView(
        id=row.id,
        thread_id=row.thread_id,
        source=row.source,
        channel=row.channel,
        sender=sender_of(row),
        sender_name=row.from_name,
        sender_address=row.from_addr,
        to=tuple(row.to_addrs or ()),
        subject=row.subject,
        date=row.sent_at,
        own_text=row.own_text,
        quoted_text=row.quoted_text,
        signature=row.signature,
        attachments=list(row.attachments or ()),
        event=row.event,
        event_status=row.event_status,
        details=besides_me(
            extract(message, Intent(analysis.intent) if analysis else None),
            message,
            profile.user.me if profile else (),
        ).as_rows(),
        analysis=analysis,
        draft=_draft_view(shown) if shown else None,
        drafts=[_draft_view(d) for d in row.drafts],
        thread=thread,
        plan=plan,
    )


def _analysis(a: AnalysisRow, warnings: list[str]) -> Analysis:
    fits = [
        FitView(
            int(f.get("goal_index", 0)),
            str(f.get("kind", "")),
            str(f.get("description", "")),
            float(f.get("score", 0.0)),
            tuple(str(e) for e in f.get("evidence", ())),
        )
        for f in a.fits
    ]
    fits.sort(key=lambda f: -f.score)
    return Analysis(
        is_invitation=a.is_invitation,
        intent=a.intent,
        purpose_clear=a.purpose_clear,
        confidence=a.confidence,
        intent_scores=sorted(((k, float(v)) for k, v in a.intent_scores.items()), key=lambda kv: -kv[1]),
        understanding_evidence=tuple(a.understanding_evidence),
        fits=fits,
        goal=served_goal(a),
        decision=a.decision,
        reason=a.reason,
        reason_code=a.reason_code,
        decision_evidence=(*a.decision_evidence, *warnings),  # her kept words as things stand now
        provider=a.provider,
        never_rule=a.never_rule,
        model_version=a.model_version,
        decided_at=a.decided_at,
    )
