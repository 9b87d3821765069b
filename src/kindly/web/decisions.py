"""Deciding again: after the profile changed, after the user set a decision, after an intent correction.

The decision itself is kindly.decide.policy.decide, on the stored message and its stored understanding; the
context (known sender, hours already accepted that week, the referral directory) is read from the store the
way a triage run reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from kindly import clock
from kindly.calendar_busy import CalendarRead, calendar_for_drafts
from kindly.channels import DRAFT_CHANNELS
from kindly.decide.policy import Context, decide
from kindly.decide.referral import DirectoryEntry, best_resource_match, rank
from kindly.directory import entries_in
from kindly.kept_drafts import BusyTimes
from kindly.model import Decision, DecisionMark, Draft, Intent, Referral, Understanding, Verdict
from kindly.profile import Profile
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.services import (
    away_on,
    hours_committed,
    known_sender,
    silence_if_no_reply_owed,
    when_it_meets,
)
from kindly.set_by_hand import profile_stamp, redraft_set_by_hand
from kindly.store import discards
from kindly.store.history import answers_the_user, history, user_wrote_later
from kindly.store.repository import SET_BY_YOU, Repository, stored_message
from kindly.store.repository import stored_understanding as understanding_of
from kindly.store.tables import DraftRow, MessageRow
from kindly.taken_times import taken_by_stored_drafts
from kindly.web.errors import Conflict, WebError
from kindly.web.invitations import load_row


@dataclass(frozen=True, slots=True)
class Composed:
    draft: Draft | None
    verdict: Verdict
    problems: tuple[str, ...]  # what the draft checker found (an empty tuple: it passed)
    # what of her calendar could not be read ("Couldn't read your calendar ..."): the draft was written without it
    notes: tuple[str, ...] = ()


def directory_entries(session: Session) -> tuple[DirectoryEntry, ...]:
    return tuple(entries_in(session))


def fresh_verdict(
    session: Session,
    row: MessageRow,
    understanding: Understanding,
    profile: Profile,
    directory: tuple[DirectoryEntry, ...] | None = None,
) -> Verdict:
    message = stored_message(row)
    repo = Repository(session)
    details, moment = when_it_meets(message, understanding, profile.user.me)
    context = Context(
        known_sender=known_sender(repo, profile, message, row.id),
        hours_committed=hours_committed(
            repo, moment or message.date, row.id, earlier_only=True, thread_id=row.thread_id
        ),
        away_on=away_on(moment, profile, details),
        directory=directory if directory is not None else directory_entries(session),
    )
    return decide(message, understanding, profile, context)


def stored_verdict(session: Session, row: MessageRow, profile: Profile) -> Verdict:
    """The verdict as stored (decision, reason), completed with what the store does not keep (the provider's
    category, the referral) by deciding again."""
    analysis = row.analysis
    if analysis is None:
        raise Conflict(f"invitation #{row.id} is not analysed yet")
    fresh = fresh_verdict(session, row, understanding_of(analysis), profile)
    decision = Decision(analysis.decision)
    if fresh.decision is decision and fresh.reason_code == analysis.reason_code:
        return fresh
    category = next((p.category for p in profile.providers if p.name == analysis.provider), "")
    code = analysis.reason_code
    if code == "has_provider" and not category:
        code = "not_a_fit"  # the provider left the profile: the generic honest reason
    referral = fresh.referral if fresh.referral is not None else None
    if decision is Decision.REFER and referral is None:
        referral = _any_referral(session, row, profile)
    return Verdict(
        decision=decision,
        reason=analysis.reason,
        reason_code=code,
        fits=fresh.fits,
        best=fresh.best,
        provider=analysis.provider,
        provider_category=category,
        never_rule=analysis.never_rule,
        evidence=tuple(analysis.decision_evidence),
        referral=referral,
        marks=frozenset(DecisionMark(m) for m in analysis.decision_marks or ()),
    )


def _any_referral(session: Session, row: MessageRow, profile: Profile) -> Referral | None:
    """Whoever in the directory, or whichever resource, matches the request best (for a refer the user chose)."""
    text = f"{row.subject}\n{row.own_text}"
    matches = rank(text, directory_entries(session), limit=1)
    if matches:
        entry = matches[0].entry
        detail = ", ".join(part for part in (entry.organisation, entry.category) if part)
        return Referral(entry.name, detail, entry.contact)
    resource = best_resource_match(profile.resources, text, minimum=1)
    if resource is not None:
        return Referral(resource.title, resource.description, resource.link)
    return None


def with_tone(profile: Profile, tone: str | None) -> Profile:
    if not tone or tone == profile.user.tone:
        return profile
    if tone not in ("warm", "formal", "brief"):
        raise WebError(f"unknown tone {tone!r} (warm, formal or brief)")
    return profile.model_copy(update={"user": profile.user.model_copy(update={"tone": tone})})


def compose_for(
    session: Session,
    row: MessageRow,
    profile: Profile,
    verdict: Verdict,
    *,
    tone: str | None = None,
    channel: str | None = None,
    calendar: CalendarRead | None = None,
) -> Composed:
    """The draft kindly writes for this verdict, in the tone and channel asked, and what the checker says. It
    proposes no time her `calendar` has busy (read now when not given: a caller writing many reads it once)."""
    if channel is not None and channel not in DRAFT_CHANNELS:
        raise WebError(f"unknown channel {channel!r} ({', '.join(DRAFT_CHANNELS)})")
    if verdict.decision is Decision.REFER and verdict.referral is None:
        raise Conflict("nobody in your referral directory and none of your resources matches this request")
    analysis = row.analysis
    assert analysis is not None
    calendar = calendar or calendar_for_drafts()
    message = stored_message(row)
    variant = Repository(session).draft_variant(row, verdict.decision.value, clock.now() - timedelta(days=7))
    draft = compose(
        message,
        understanding_of(analysis),
        verdict,
        with_tone(profile, tone),
        variant=variant,
        channel=channel,
        # her calendar's busy time, as triage reads it ([calendar] of config.toml, the calendar file triage was
        # given): no time it has busy is offered
        taken=taken_by_stored_drafts(
            Repository(session), row.thread_id, row.from_addr or "", busy_times(calendar, profile)
        ),
    )
    if draft is None:
        return Composed(None, verdict, (), calendar.notes)
    checked = check_draft(draft, message, profile, verdict.referral)
    return Composed(draft, verdict, checked.problems, calendar.notes)


def busy_times(calendar: CalendarRead, profile: Profile) -> BusyTimes:
    return BusyTimes(calendar.busy or (), profile.user.zone)


def _save(
    session: Session, row: MessageRow, verdict: Verdict, composed: Composed | None, version: str
) -> None:
    repo = Repository(session)
    assert row.analysis is not None
    # deciding again does not move the meeting: when it meets stays as triage read it (or a calendar update set)
    repo.save_analysis(row, understanding_of(row.analysis), verdict, version, row.analysis.meets_at)
    draft = composed.draft if composed is not None and not composed.problems else None
    variant = repo.draft_variant(row, verdict.decision.value, clock.now() - timedelta(days=7))
    repo.replace_pending_draft(row, draft, verdict.decision.value, variant)


def _require_open(row: MessageRow) -> None:
    if any(d.status == "sent" for d in row.drafts):
        raise Conflict(f"a reply to invitation #{row.id} was already sent")


def set_decision(
    sessions: sessionmaker[Session], pk: int, decision: str, profile: Profile
) -> Composed | None:
    """The user's own decision: kept (a profile change does not overturn it), with a new draft for it."""
    try:
        chosen = Decision(decision)
    except ValueError:
        raise WebError(f"unknown decision {decision!r} ({', '.join(d.value for d in Decision)})") from None
    with sessions.begin() as session:
        row = load_row(session, pk)
        _require_open(row)
        analysis = row.analysis
        if analysis is None:
            raise Conflict(f"invitation #{pk} is not analysed yet")
        if chosen.value == analysis.decision and analysis.reason_code == SET_BY_YOU:
            return None
        base = stored_verdict(session, row, profile)
        was = (
            analysis.reason
            if analysis.reason_code == SET_BY_YOU
            else f"kindly said {analysis.decision.replace('_', ' ')}"
        )
        if analysis.reason_code == SET_BY_YOU and "(" in analysis.reason:
            was = analysis.reason.split("(", 1)[1].rstrip(").")
        verdict = replace(
            base,
            decision=chosen,
            reason=f"Set by you ({was}).",
            reason_code=SET_BY_YOU,
            referral=base.referral if chosen is Decision.REFER else None,
        )
        if chosen is Decision.REFER and verdict.referral is None:
            verdict = replace(verdict, referral=_any_referral(session, row, profile))
        composed = compose_for(session, row, profile, verdict) if chosen is not Decision.IGNORE else None
        for old in list(row.drafts):  # approved but unsent drafts answered the old decision
            if old.status == "approved":
                discards.discard(old, discards.REPLACED_BY_DECISION)
        repo = Repository(session)
        repo.save_analysis(
            row,
            understanding_of(analysis),
            verdict,
            analysis.model_version,
            analysis.meets_at,
            profile_stamp(profile),  # its draft follows a profile changed since; the decision stays hers
        )
        variant = repo.draft_variant(row, chosen.value, clock.now() - timedelta(days=7))
        # her choice writes the draft for it (the page asks first when the draft holds words she saved)
        repo.replace_pending_draft(
            row, composed.draft if composed else None, chosen.value, variant, keep_edited=False
        )
        return composed


