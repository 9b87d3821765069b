"""The draft in the editor: compose again (tone, channel), edit, approve, export as .eml.

Nothing here sends anything. Approving marks a draft as the one the user wants; the .eml export builds the
reply e-mail (kindly.reply.outgoing) for the user's own mail program, and is recorded as a download.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from kindly import clock
from kindly.channels import DM_APPS, DRAFT_CHANNELS, is_dm, reply_channel_of
from kindly.model import Decision, Draft
from kindly.outbox import record_download
from kindly.profile import Profile
from kindly.reply.calendar_reply import calendar_reply, invitation_hours, partstat_for, wants_calendar_reply
from kindly.reply.check import check_draft
from kindly.reply.outgoing import build_message, eml_bytes
from kindly.reply.recipients import copied_on_reply, reply_target
from kindly.store import discards
from kindly.store.repository import Repository, stored_message
from kindly.store.tables import DraftRow, MessageRow
from kindly.web.decisions import Composed, compose_for, pending_draft, stored_verdict
from kindly.web.errors import Conflict, WebError
from kindly.web.invitations import editor_draft, load_row

MAX_DRAFT = 20_000  # characters
_DECISIONS = frozenset(d.value for d in Decision)


@dataclass(frozen=True, slots=True)
class EditorState:
    """What the draft editor shows."""

    message_pk: int
    decision: str
    draft: DraftRow | None
    tone: str
    channel: str
    problems: tuple[str, ...]
    channels: tuple[str, ...] = (
        "email",
        "linkedin",
    )  # what it may be written for: e-mail, or the app it came from
    paste_into: str = ""  # a direct message's app, where the user pastes it ("Instagram"); "" for an e-mail
    no_draft: str = ""  # why triage drafted no reply ("sent from a shared mailbox; RSVP through its link")


def as_draft(row: DraftRow) -> Draft:
    return Draft(text=row.text, steps=tuple(row.steps), channel=row.channel, subject=row.subject)


def problems_of(
    session: Session, row: MessageRow, draft: DraftRow, profile: Profile | None
) -> tuple[str, ...]:
    """What the draft checker says about the draft as it stands (the user may have edited it)."""
    if profile is None:
        return ()
    referral = None
    if draft.decision == Decision.REFER.value:
        try:
            referral = stored_verdict(session, row, profile).referral
        except WebError:
            referral = None
    return check_draft(as_draft(draft), stored_message(row), profile, referral).problems


def editor_state(
    session: Session, pk: int, profile: Profile | None, tone: str | None = None, channel: str | None = None
) -> EditorState:
    row = load_row(session, pk)
    draft = editor_draft(row.drafts)
    decision = row.analysis.decision if row.analysis else ""
    shown = channel or (draft.channel if draft else reply_channel_of(row.channel))
    app = DM_APPS.get(shown)
    return EditorState(
        message_pk=row.id,
        decision=decision,
        draft=draft,
        # the tone asked, else the one the draft was written in when the user chose it, else the profile's
        tone=tone or (draft.tone if draft and draft.tone else (profile.user.tone if profile else "warm")),
        channel=shown,
        problems=problems_of(session, row, draft, profile) if draft else (),
        # a message from an app is answered there or by e-mail; any other by e-mail or on LinkedIn, as before
        channels=("email", row.channel if is_dm(row.channel) else "linkedin"),
        paste_into=app.into if app else "",
        no_draft=_why_no_draft(row) if draft is None else "",
    )


NO_DRAFT = "no reply drafted: "  # how the decision's evidence says why triage left the reply to the user


def _why_no_draft(row: MessageRow) -> str:
    evidence = row.analysis.decision_evidence if row.analysis else []
    return next((line[len(NO_DRAFT) :] for line in evidence if line.startswith(NO_DRAFT)), "")


def _new_pending(session: Session, row: MessageRow, draft: Draft, decision: str, tone: str = "") -> DraftRow:
    variant = Repository(session).draft_variant(row, decision, clock.now() - timedelta(days=7))
    # written again at the user's asking (the page asks before it replaces words she saved)
    created = Repository(session).replace_pending_draft(
        row, draft, decision, variant, tone, keep_edited=False
    )
    assert created is not None
    session.flush()
    return created


def recompose(
    sessions: sessionmaker[Session], pk: int, profile: Profile, *, tone: str | None, channel: str | None
) -> Composed:
    """Write the pending draft again in another tone or for another channel (the draft keeps the tone it is
    written in); returns it with the checker's problems and what of her calendar could not be read."""
    with sessions.begin() as session:
        row = load_row(session, pk)
        _only_unsent(row)
        if row.analysis is None or row.analysis.decision == Decision.IGNORE.value:
            raise Conflict("kindly leaves this message to you: set a decision before drafting a reply")
        verdict = stored_verdict(session, row, profile)
        composed = compose_for(session, row, profile, verdict, tone=tone, channel=channel)
        if composed.draft is None:
            raise Conflict("no draft for this decision")
        for old in row.drafts:
            if old.status == "approved":
                discards.discard(old, discards.REPLACED_BY_REWRITE)
        _new_pending(session, row, composed.draft, verdict.decision.value, tone or profile.user.tone)
        return composed


