"""The overview: counts by decision and intent, week by week, and hours accepted against the budget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kindly import clock
from kindly.decide.policy import HOURS
from kindly.model import Decision, Intent
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow

WEEKS = 12  # the charts show at most this many weeks, up to the newest message
MIN_WEEKS = 4


@dataclass(frozen=True, slots=True)
class Week:
    start: date
    decisions: dict[str, int]
    hours_accepted: float

    @property
    def label(self) -> str:
        return f"{self.start:%d %b}"


@dataclass(frozen=True, slots=True)
class Overview:
    total: int
    invitations: int
    by_decision: dict[str, int]
    by_intent: list[tuple[str, int]]  # invitations only, commonest first
    weeks: list[Week]  # oldest first, up to the week of the newest message
    budget: float
    this_week_start: date
    this_week_hours: float
    drafts_pending: int
    drafts_approved: int


def week_start(moment: datetime | date) -> date:
    day = moment.astimezone(UTC).date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def _when(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def overview(session: Session, budget: float, today: date | None = None) -> Overview:
    rows = session.execute(
        select(
            func.coalesce(MessageRow.sent_at, MessageRow.ingested_at),  # pasted text: when it was added
            MessageRow.event,
            AnalysisRow.decision,
            AnalysisRow.intent,
            AnalysisRow.is_invitation,
            AnalysisRow.networking_hours,
        )
        .join(AnalysisRow, AnalysisRow.message_pk == MessageRow.id)
        .where(MessageRow.updates_pk.is_(None))
    ).all()
    by_decision = {d.value: 0 for d in Decision}
    by_intent: dict[str, int] = {}
    weekly: dict[date, dict[str, int]] = {}
    hours: dict[date, float] = {}
    invitations = 0
    for sent_at, event, decision, intent, is_invitation, taken in rows:
        by_decision[decision] = by_decision.get(decision, 0) + 1
        if is_invitation:
            invitations += 1
            by_intent[intent] = by_intent.get(intent, 0) + 1
        when = _when(sent_at)
        if when is None:
            continue
        week = week_start(when)
        counts = weekly.setdefault(week, {})
        counts[decision] = counts.get(decision, 0) + 1
        if decision == Decision.ACCEPT.value:
            start = event.get("start") if isinstance(event, dict) else None
            day = week_start(datetime.fromisoformat(start)) if isinstance(start, str) else week
            # what the decision counted (a paid talk none), else the kind's usual hours for an older analysis
            spent = taken if taken is not None else HOURS.get(Intent(intent), 1.0)
            hours[day] = hours.get(day, 0.0) + spent
    today = today or clock.now().date()  # KINDLY_NOW's week too
    this_week = week_start(today)
    last = max(weekly, default=this_week)
    first = max(min(weekly, default=last), last - timedelta(weeks=WEEKS - 1))
    first = min(first, last - timedelta(weeks=MIN_WEEKS - 1))
    weeks = [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    statuses = session.scalars(select(DraftRow.status)).all()
    return Overview(
        total=len(rows),
        invitations=invitations,
        by_decision=by_decision,
        by_intent=sorted(by_intent.items(), key=lambda kv: (-kv[1], kv[0])),
        weeks=[Week(w, weekly.get(w, {}), round(hours.get(w, 0.0), 1)) for w in weeks],
        budget=budget,
        this_week_start=this_week,
        this_week_hours=round(hours.get(this_week, 0.0), 1),
        drafts_pending=sum(1 for s in statuses if s == "pending"),
        drafts_approved=sum(1 for s in statuses if s == "approved"),
    )
