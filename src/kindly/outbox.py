"""The outbox: a draft leaves kindly only here, and only when the user says so.

`pending_drafts` lists what waits for the user. `export` writes drafts as .eml files or one mbox for a mail
program to open, `push` appends them to the IMAP Drafts folder, and `send` hands one draft to the SMTP
server. Nothing here runs by itself: `kindly drafts export|push`, `kindly send ID` (which asks first) and the
web page's buttons call it.

Every export, push and send is recorded in the `sent` table (how, the Message-ID, the recipient, what the
server or the file system said), and the draft becomes `approved` (export, push) or `sent` (SMTP). A draft
whose message was already answered by SMTP never leaves again: `send` refuses with an OutboxError, export
and push skip it with the reason. Direct messages (LinkedIn, Instagram, WhatsApp... kindly.channels) are skipped
too: the user copies them into the app by hand.

Errors:

KindlyError (kindly.errors)
 └── OutboxError         a draft cannot leave: unknown, already sent, discarded, nobody to write to,
      │                  no Drafts folder, the IMAP server refused the message
      ├── TimesTaken     her own words offer a time taken since (another reply, her calendar): not without her say
      └── AlreadySent    a reply to this message went out by SMTP before
(SendError, from kindly.send, when the SMTP server fails; SyncError when the IMAP server cannot be reached.)
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kindly import clock
from kindly.asked_by_hand import OwnMail, answered_after, asks_a_question, newest_own_mail
from kindly.channels import DM_APPS, App
from kindly.clock import as_utc
from kindly.config import Account
from kindly.errors import KindlyError
from kindly.holding_reply import only_holds
from kindly.kept_drafts import (
    declined_advice,
    declined_since,
    stale_advice,
    stale_reason,
    taken_advice,
    taken_offers,
)
from kindly.model import Decision, Draft, Message
from kindly.profile import Profile, User
from kindly.reply.calendar_reply import (
    PartStat,
    calendar_reply,
    invitation_hours,
    is_no_reply,
    partstat_for,
    wants_calendar_reply,
)
from kindly.reply.errors import ReplyError
from kindly.reply.outgoing import build_message, eml_bytes, write_eml, write_mbox
from kindly.reply.recipients import copied_on_reply, reply_target
from kindly.send.smtp import SmtpSettings
from kindly.send.smtp import send as smtp_send
from kindly.store import discards
from kindly.store.history import same_sender
from kindly.store.relations import SentRow
from kindly.store.repository import stored_message
from kindly.store.tables import DraftRow, MessageRow

if TYPE_CHECKING:
    from imapclient import IMAPClient

VIA_EML = "eml"
VIA_MBOX = "mbox"
VIA_IMAP = "imap-drafts"
VIA_SMTP = "smtp"
VIA_DOWNLOAD = "download"  # the web page's .eml download: the user's mail program sends it, if it does
DRAFTS_FOLDER = "Drafts"
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")  # as mail programs save their own drafts: not shown as unread
_LEAVABLE = ("pending", "approved")
_DECISIONS = frozenset(d.value for d in Decision)


class OutboxError(KindlyError):
    """A draft cannot leave (the message says which and why), or the IMAP server refused it."""


class TimesTaken(OutboxError):
    """A draft in the user's own words offers a time taken since: it leaves only when she says so. `on_page` words
    the refusal for the outbox page, which has its own box to send it anyway."""

    def __init__(self, message: str, on_page: str) -> None:
        super().__init__(message)
        self.on_page = on_page


class NowDeclined(TimesTaken):
    """A draft in the user's own words says yes to a message kindly now declines: it leaves only when she says so
    (the same word as a taken time: `--as-written`, the page's "as I wrote it" box)."""


class StaleDraft(OutboxError):
    """A draft that no longer answers its message (kindly.kept_drafts.stale_reason): `on_page` words the refusal
    for the outbox page, which has its own Discard button."""

    def __init__(self, message: str, on_page: str) -> None:
        super().__init__(message)
        self.on_page = on_page


class AlreadySent(OutboxError):
    """A reply to this message was already sent by SMTP: kindly never sends twice."""


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """One draft as `kindly drafts` lists it."""

    id: int
    message_pk: int
    status: str
    channel: str
    decision: str
    to: str  # where it would go: an address, "LinkedIn: NAME", "Instagram: NAME", or "" when nobody can take it
    subject: str
    first_line: str  # the first line of its text after the greeting
    text: str  # the whole draft, as it would be sent
    # whether and how it left: "sent 2026-12-01 16:02 to jo@...", "exported (eml) 2026-12-01 16:02, not sent
    # by kindly", "not sent" for an approved draft that never left, "" while pending
    went: str = ""
    stale: str = ""  # why the user's kept words no longer answer the message (kindly refuses to send them)
    # times her own words offer that another reply took since (sent only if she says)
    taken: tuple[str, ...] = ()
    # kindly now declines the message her own words say yes to (sent only if she says)
    declined: str = ""
    # a discarded draft's reason: its event was cancelled, discarded by you, replaced...
    why_discarded: str = ""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A draft made into the e-mail that would leave: shown to the user before `send`."""

    draft_id: int
    message_pk: int
    recipient: str  # the address it goes to
    message: EmailMessage
    text: str  # the draft's text as it was built (send refuses when it changed since)
    calendar: PartStat | None  # the answer of the calendar reply attached, if any

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass(frozen=True, slots=True)
class Delivered:
    """One draft exported, pushed or sent, as recorded in the `sent` table."""

    draft_id: int
    message_pk: int
    via: str  # eml | mbox | imap-drafts | smtp
    message_id: str
    recipient: str
    server_answer: str
    path: Path | None = None  # the file written (eml, mbox)


@dataclass(frozen=True, slots=True)
class Skipped:
    draft_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class OutboxResult:
    done: tuple[Delivered, ...]
    skipped: tuple[Skipped, ...]


# -- listing ----------------------------------------------------------------------------------------


def pending_drafts(
    sessions: sessionmaker[Session], statuses: Sequence[str] = ("pending",)
) -> list[DraftInfo]:
    """The drafts waiting for the user (or with `statuses`, e.g. also approved, sent and discarded), oldest first.
    Of the discarded, those whose reason was kept (from migration 0018 on) or that hold her words."""
    with sessions() as session:
        rows = session.scalars(
            select(DraftRow)
            .where(
                DraftRow.status.in_(list(statuses)),
                or_(DraftRow.status != "discarded", DraftRow.edited.is_(True), DraftRow.why_discarded != ""),
            )
            .options(selectinload(DraftRow.message).defer(MessageRow.raw).selectinload(MessageRow.analysis))
            .order_by(DraftRow.id)
        ).all()
        records = _records(session, [row.id for row in rows])
        return [
            _info(row, went_as(row.status, records.get(row.id, [])), tuple(taken_offers(session, row)))
            for row in rows
        ]


def draft_info(sessions: sessionmaker[Session], draft_id: int) -> DraftInfo:
    """One draft, whatever its status (a discarded one's words stay readable): raises OutboxError if unknown."""
    with sessions() as session:
        row = _load(session, draft_id)
        records = _records(session, [row.id])
        return _info(row, went_as(row.status, records.get(row.id, [])), tuple(taken_offers(session, row)))


def _records(session: Session, draft_ids: Sequence[int]) -> dict[int, list[SentRow]]:
    """The records of what left, per draft, oldest first."""
    found: dict[int, list[SentRow]] = {}
    if draft_ids:
        for sent in session.scalars(
            select(SentRow).where(SentRow.draft_pk.in_(list(draft_ids))).order_by(SentRow.id)
        ):
            found.setdefault(sent.draft_pk, []).append(sent)
    return found


_HOW = {
    VIA_SMTP: "sent",
    VIA_EML: "exported (eml)",
    VIA_MBOX: "exported (mbox)",
    VIA_IMAP: "saved to your Drafts folder",
    VIA_DOWNLOAD: "downloaded (eml) from the page",
}


def went_as(status: str, records: Sequence[SentRow]) -> str:
    """Whether a draft left, said plainly: an approved draft that was only approved is "not sent", and one that
    was exported, saved or downloaded was not sent by kindly - the user's mail program sends it, if it does."""
    if not records:
        return "not sent" if status in ("approved", "sent") else ""
    smtp = [r for r in records if r.via == VIA_SMTP]
    last = smtp[0] if smtp else records[-1]
    when = f"{as_utc(last.sent_at):%Y-%m-%d %H:%M} UTC"
    if smtp:
        return f"sent {when} to {last.recipient}"
    return f"{_HOW.get(last.via, last.via)} {when}, not sent by kindly"


def _info(row: DraftRow, went: str = "", taken: tuple[str, ...] = ()) -> DraftInfo:
    message = stored_message(row.message)
    app = _dm_app(row, message)
    if app is not None:
        name = re.split(r"\s+(?:via|on)\s+", message.from_name, maxsplit=1)[0]  # "Jo Park via Slack"
        to = f"{app.name}: {name}" if name else app.name
    else:
        if row.from_addr:
            # a client's mail a colleague forwarded is answered to the client, as export and send address it
            analysis = row.message.analysis
            message = reply_target(message, _sender(row, None), analysis.intent if analysis else "")
        try:
            to, _calendar = _recipient(message)
        except OutboxError:
            to = ""
    return DraftInfo(
        id=row.id,
        message_pk=row.message_pk,
        status=row.status,
        channel=row.channel,
        decision=row.decision,
        to=to,
        subject=row.subject or message.subject,
        first_line=first_line(row.text),
        text=row.text,
        went=went,
        stale=stale_reason(row),
        taken=taken,
        declined=declined_since(row),
        why_discarded=row.why_discarded if row.status == "discarded" else "",
    )


@dataclass(frozen=True, slots=True)
class Waiting:
    """A reply of the user's that asks something (times to choose, details) and that no one answered yet."""

    draft_id: int | None  # None for the user's own mail, sent outside kindly
    message_pk: int  # the message it answers; her own mail itself where she sent it outside kindly
    to: str
    subject: str
    since: datetime  # when it went (by SMTP), else when it left kindly (exported, saved, downloaded)
    went: str  # as `went_as` says it
    first_line: str

    def days(self, now: datetime) -> int:
        """Whole days it has waited by `now`."""
        return max(0, (now - self.since).days)

    def follow_up_due(self, now: datetime) -> bool:
        """A week without an answer: time to follow up (a thread gone quiet)."""
        return self.days(now) >= FOLLOW_UP_AFTER_DAYS


FOLLOW_UP_AFTER_DAYS = 7
_ASKING = (Decision.ACCEPT.value, Decision.ASK_DETAILS.value)


def waiting_on(sessions: sessionmaker[Session], user_email: str = "") -> list[Waiting]:
    """The asks the user sent that still wait for an answer, oldest first: a yes or a question of kindly's that
    left it and asks something back ("Would Monday at 10:00 or Wednesday at 2:30 work?"), in a thread where no
    one wrote after the message it answers. Only the newest that left in each thread counts; a reply that
    merely says yes to their time ("Thursday at 10am works for me.") waits for nothing. With the user's address,
    her own mail that kindly read (her Sent folder) counts too: the newest of hers in a thread, where it asks."""
    with sessions() as session:
        left = session.scalars(
            select(DraftRow)
            .where(
                DraftRow.id.in_(select(SentRow.draft_pk)),
                DraftRow.status != "discarded",  # exported, then replaced by another before it went
            )
            .options(selectinload(DraftRow.message).defer(MessageRow.raw))
            .order_by(DraftRow.message_pk.desc(), DraftRow.id.desc())
        ).all()
        records = _records(session, [row.id for row in left])
        newest: dict[str, DraftRow] = {}
        for row in left:
            newest.setdefault(row.message.thread_id, row)
        own = newest_own_mail(session, user_email)
        found = []
        for row in newest.values():
            went = records[row.id]
            smtp = [r for r in went if r.via == VIA_SMTP]
            since = as_utc((smtp or went)[0].sent_at)  # when it went by SMTP, else when it was exported
            mine = own.get(row.message.thread_id)
            if mine is not None and mine.since > since:
                continue  # she wrote in the thread herself since: her own mail is what waits, if it asks
            own.pop(row.message.thread_id, None)
            if row.decision not in _ASKING or not asks_a_question(row.text) or _answered_since(session, row):
                continue
            info = _info(row, went_as(row.status, went))
            found.append(
                Waiting(row.id, row.message_pk, info.to, info.subject, since, info.went, info.first_line)
            )
        found.extend(
            Waiting(
                None,
                mail.message_pk,
                mail.to,
                mail.subject,
                mail.since,
                _by_hand(mail),
                first_line(mail.text),
            )
            for mail in own.values()
            if mail.asks and not answered_after(session, mail, user_email)
        )
        return sorted(found, key=lambda w: w.since)


def _by_hand(mail: OwnMail) -> str:
    return f"sent by you {mail.since:%Y-%m-%d %H:%M} UTC, from your own mail program"


def discard_drafts(sessions: sessionmaker[Session], draft_ids: Sequence[int]) -> list[int]:
    """Withdraw pending or approved drafts the user will not send (kept, listed as discarded): raises OutboxError
    for one unknown or already gone, and then withdraws none."""
    with sessions.begin() as session:
        rows = [_load(session, draft_id) for draft_id in dict.fromkeys(draft_ids)]
        for row in rows:
            if row.status not in _LEAVABLE:
                raise OutboxError(f"draft #{row.id} was {row.status}: nothing to discard")
        for row in rows:
            discards.discard(row, discards.BY_YOU)
        return [row.id for row in rows]


def _answered_since(session: Session, row: DraftRow) -> bool:
    """Someone other than the user wrote in the draft's thread after the message it answers - more than a promise
    to get back to her ("Let me check my calendar and I'll get back to you")."""
    message = row.message
    later = select(MessageRow.own_text).where(
        MessageRow.thread_id == message.thread_id,
        MessageRow.id > message.id,
        MessageRow.from_addr != row.from_addr.lower(),
    )
    return any(not only_holds(text or "") for text in session.scalars(later))


def first_line(text: str) -> str:
    """The first line that says something: the greeting ("Hi Ruth,") is passed over."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].endswith(",") and len(lines[0]) <= 60:
        return lines[1]
    return lines[0] if lines else ""


# -- building the e-mail ------------------------------------------------------------------------------


def outgoing(
    sessions: sessionmaker[Session],
    profile: Profile | None,
    draft_id: int,
    *,
    now: datetime | None = None,
    despite_taken_times: bool = False,
) -> Outgoing:
    """The e-mail that draft `draft_id` would leave as (raises OutboxError when it cannot leave). `profile`
    is needed only for a draft stored before drafts kept whom they are from; so for every function here."""
    with sessions() as session:
        return _build(session, _load(session, draft_id), profile, now, despite_taken_times)


def _load(session: Session, draft_id: int) -> DraftRow:
    row = session.scalars(
        select(DraftRow)
        .where(DraftRow.id == draft_id)
        .options(
            selectinload(DraftRow.message).defer(MessageRow.raw),
            selectinload(DraftRow.message).selectinload(MessageRow.drafts),
        )
    ).first()
    if row is None:
        raise OutboxError(f"no draft #{draft_id} (`kindly drafts` lists them)")
    return row


def _sent_before(session: Session, row: DraftRow) -> SentRow | None:
    """The SMTP record of a reply to the same message, if one went out."""
    ids = [d.id for d in row.message.drafts] or [row.id]
    return session.scalars(
        select(SentRow)
        .where(SentRow.draft_pk.in_(ids), SentRow.via == VIA_SMTP)
        .order_by(SentRow.id)
        .limit(1)
    ).first()


def _check_leavable(session: Session, row: DraftRow, despite_taken_times: bool = False) -> None:
    sent = _sent_before(session, row)
    if sent is not None or any(d.status == "sent" for d in row.message.drafts) or row.status == "sent":
        detail = ""
        if sent is not None:
            detail = f" on {sent.sent_at:%Y-%m-%d %H:%M} to {sent.recipient}"
            detail += f" (draft #{sent.draft_pk})" if sent.draft_pk != row.id else ""
        raise AlreadySent(
            f"draft #{row.id}: a reply to message {row.message_pk} was already sent{detail}; "
            "kindly never sends a message twice"
        )
    if row.status not in _LEAVABLE:
        raise OutboxError(
            f"draft #{row.id} was {row.status} (a newer draft replaced it, or its event was cancelled)"
        )
    newer = _newer_reply_in_thread(session, row)
    if newer is not None:
        raise OutboxError(
            f"draft #{row.id} answers an older message ({row.message_pk}) of its thread: "
            f"{row.message.from_name or row.message.from_addr} wrote again since (message {newer.message_pk}), "
            f"which draft #{newer.id} answers; send that one"
        )
    if stale := stale_reason(row):
        raise StaleDraft(stale_advice(row, stale), stale_advice(row, stale, on_page=True))
    if not despite_taken_times and (declined := declined_since(row)):
        raise NowDeclined(declined_advice(row, declined), declined_advice(row, declined, on_page=True))
    if not despite_taken_times and (taken := taken_offers(session, row)):
        raise TimesTaken(taken_advice(row, taken), taken_advice(row, taken, on_page=True))


def _newer_reply_in_thread(session: Session, row: DraftRow) -> DraftRow | None:
    """kindly's reply to a later message of the same sender in this draft's thread, if one was drafted: a draft
    approved on Monday ("Thursday at 10am works for me") no longer answers Tuesday's "Could we do Friday
    instead?", and sending both would contradict itself."""
    message = row.message
    if not message.thread_id:
        return None
    return session.scalars(
        select(DraftRow)
        .join(MessageRow, DraftRow.message_pk == MessageRow.id)
        .where(
            MessageRow.thread_id == message.thread_id,
            MessageRow.id > message.id,
            same_sender(message.from_addr, message.from_name),
            DraftRow.status != "discarded",
        )
        .order_by(MessageRow.id.desc(), DraftRow.id.desc())
        .limit(1)
    ).first()


def _dm_app(row: DraftRow, message: Message) -> App | None:
    """The app a direct message is copied into: the draft's channel, else the message's (a draft switched to
    e-mail for a message with no address still has nowhere else to go)."""
    return DM_APPS.get(row.channel) or DM_APPS.get(message.channel)


def _address(name: str, address: str) -> str:
    """ "Tomás Reilly <tomas@x.example>" as a person reads it (formataddr would encode the name for a header)."""
    try:
        return str(Address(display_name=name, addr_spec=address))
    except (ValueError, IndexError):
        return address


def _recipient(message: Message) -> tuple[str, bool]:
    """Who the reply goes to, and whether a calendar reply may go with it.

    A calendar invitation is answered to its organizer; an organizer that takes no replies (noreply@...)
    gets nothing, and the reply goes as a plain e-mail to the sender instead - when the sender's address
    takes replies. Raises OutboxError when nobody can read the reply."""
    event = message.event
    if event is not None and event.method.upper() == "REQUEST" and event.organizer_email:
        if not is_no_reply(event.organizer_email):
            return _address(event.organizer_name, event.organizer_email), wants_calendar_reply(event)
        if message.from_addr and not is_no_reply(message.from_addr):
            return _address(message.from_name, message.from_addr), False
        raise OutboxError(
            f"the organizer's address {event.organizer_email} takes no replies, and no one else sent the "
            "invitation: answer it on the event's page instead"
        )
    if not message.from_addr:
        raise OutboxError("the message has no e-mail address to reply to")
    if is_no_reply(message.from_addr):
        raise OutboxError(f"the sender's address {message.from_addr} takes no replies (a no-reply address)")
    return _address(message.from_name, message.from_addr), False


def _sender(row: DraftRow, profile: Profile | None) -> User:
    """Whom the reply is from: the user whose profile wrote and signed the draft, else the profile's user."""
    if row.from_addr:
        return User(name=row.from_name or row.from_addr, email=row.from_addr)
    if profile is not None:
        return profile.user
    raise OutboxError(
        f"draft #{row.id}: written before kindly kept whom a draft is from, so its From: line needs your "
        "profile's [user] name and email: give --profile FILE (or write one with `kindly init`)"
    )


def _build(
    session: Session,
    row: DraftRow,
    profile: Profile | None,
    now: datetime | None,
    despite_taken_times: bool = False,
) -> Outgoing:
    _check_leavable(session, row, despite_taken_times)
    now = now or clock.now()  # the Date: line and a calendar reply's stamp follow KINDLY_NOW
    message = stored_message(row.message)
    app = _dm_app(row, message)
    if app is not None:
        raise OutboxError(
            f"draft #{row.id} is {app.message}: paste it into {app.into} yourself "
            f"(`kindly show {row.message_pk}` shows it)"
        )
    user = _sender(row, profile)
    analysis = row.message.analysis
    intent = analysis.intent if analysis else ""
    # a forwarded client is answered directly (a colleague is at the user's domain or one the profile lists): the
    # draft's own sender, with the profile's own domains (a stored sender keeps its address alone)
    answering = user if profile is None else user.model_copy(update={"own_domains": profile.user.own_domains})
    message = reply_target(message, answering, intent)
    try:
        to, calendar_ok = _recipient(message)
    except OutboxError as error:
        raise OutboxError(f"draft #{row.id}: {error}") from None
    draft = Draft(text=row.text, steps=tuple(row.steps), channel=row.channel, subject=row.subject)
    # a meeting at an hour outside the user's own is answered TENTATIVE: its draft proposes other times
    partstat = (
        partstat_for(
            Decision(row.decision),
            message.event,
            invitation_hours(profile, message, intent) if profile and message.event else None,
            intent,
            profile.user.zone if profile else None,
            message.date_offset,
            profile.user.off if profile else (),
        )
        if row.decision in _DECISIONS
        else None
    )
    calendar = None
    if calendar_ok and partstat is not None and message.event is not None:
        calendar = calendar_reply(
            message.event, user.email, partstat, row.text, attendee_name=user.name, now=now
        )
    try:
        cc = copied_on_reply(message, user.email, intent, row.decision, user.name)
        named = {box.addr: box.name for box in (*message.to_mailboxes, *message.cc_mailboxes)}
        copies = [_address(named.get(address, ""), address) for address in cc]
        built = build_message(draft, message, user, calendar=calendar, to=to, cc=copies, now=now)
    except ReplyError as error:
        raise OutboxError(f"draft #{row.id}: {error}") from None
    _keep_message_id(session, row.id, built)
    return Outgoing(
        draft_id=row.id,
        message_pk=row.message_pk,
        recipient=str(built["To"].addresses[0].addr_spec) + (f" (cc {', '.join(cc)})" if cc else ""),
        message=built,
        text=row.text,
        calendar=PartStat(partstat) if calendar is not None and partstat is not None else None,
    )


def _prepare(
    sessions: sessionmaker[Session],
    profile: Profile | None,
    draft_ids: Sequence[int] | None,
    now: datetime | None,
    despite_taken_times: bool = False,
) -> tuple[list[Outgoing], list[Skipped]]:
    with sessions() as session:
        if draft_ids is None:
            ids = list(session.scalars(select(DraftRow.id).where(DraftRow.status == "pending")))
        else:
            ids = list(dict.fromkeys(draft_ids))
            known = set(session.scalars(select(DraftRow.id).where(DraftRow.id.in_(ids))))
            unknown = [str(i) for i in ids if i not in known]
            if unknown:
                raise OutboxError(f"no draft #{', #'.join(unknown)} (`kindly drafts` lists them)")
        ready: list[Outgoing] = []
        skipped: list[Skipped] = []
        for draft_id in sorted(ids) if draft_ids is None else ids:
            try:
                ready.append(_build(session, _load(session, draft_id), profile, now, despite_taken_times))
            except OutboxError as error:
                skipped.append(Skipped(draft_id, str(error)))
        return ready, skipped


def _record(
    session: Session, out: Outgoing, via: str, answer: str, status: str, path: Path | None = None
) -> Delivered:
    row = session.get(DraftRow, out.draft_id)
    if row is None:  # removed meanwhile (its message was deleted)
        raise OutboxError(f"draft #{out.draft_id} is gone")
    session.add(_sent_row(out.draft_id, out.message_id, out.recipient, via, answer))
    if row.status != "sent":
        row.status = status
    return Delivered(out.draft_id, out.message_pk, via, out.message_id, out.recipient, answer, path)


def record_download(session: Session, draft_id: int, message: EmailMessage) -> None:
    """The web page's .eml download of a draft, recorded like an export: it keeps the Message-ID the draft had
    wherever it went before (so a reply to it is known as a reply to her), and `kindly drafts --all` shows that
    it left kindly - not that it was sent."""
    _keep_message_id(session, draft_id, message)
    recipient = str(message["To"] or "")
    session.add(
        _sent_row(draft_id, str(message["Message-ID"]), recipient, VIA_DOWNLOAD, "downloaded from the page")
    )


def _keep_message_id(session: Session, draft_id: int, message: EmailMessage) -> None:
    """The same draft keeps its Message-ID wherever it goes: the one it first left with, if it left before."""
    earlier = session.scalars(
        select(SentRow.message_id).where(SentRow.draft_pk == draft_id).order_by(SentRow.id).limit(1)
    ).first()
    if earlier:
        message.replace_header("Message-ID", earlier)


def _sent_row(draft_id: int, message_id: str, recipient: str, via: str, answer: str) -> SentRow:
    """The record of a draft leaving kindly, now."""
    return SentRow(
        draft_pk=draft_id,
        message_id=message_id,
        recipient=recipient,
        via=via,
        server_answer=answer,
        sent_at=clock.stamp(),  # KINDLY_NOW too: `went` and `--waiting` read it
    )


# -- export -------------------------------------------------------------------------------------------


def eml_name(draft_id: int) -> str:
    return f"kindly-draft-{draft_id}.eml"


def export(
    sessions: sessionmaker[Session],
    profile: Profile | None,
    draft_ids: Sequence[int] | None = None,
    *,
    directory: Path | None = None,
    mbox: Path | None = None,
    now: datetime | None = None,
    despite_taken_times: bool = False,
) -> OutboxResult:
    """Write drafts (`draft_ids`, else every pending one) as .eml files into `directory`, or as one `mbox`
    file (replaced). Each written draft is recorded and becomes approved. Nothing is sent."""
    if (directory is None) == (mbox is None):
        raise ValueError("export to a directory or to an mbox file, one of the two")
    ready, skipped = _prepare(sessions, profile, draft_ids, now, despite_taken_times)
    done: list[Delivered] = []
    if not ready:
        return OutboxResult((), tuple(skipped))
    try:
        if mbox is not None:
            write_mbox(mbox, [out.message for out in ready])
            written = [(out, mbox) for out in ready]
        else:
            assert directory is not None
            written = [(out, write_eml(directory / eml_name(out.draft_id), out.message)) for out in ready]
    except OSError as exc:
        where = mbox if mbox is not None else directory
        raise OutboxError(f"{where}: cannot write ({exc.strerror or exc})") from None
    via = VIA_MBOX if mbox is not None else VIA_EML
    with sessions.begin() as session:
        for out, path in written:
            done.append(_record(session, out, via, f"written to {path}", "approved", path))
    return OutboxResult(tuple(done), tuple(skipped))


# -- IMAP Drafts ----------------------------------------------------------------------------------------


def push(
    sessions: sessionmaker[Session],
    profile: Profile | None,
    account: Account,
    password: str,
    draft_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
    despite_taken_times: bool = False,
) -> OutboxResult:
    """Append drafts (`draft_ids`, else every pending one) to the account's Drafts folder with the \\Draft
    flag, for the user to send from their own mail program. Each is recorded as soon as the server took it.
    Raises SyncError when the server cannot be reached or refuses the login, OutboxError when it has no
    Drafts folder or refuses a message (those before it stay saved and recorded)."""
    from kindly.ingest.imap import Mailbox

    ready, skipped = _prepare(sessions, profile, draft_ids, now, despite_taken_times)
    if not ready:
        return OutboxResult((), tuple(skipped))
    done: list[Delivered] = []
    where = f"{account.name} ({account.host}:{account.server_port})"
    with Mailbox(account, password) as box:
        folder = drafts_folder(box.client, where)
        for out in ready:
            try:
                answer = box.client.append(
                    folder, eml_bytes(out.message), flags=DRAFT_FLAGS, msg_time=_date(out.message)
                )
            except (imaplib.IMAP4.error, OSError, EOFError) as exc:
                raise OutboxError(
                    f"{where}: could not save draft #{out.draft_id} to {folder} ({_said(exc, password)})"
                ) from None
            said = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
            with sessions.begin() as session:
                done.append(_record(session, out, VIA_IMAP, f"{folder}: {said}", "approved"))
    return OutboxResult(tuple(done), tuple(skipped))


def drafts_folder(client: IMAPClient, where: str = "the IMAP server") -> str:
    """The folder for drafts: "Drafts" when there is one, else the folder marked \\Drafts (RFC 6154)."""
    try:
        folders = client.list_folders()  # special-use servers flag the folder in LIST (RFC 6154 section 2)
    except (imaplib.IMAP4.error, OSError, EOFError) as exc:
        raise OutboxError(f"{where}: cannot list the folders ({_said(exc, '')})") from None
    names = [str(name) for _flags, _delimiter, name in folders]
    if DRAFTS_FOLDER in names:
        return DRAFTS_FOLDER
    for flags, _delimiter, name in folders:
        if _is_drafts(flags):
            return str(name)
    raise OutboxError(
        f"{where}: no Drafts folder (neither one named {DRAFTS_FOLDER!r} nor one marked \\Drafts); "
        "make one in your mail program"
    )


def _is_drafts(flags: Sequence[bytes | str]) -> bool:
    return any((f.decode() if isinstance(f, bytes) else f).lower() == "\\drafts" for f in flags)


def _date(message: EmailMessage) -> datetime:
    value = getattr(message.get("Date"), "datetime", None)
    return value if isinstance(value, datetime) else clock.now()


def _said(exc: BaseException, password: str) -> str:
    text = " ".join(
        arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg) for arg in exc.args
    )
    text = " ".join(text.split())[:200] or type(exc).__name__
    return text.replace(password, "***") if password else text


# -- SMTP -------------------------------------------------------------------------------------------------


def send(
    sessions: sessionmaker[Session],
    profile: Profile | None,
    draft_id: int,
    settings: SmtpSettings,
    password: str | None,
    *,
    prepared: Outgoing | None = None,
    now: datetime | None = None,
    despite_taken_times: bool = False,
) -> Delivered:
    """Send draft `draft_id` by SMTP - only ever on the user's explicit command - and record it.

    `prepared` is the Outgoing shown to the user for confirmation: exactly that message is sent, unless the
    draft changed since (then OutboxError). Raises AlreadySent when a reply to the message went out before,
    SendError when the server fails (then nothing is recorded). The draft's row is locked while sending, so
    two `kindly send` at once cannot both send."""
    if prepared is not None and prepared.draft_id != draft_id:
        raise ValueError(f"prepared message is of draft #{prepared.draft_id}, not #{draft_id}")
    with sessions.begin() as session:
        # A write that changes nothing takes the database's write lock: a second sender waits here, then
        # finds the draft sent.
        session.execute(update(DraftRow).where(DraftRow.id == draft_id).values(status=DraftRow.status))
        row = _load(session, draft_id)
        out = _build(session, row, profile, now, despite_taken_times)
        if prepared is not None:
            if prepared.text != row.text:
                raise OutboxError(f"draft #{draft_id} changed since it was shown; look at it again")
            out = prepared
        answer = smtp_send(out.message, settings, password)
        return _record(session, out, VIA_SMTP, answer, "sent")