def _only_unsent(row: MessageRow) -> None:
    if any(d.status == "sent" for d in row.drafts):
        raise Conflict(f"a reply to invitation #{row.id} was already sent")


def edit(
    sessions: sessionmaker[Session],
    pk: int,
    text: str,
    *,
    subject: str | None = None,
    channel: str | None = None,
) -> DraftRow:
    """The user's own words for the pending draft (made when there is none yet)."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise WebError("the draft is empty")
    if len(text) > MAX_DRAFT:
        raise WebError(f"the draft is longer than {MAX_DRAFT} characters")
    if channel is not None and channel not in DRAFT_CHANNELS:
        raise WebError(f"unknown channel {channel!r} ({', '.join(DRAFT_CHANNELS)})")
    with sessions.begin() as session:
        row = load_row(session, pk)
        _only_unsent(row)
        if any(d.status == "approved" for d in row.drafts) and pending_draft(row) is None:
            raise Conflict("the draft is approved: reopen it to edit")
        decision = row.analysis.decision if row.analysis else ""
        if decision in ("", Decision.IGNORE.value):
            raise Conflict("kindly leaves this message to you: set a decision before drafting a reply")
        draft = pending_draft(row)
        created = draft is None
        if draft is None:
            base = Draft(
                text=text,
                steps=(),
                channel=(written := channel or reply_channel_of(row.channel)),
                subject=f"Re: {row.subject}" if row.subject and not is_dm(written) else "",
            )
            draft = _new_pending(session, row, base, decision)
        # her words (saving kindly's unchanged leaves them kindly's): deciding the message again keeps them
        subject = subject.strip() if subject is not None else draft.subject
        draft.edited = draft.edited or created or (text, subject) != (draft.text.strip(), draft.subject)
        draft.text = text + "\n"
        draft.subject = subject
        if channel is not None:
            draft.channel = channel
        session.flush()
        return draft


def discard(sessions: sessionmaker[Session], pk: int) -> None:
    """Withdraw the pending draft (one in her own words that no longer fits, say): kept, listed as discarded."""
    with sessions.begin() as session:
        row = load_row(session, pk)
        draft = pending_draft(row)
        if draft is None:
            raise Conflict(f"invitation #{pk} has no pending draft to discard")
        discards.discard(draft, discards.BY_YOU)


def approve(sessions: sessionmaker[Session], pk: int, text: str | None = None) -> DraftRow:
    """Mark the pending draft approved (after saving `text`, when given). Nothing is sent."""
    if text is not None:
        edit(sessions, pk, text)
    with sessions.begin() as session:
        row = load_row(session, pk)
        _only_unsent(row)
        draft = pending_draft(row)
        if draft is None:
            approved = [d for d in row.drafts if d.status == "approved"]
            if approved:
                return approved[-1]
            raise Conflict(f"invitation #{pk} has no draft to approve")
        draft.status = "approved"
        session.flush()
        return draft


def reopen(sessions: sessionmaker[Session], pk: int) -> DraftRow:
    """An approved draft back in the editor."""
    with sessions.begin() as session:
        row = load_row(session, pk)
        _only_unsent(row)
        approved = [d for d in row.drafts if d.status == "approved"]
        if not approved:
            raise Conflict(f"invitation #{pk} has no approved draft")
        for old in row.drafts:
            if old.status == "pending":
                discards.discard(old, discards.REPLACED_BY_REOPENED)
        approved[-1].status = "pending"
        session.flush()
        return approved[-1]


def eml(sessions: sessionmaker[Session], pk: int, profile: Profile) -> tuple[str, bytes]:
    """The approved draft as an .eml file (file name, bytes): threaded under the invitation, with a calendar
    reply attached when the invitation is a calendar request."""
    with sessions.begin() as session:
        row = load_row(session, pk)
        approved = [d for d in row.drafts if d.status in ("approved", "sent")]
        if not approved:
            raise Conflict(f"approve the draft of invitation #{pk} first")
        draft = approved[-1]
        message = stored_message(row)
        calendar = None
        event = message.event
        intent = row.analysis.intent if row.analysis else ""
        partstat = (
            partstat_for(
                Decision(draft.decision),
                event,
                invitation_hours(profile, message, intent) if event is not None else None,
                intent,
                profile.user.zone,
                message.date_offset,
                profile.user.off,
            )
            if draft.decision in _DECISIONS
            else None
        )
        if event is not None and partstat is not None and wants_calendar_reply(event):
            calendar = calendar_reply(
                event,
                profile.user.email,
                partstat,
                draft.text,
                attendee_name=profile.user.name,
                now=clock.now(),
            )
        # a forwarded client is answered directly
        message = reply_target(message, profile.user, intent)
        cc = copied_on_reply(message, profile.user.email, intent, draft.decision)
        built = build_message(as_draft(draft), message, profile, calendar=calendar, cc=cc, now=clock.now())
        record_download(session, draft.id, built)  # it left kindly: `kindly drafts --all` says so
        return f"kindly-reply-{pk}.eml", eml_bytes(built)