def refuse_over_saved_words(sessions: sessionmaker[Session], pk: int, what: str) -> None:
    """Conflict where the invitation's pending draft holds words the user saved: `what` would write kindly's draft
    over them, and only a request that says so replaces them (the page asks first)."""
    with sessions() as session:
        row = load_row(session, pk)
        if any(d.status == "pending" and d.edited for d in row.drafts):
            raise Conflict(
                f"invitation #{pk}'s draft holds words you saved: {what} writes kindly's draft over them; "
                'send "replace_edited": true to replace them'
            )


def correct_intent(
    sessions: sessionmaker[Session],
    pk: int,
    intent: str,
    purpose_clear: bool | None,
    profile: Profile,
) -> None:
    """The user says what the message asks: remembered by the understanding step, and decided again."""
    from kindly.feedback import correct

    try:
        chosen = Intent(intent)
    except ValueError:
        raise WebError(f"unknown intent {intent!r} ({', '.join(i.value for i in Intent)})") from None
    with sessions() as session:
        load_row(session, pk)  # NotFound before anything is stored
    correct(sessions, pk, chosen, purpose_clear, profile, keep_edited=False)  # the page asks first


def redecide_open(
    sessions: sessionmaker[Session], profile: Profile, calendar: CalendarRead | None = None
) -> int:
    """Decide every open invitation again under `profile`, proposing no time her `calendar` has busy (read here
    when not given); returns how many decisions changed."""
    calendar = calendar or calendar_for_drafts()
    changed = 0
    with sessions.begin() as session:
        directory = directory_entries(session)
        for row in Repository(session).open_invitations():
            analysis = row.analysis
            assert analysis is not None
            before = (analysis.decision, analysis.reason)
            verdict = fresh_verdict(session, row, understanding_of(analysis), profile, directory)
            # The thread's rules hold as in a triage run: one reply per thread and decision, cooling-off.
            said = history(
                session,
                row.id,
                row.thread_id,
                row.from_addr,
                row.from_name,
                (profile.user.email, profile.user.name),
            )
            answered = user_wrote_later(session, row, profile.user.email, profile.user.name)
            verdict, quiet = silence_if_no_reply_owed(
                row,
                verdict,
                said,
                profile,
                answered_later=answered,
                answers_user=answers_the_user(session, row.in_reply_to, row.from_addr),
                nudge_text=row.own_text,
                intent=analysis.intent,
            )
            composed = (
                compose_for(session, row, profile, verdict, calendar=calendar)
                if verdict.decision is not Decision.IGNORE and not quiet
                else None
            )
            if composed is not None and composed.problems:
                verdict = replace(
                    verdict,
                    evidence=(*verdict.evidence, *(f"draft withheld: {p}" for p in composed.problems)),
                )
            _save(session, row, verdict, composed, analysis.model_version)
            session.flush()
            changed += (verdict.decision.value, verdict.reason) != before
        # her own decisions stay; their drafts follow the profile
        redraft_set_by_hand(session, profile, busy_times(calendar, profile))
    return changed


def pending_draft(row: MessageRow) -> DraftRow | None:
    pending = [d for d in row.drafts if d.status == "pending"]
    return pending[-1] if pending else None
