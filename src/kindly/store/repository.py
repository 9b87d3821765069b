"""Read and write messages, analyses and drafts. No decisions are taken here."""

from __future__ import annotations

import hashlib
from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, false, func, insert, or_, select, update
from sqlalchemy.orm import Session, defer, selectinload

from kindly import clock
from kindly.ingest.packing import pack
from kindly.model import (
    Attachment,
    Attendee,
    Contact,
    Decision,
    DecisionMark,
    Draft,
    Event,
    GoalFit,
    Intent,
    Mailbox,
    Message,
    Understanding,
    Verdict,
)
from kindly.store import discards
from kindly.store.relations import CorrectionRow, DirectoryRow
from kindly.store.subjects import REPLY_PREFIX, bare_subject
from kindly.store.tables import AnalysisRow, ContactRow, DraftRow, MessageRow, SyncStateRow

_MESSAGES = MessageRow.metadata.tables[MessageRow.__tablename__]
_IN_CHUNK = 400  # values per IN (...) list, well under SQLite's limit on bound parameters
SET_BY_YOU = "set_by_you"  # the reason code of a decision the user set by hand
DIRECTORY_ADDED = "directory_added"  # reason code of an answer whose details went into the directory


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


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _parents(message: Message) -> list[str]:
    return [p for p in (message.in_reply_to, *reversed(message.references)) if p]


_SUBJECT_THREAD_DAYS = 90  # a reply joins a same-subject thread of its sender from at most this far back


def _reply_subject(message: Message) -> str:
    """The subject a reply answers ("Re: Coffee next week?" -> "coffee next week?"), or "" where the message
    is no reply by its subject or has a conversation of its own (a LinkedIn thread)."""
    if message.conversation or not message.from_addr or not REPLY_PREFIX.match(message.subject):
        return ""
    return bare_subject(message.subject)


# thread -> the sorted times its messages under one (sender, subject) were sent: few threads per subject however
# many messages, so a reply finds its thread by bisection rather than by reading them all
_SameSubject = dict[str, list[datetime]]


def _continued(message: Message, same_subject: _SameSubject) -> str:
    """The sender's thread under this subject with the newest message from the 90 days before the reply, or ""."""
    sent = _aware(message.date) if message.date else None
    best: tuple[datetime, str] | None = None
    for thread, times in same_subject.items():
        latest = times[-1]
        if sent is not None:
            at = bisect_right(times, sent)
            if at == 0 or times[at - 1] < sent - timedelta(days=_SUBJECT_THREAD_DAYS):
                continue
            latest = times[at - 1]
        if best is None or (latest, thread) > best:
            best = (latest, thread)
    return best[1] if best else ""


def _remember(
    found: dict[tuple[str, str], _SameSubject], key: tuple[str, str], when: datetime, thread: str
) -> None:
    insort(found.setdefault(key, {}).setdefault(thread, []), when)


def _subject_key(message: Message) -> tuple[str, str]:
    return (message.from_addr.lower(), bare_subject(message.subject))


def _aware(moment: datetime | None) -> datetime:
    """A moment in UTC to compare (stored ones have no offset), the earliest of all where there is none."""
    return _in_utc(moment) if moment is not None else datetime.min.replace(tzinfo=UTC)


def _own_thread(message: Message, digest: str) -> str:
    """The thread of a message none of whose parents is stored."""
    if message.conversation:
        return _thread_key(message.conversation)
    root = (message.references[0] if message.references else "") or message.in_reply_to
    return _thread_key(root or message.message_id or digest)


# How far back a sender's domain is looked up (signatures_from_domain): a bounded scan of the newest rows.
DOMAIN_WINDOW = 20_000


@dataclass(frozen=True, slots=True)
class Stored:
    """A message as stored: its row's id and thread, and whether the row was already there (a duplicate)."""

    pk: int
    thread_id: str
    duplicate: bool


def event_json(event: Event | None) -> dict[str, Any] | None:
    """An Event as the JSON kept in messages.event."""
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


def written_at(row: MessageRow) -> datetime | None:
    """When a stored message was sent, in the sender's own offset (its Date header's)."""
    if row.sent_at is None:
        return None
    sent = _in_utc(row.sent_at)
    return sent.astimezone(timezone(timedelta(minutes=row.sent_offset))) if row.sent_offset else sent


def stored_mailboxes(stored: list[dict[str, str]] | None) -> tuple[Mailbox, ...]:
    """The mailboxes of a To or Cc header as a row keeps them."""
    return tuple(Mailbox(str(m.get("name") or ""), str(m.get("addr") or "")) for m in stored or ())


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
        to_mailboxes=stored_mailboxes(row.to_mailboxes),
        cc_mailboxes=stored_mailboxes(row.cc_mailboxes),
        subject=row.subject,
        date=row.sent_at.replace(tzinfo=UTC) if row.sent_at and row.sent_at.tzinfo is None else row.sent_at,
        date_offset=row.sent_offset,
        body=row.body,
        own_text=row.own_text,
        quoted_text=row.quoted_text,
        signature=row.signature,
        attachments=tuple(Attachment(**a) for a in row.attachments or ()),
        event=_event_from_json(row.event),
    )


def stored_understanding(analysis: AnalysisRow) -> Understanding:
    """What was understood of a message, as stored with its analysis."""
    return Understanding(
        is_invitation=analysis.is_invitation,
        intent=Intent(analysis.intent),
        purpose_clear=analysis.purpose_clear,
        confidence=analysis.confidence,
        intent_scores=dict(analysis.intent_scores),
        evidence=tuple(analysis.understanding_evidence),
        marks=frozenset(DecisionMark(m) for m in analysis.understanding_marks or ()),
    )


def stored_decision(analysis: AnalysisRow) -> Verdict:
    """The decision as stored: its reason, goal fits and evidence (what the store does not keep, such as the
    referral, left empty)."""
    fits = tuple(
        GoalFit(f["goal_index"], f["kind"], f["description"], f["score"], tuple(f["evidence"]))
        for f in analysis.fits
    )
    return Verdict(
        decision=Decision(analysis.decision),
        reason=analysis.reason,
        reason_code=analysis.reason_code,
        fits=fits,
        best=next((f for f in fits if f.goal_index == analysis.goal_index), None),
        provider=analysis.provider,
        never_rule=analysis.never_rule,
        evidence=tuple(analysis.decision_evidence),
        hours=analysis.networking_hours,
        marks=frozenset(DecisionMark(m) for m in analysis.decision_marks or ()),
    )


EDIT_KEPT = "your edited draft was kept"


def _note_kept_edit(row: MessageRow, draft: DraftRow, decision: str) -> None:
    """Say in the decision's evidence that the user's saved words were kept, and when they answer another
    decision than the one kindly came to now."""
    analysis = row.analysis
    if analysis is None:
        return
    note = EDIT_KEPT
    if draft.decision != decision:
        note += f" (written for {draft.decision.replace('_', ' ')}): write it again to follow this decision"
    evidence = [line for line in analysis.decision_evidence or [] if not line.startswith(EDIT_KEPT)]
    analysis.decision_evidence = [*evidence, note]


def pending_draft(row: MessageRow) -> Draft | None:
    """The message's draft that waits for the user, if any."""
    for draft in row.drafts:
        if draft.status == "pending":
            return Draft(
                draft.text,
                tuple(draft.steps),
                draft.channel,
                draft.subject,
                from_name=draft.from_name,
                from_addr=draft.from_addr,
            )
    return None


def _contact_key(contact: Contact) -> str:
    if contact.email:
        return "email:" + contact.email.lower()
    if contact.profile_url:
        return "url:" + contact.profile_url
    return "name:" + " ".join(contact.name.lower().split())


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
        parents = _parents(message)
        if parents:
            known = self.session.scalars(
                select(MessageRow.thread_id).where(MessageRow.message_id.in_(parents)).limit(1)
            ).first()
            if known:
                return known
        same_subject = self._threads_by_subject([message]).get(_subject_key(message), {})
        return _continued(message, same_subject) or _own_thread(message, digest)

    def _threads_by_subject(self, messages: Sequence[Message]) -> dict[tuple[str, str], _SameSubject]:
        """The stored threads of each reply's sender under the subject it answers, for a reply whose parent is
        not stored (its client kept no References, or it answers the user's own mail sent from elsewhere): one
        indexed lookup by sender and subject, of the 90 days before the earliest reply."""
        replies = [m for m in messages if _reply_subject(m)]
        found: dict[tuple[str, str], _SameSubject] = {}
        if not replies:
            return found
        dates = [_aware(m.date) for m in replies if m.date]
        since = min(dates) - timedelta(days=_SUBJECT_THREAD_DAYS) if len(dates) == len(replies) else None
        wanted = {_subject_key(m) for m in replies}
        for sender in sorted({who for who, _ in wanted}):
            for chunk in _chunks(sorted({subject for who, subject in wanted if who == sender})):
                query = select(MessageRow.subject_key, MessageRow.sent_at, MessageRow.thread_id).where(
                    MessageRow.from_addr == sender, MessageRow.subject_key.in_(chunk)
                )
                if since is not None:
                    query = query.where(MessageRow.sent_at >= since.replace(tzinfo=None))
                for subject, sent_at, thread in self.session.execute(query):
                    _remember(found, (sender, subject), _aware(sent_at), thread)
        return found

    def add_message(self, message: Message, digest: str) -> MessageRow:
        row = self._new_row(message, digest, self.thread_id(message, digest))
        self.session.add(row)
        self.session.flush()
        return row

    def store_messages(self, messages: Sequence[Message]) -> list[Stored]:
        """Store a batch: the same rows, threads and duplicates as find_duplicate and add_message one
        message at a time, with one query for the duplicates, one for the parents and one INSERT of all
        the new rows (their ids assigned here, under the database's write lock)."""
        digests = [content_hash(m) for m in messages]
        next_pk = self._first_free_pk()  # from here on no other writer can add a row
        ids = sorted({m.message_id for m in messages if m.message_id})
        by_id: dict[str, tuple[int, str]] = {}  # Message-ID -> (pk, thread)
        by_hash: dict[str, tuple[int, str]] = {}
        known = (MessageRow.id, MessageRow.message_id, MessageRow.content_hash, MessageRow.thread_id)
        for column, values in ((MessageRow.message_id, ids), (MessageRow.content_hash, sorted(set(digests)))):
            for chunk in _chunks(values):
                for pk, message_id, digest, thread in self.session.execute(
                    select(*known).where(column.in_(chunk))
                ):
                    if message_id:
                        by_id[message_id] = (pk, thread)
                    by_hash[digest] = (pk, thread)
        threads = {message_id: thread for message_id, (_pk, thread) in by_id.items()}
        for chunk in _chunks(sorted({p for m in messages for p in _parents(m)} - threads.keys())):
            rows = self.session.execute(
                select(MessageRow.message_id, MessageRow.thread_id).where(MessageRow.message_id.in_(chunk))
            )
            threads.update((message_id or "", thread) for message_id, thread in rows)
        orphans = [m for m in messages if _reply_subject(m) and not any(p in threads for p in _parents(m))]
        by_subject = self._threads_by_subject(orphans) if orphans else {}
        stored: list[Stored] = []
        new: list[dict[str, Any]] = []
        for message, digest in zip(messages, digests, strict=True):
            found = (by_id.get(message.message_id) if message.message_id else None) or by_hash.get(digest)
            if found is not None:
                stored.append(Stored(found[0], found[1], duplicate=True))
                continue
            thread = next((threads[p] for p in _parents(message) if p in threads), "")
            if not thread and _reply_subject(message):
                thread = _continued(message, by_subject.get(_subject_key(message), {}))
            row = self._row_values(message, digest, thread or _own_thread(message, digest))
            row["id"] = next_pk
            next_pk += 1
            new.append(row)
            stored.append(Stored(row["id"], row["thread_id"], duplicate=False))
            by_hash[digest] = (row["id"], row["thread_id"])
            if message.message_id:
                by_id[message.message_id] = by_hash[digest]
                threads[message.message_id] = row["thread_id"]
            if orphans and message.from_addr:  # a later reply of the batch may continue this one
                _remember(by_subject, _subject_key(message), _aware(message.date), row["thread_id"])
        if new:
            # Into the table rather than the ORM class: the rows need none of the ORM's bookkeeping.
            self.session.execute(insert(_MESSAGES), new)
        return stored

    def _first_free_pk(self) -> int:
        """The next message id. Takes the database's write lock first (a write that changes nothing), so
        that no other process adds a row until this transaction ends."""
        self.session.execute(update(MessageRow).where(false()).values(id=MessageRow.id))
        return int(self.session.scalar(select(func.max(MessageRow.id))) or 0) + 1

    def rows(self, pks: Sequence[int]) -> dict[int, MessageRow]:
        """The rows with these ids (their raw bytes left unloaded until asked for), each with its analysis and
        drafts loaded in one query per batch rather than two per row as each is triaged."""
        found: dict[int, MessageRow] = {}
        for start in range(0, len(pks), _IN_CHUNK):
            chunk = pks[start : start + _IN_CHUNK]
            query = (
                select(MessageRow)
                .where(MessageRow.id.in_(chunk))
                .options(
                    defer(MessageRow.raw), selectinload(MessageRow.analysis), selectinload(MessageRow.drafts)
                )
            )
            found.update((row.id, row) for row in self.session.scalars(query))
        return found

    def _new_row(self, message: Message, digest: str, thread_id: str) -> MessageRow:
        return MessageRow(**self._row_values(message, digest, thread_id))

    def _row_values(self, message: Message, digest: str, thread_id: str) -> dict[str, Any]:
        event = message.event
        return dict(
            message_id=message.message_id or None,
            content_hash=digest,
            thread_id=thread_id,
            source=message.source,
            channel=message.channel,
            in_reply_to=message.in_reply_to,
            references=list(message.references),
            conversation=message.conversation,
            from_name=message.from_name,
            from_addr=message.from_addr.lower(),  # compared with ==, so the index serves lookups
            to_addrs=list(message.to),
            to_mailboxes=[asdict(m) for m in message.to_mailboxes],
            cc_mailboxes=[asdict(m) for m in message.cc_mailboxes],
            subject=message.subject,
            subject_key=bare_subject(message.subject),
            sent_at=message.date,
            sent_offset=message.date_offset,
            body=message.body,
            own_text=message.own_text,
            quoted_text=message.quoted_text,
            signature=message.signature,
            attachments=[asdict(a) for a in message.attachments],
            event=event_json(event),
            raw=message.packed or pack(message.raw),
            ingested_at=clock.stamp(),
            event_uid=event.uid if event and event.uid else None,
            event_sequence=event.sequence if event and event.uid else None,
            event_status="",
        )

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

    def thread_members(self, thread_ids: Iterable[str]) -> dict[str, list[int]]:
        """The ids of the messages of each thread, in order."""
        members: dict[str, list[int]] = {}
        for chunk in _chunks(sorted(set(thread_ids))):
            query = select(MessageRow.thread_id, MessageRow.id).where(MessageRow.thread_id.in_(chunk))
            for thread, pk in self.session.execute(query.order_by(MessageRow.id)):
                members.setdefault(thread, []).append(pk)
        return members

    def open_invitations(self) -> list[MessageRow]:
        """Invitations still open, oldest first: analysed, not a calendar update, not cancelled, no reply approved
        or sent, not decided by the user by hand and not an answer whose details went into the directory."""
        return self._unanswered(
            AnalysisRow.is_invitation.is_(True),
            AnalysisRow.reason_code.not_in((SET_BY_YOU, DIRECTORY_ADDED)),
            MessageRow.updates_pk.is_(None),
        )

    def set_by_hand(self) -> list[MessageRow]:
        """Messages whose decision the user set by hand, with a draft still pending (none approved or sent) and
        no cancelled event, oldest first."""
        return self._unanswered(AnalysisRow.reason_code == SET_BY_YOU)

    def _unanswered(self, *wheres: ColumnElement[bool]) -> list[MessageRow]:
        """Analysed messages that match `wheres`, whose event is not cancelled and whose reply was neither
        approved nor sent, oldest first."""
        rows = self.session.scalars(
            select(MessageRow)
            .join(AnalysisRow, AnalysisRow.message_pk == MessageRow.id)
            .where(*wheres, MessageRow.event_status != "cancelled")
            .options(
                defer(MessageRow.raw),  # the original bytes (a 20 MB attachment) are never decided on
                selectinload(MessageRow.analysis),
                selectinload(MessageRow.drafts),
            )
            .order_by(MessageRow.id)
        ).all()
        return [r for r in rows if not any(d.status in ("approved", "sent") for d in r.drafts)]

    def decided_with(self) -> tuple[object, ...]:
        """What the store holds that a decision rests on beyond the message and its thread: the user's
        corrections, their contacts, the directory entries they added by hand (those added from answers in the
        mailbox come with the messages themselves)."""
        corrections = self.session.scalar(select(func.max(CorrectionRow.id)))
        contacts = self.session.execute(select(func.count(ContactRow.id), func.max(ContactRow.id))).one()
        by_hand = self.session.execute(
            select(
                DirectoryRow.id,
                DirectoryRow.name,
                DirectoryRow.organisation,
                DirectoryRow.category,
                DirectoryRow.contact,
                DirectoryRow.overview,
            )
            .where(DirectoryRow.source_thread == "")
            .order_by(DirectoryRow.id)
        ).all()
        return (corrections, tuple(contacts), tuple(tuple(entry) for entry in by_hand))

    def wrote_to(self, user_email: str, address: str, up_to_pk: int | None = None) -> bool:
        """Has the user written to this address before? Then the sender is a known contact.
        With `up_to_pk`, only messages stored up to that row count (a batch stored ahead of its triage)."""
        if not address:
            return False
        pattern = f'%"{address.lower()}"%'
        query = select(MessageRow.id).where(
            MessageRow.from_addr == user_email.lower(),
            cast(MessageRow.to_addrs, Text).like(pattern),
        )
        if up_to_pk is not None:
            query = query.where(MessageRow.id <= up_to_pk)
        return self.session.scalars(query.limit(1)).first() is not None

    def signatures_from_domain(self, domain: str, before_pk: int, limit: int = 20) -> list[str]:
        """How the latest senders stored before `before_pk` from addresses at this domain (exactly it, not a
        subdomain) sign: their display names and signatures, newest first; among the last DOMAIN_WINDOW messages
        stored, since no index serves a domain and this is asked of every invitation weighed."""
        if not domain:
            return []
        rows = self.session.execute(
            select(MessageRow.from_name, MessageRow.signature)
            .where(
                MessageRow.from_addr.like(f"%@{domain.lower()}"),
                MessageRow.id < before_pk,
                MessageRow.id >= before_pk - DOMAIN_WINDOW,
            )
            .order_by(MessageRow.id.desc())
            .limit(limit)
        ).all()
        return [f"{name}\n{signature}" for name, signature in rows]

    # -- calendar updates -----------------------------------------------------------------------
    def calendar_original(self, uid: str, before_pk: int) -> MessageRow | None:
        """The first stored invitation with this event UID (not itself an update), stored before `before_pk`."""
        return self.session.scalars(
            select(MessageRow)
            .where(MessageRow.event_uid == uid, MessageRow.updates_pk.is_(None), MessageRow.id < before_pk)
            .order_by(MessageRow.id)
            .limit(1)
        ).first()

    def attach_update(self, row: MessageRow, original: MessageRow) -> None:
        """File `row` (a CANCEL, COUNTER, REPLY or newer REQUEST) under the invitation it changes."""
        row.updates_pk = original.id
        row.thread_id = original.thread_id

    def update_event(self, original: MessageRow, event: Event) -> None:
        """The invitation now stands as `event` says (a newer SEQUENCE of the same UID)."""
        original.event = event_json(event)
        original.event_sequence = event.sequence
        original.event_status = ""  # a newer REQUEST after a CANCEL puts the event back on
        if original.analysis is not None and event.start is not None:  # its hours move with it
            original.analysis.meets_at = _in_utc(event.start)

    def mark_cancelled(self, original: MessageRow) -> None:
        """The event was cancelled: so marked, and its pending draft withdrawn (approved or sent stay)."""
        original.event_status = "cancelled"
        for draft in original.drafts:
            if draft.status == "pending":
                discards.discard(draft, discards.CANCELLED)

    # -- contacts -----------------------------------------------------------------------------
    def save_contacts(self, contacts: Iterable[Contact]) -> tuple[int, int]:
        """Insert new contacts and refresh known ones (matched by e-mail, else profile URL, else name).
        Returns (new, updated)."""
        new = updated = 0
        now = clock.stamp()
        for contact in contacts:
            key = _contact_key(contact)
            row = self.session.scalars(select(ContactRow).where(ContactRow.key == key)).first()
            if row is None:
                row = ContactRow(key=key, imported_at=now)
                self.session.add(row)
                new += 1
            else:
                updated += 1
            row.name = contact.name
            row.email = contact.email.lower()
            row.profile_url = contact.profile_url
            row.company = contact.company
            row.position = contact.position
            row.source = contact.source
            row.connected_on = contact.connected_on
            self.session.flush()
        return new, updated

    def is_contact(self, address: str = "", profile_url: str = "", name: str = "") -> bool:
        """Is there a contact with this e-mail address, or this profile URL, or exactly this name?"""
        conditions = []
        if address:
            conditions.append(ContactRow.email == address.lower())
        if profile_url:
            conditions.append(ContactRow.profile_url == profile_url)
        if name.strip():
            conditions.append(func.lower(ContactRow.name) == name.strip().lower())
        if not conditions:
            return False
        return (
            self.session.scalars(select(ContactRow.id).where(or_(*conditions)).limit(1)).first() is not None
        )

    def contacts(self) -> Sequence[ContactRow]:
        return self.session.scalars(select(ContactRow).order_by(ContactRow.name)).all()

    # -- IMAP sync progress -------------------------------------------------------------------
    def sync_state(self, account: str, folder: str) -> SyncStateRow | None:
        return self.session.scalars(
            select(SyncStateRow).where(SyncStateRow.account == account, SyncStateRow.folder == folder)
        ).first()

    def save_sync_state(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        row = self.sync_state(account, folder)
        if row is None:
            row = SyncStateRow(account=account, folder=folder)
            self.session.add(row)
        row.uidvalidity = uidvalidity
        row.last_uid = last_uid
        row.synced_at = clock.stamp()
        self.session.flush()

    # -- analyses and drafts ------------------------------------------------------------------
    def save_analysis(
        self,
        row: MessageRow,
        understanding: Understanding,
        verdict: Verdict,
        model_version: str,
        meets_at: datetime | None = None,
        basis: str | None = None,
    ) -> AnalysisRow:
        """Store what was understood and decided; `meets_at` is when the invitation would take the user's
        time, so that its hours count in that week; `basis` what triage decided it on (None: decided elsewhere,
        so the next triage decides it again)."""
        analysis = row.analysis or AnalysisRow(message_pk=row.id)
        analysis.basis = basis
        analysis.meets_at = _in_utc(meets_at) if meets_at is not None else None  # SQLite keeps no offset
        analysis.networking_hours = verdict.hours
        # Deciding the same again (a re-run, a profile change) keeps the date: the cooling-off period after
        # a decline counts from when it was first decided.
        same = analysis.decided_at is not None and (analysis.decision, analysis.reason_code) == (
            verdict.decision.value,
            verdict.reason_code,
        )
        analysis.is_invitation = understanding.is_invitation
        analysis.intent = understanding.intent.value
        analysis.purpose_clear = understanding.purpose_clear
        analysis.confidence = understanding.confidence
        analysis.intent_scores = dict(understanding.intent_scores)
        analysis.understanding_evidence = list(understanding.evidence)
        analysis.understanding_marks = sorted(understanding.marks)
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
        analysis.decision_marks = sorted(verdict.marks)
        analysis.provider = verdict.provider
        analysis.never_rule = verdict.never_rule
        analysis.model_version = model_version
        if not same:
            analysis.decided_at = clock.now()  # kindly's now (KINDLY_NOW too), as the cooling-off counts it
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

    def drafts_offering_since(self, since: datetime) -> list[tuple[str, str, str]]:
        """(text, thread, sender) of the drafts written since `since`, waiting, approved or sent: the times they
        offer are not offered to anyone else."""
        query = (
            select(DraftRow.text, MessageRow.thread_id, MessageRow.from_addr)
            .join(MessageRow, MessageRow.id == DraftRow.message_pk)
            .where(DraftRow.created_at >= since, DraftRow.status.in_(("pending", "approved", "sent")))
        )
        return [(text, thread_id, sender or "") for text, thread_id, sender in self.session.execute(query)]

    def drafts_offering_by_message_since(self, since: datetime) -> list[tuple[str, str, str, int]]:
        """(text, thread, sender, the ID of the message it answers) of the drafts `drafts_offering_since` gives."""
        query = (
            select(DraftRow.text, MessageRow.thread_id, MessageRow.from_addr, DraftRow.message_pk)
            .join(MessageRow, MessageRow.id == DraftRow.message_pk)
            .where(DraftRow.created_at >= since, DraftRow.status.in_(("pending", "approved", "sent")))
        )
        return [(text, thread, sender or "", pk) for text, thread, sender, pk in self.session.execute(query)]

    def thread_texts_with(self, threads: Iterable[str], words: Sequence[str]) -> list[tuple[str, int, str]]:
        """(thread, message ID, own words) of the messages of `threads` whose own words hold one of `words` (in
        any case)."""
        wanted = list(set(threads))
        if not wanted or not words:
            return []
        query = select(MessageRow.thread_id, MessageRow.id, MessageRow.own_text).where(
            MessageRow.thread_id.in_(wanted), or_(*(MessageRow.own_text.ilike(f"%{word}%") for word in words))
        )
        return [(thread, pk, text) for thread, pk, text in self.session.execute(query)]

    def replace_pending_draft(
        self,
        row: MessageRow,
        draft: Draft | None,
        decision: str,
        variant: int = 0,
        tone: str = "",
        *,
        keep_edited: bool = True,
    ) -> DraftRow | None:
        """One pending draft per message: a new triage rewrites it; approved or sent ones stay. The pending
        draft keeps its ID ("draft #7" is still the reply to that message), and its date and tone where nothing
        in it changed. `tone`: the one the user chose it in ("" for the profile's). A pending draft holding the
        user's own words stays as she saved it (the decision's evidence says so), unless `keep_edited` is False:
        she asked for it to be written again."""
        pending = [old for old in row.drafts if old.status == "pending"]
        edited = next((old for old in pending if old.edited), None) if keep_edited else None
        if edited is not None:
            for old in pending:
                if old is not edited:
                    self.session.delete(old)
                    row.drafts.remove(old)
            _note_kept_edit(row, edited, decision)
            return edited
        kept = pending[0] if pending and draft is not None else None
        for old in pending:
            if old is kept:
                continue
            if old.edited:  # her words, replaced at her asking: kept readable, listed as discarded
                discards.discard(old, discards.REPLACED_AT_YOUR_ASKING)
            else:
                self.session.delete(old)
                row.drafts.remove(old)
        if draft is None:
            return None
        values = dict(
            decision=decision,
            channel=draft.channel,
            subject=draft.subject,
            text=draft.text,
            steps=list(draft.steps),
            variant=variant,
            from_name=draft.from_name,
            from_addr=draft.from_addr,
        )
        if kept is None:
            kept = DraftRow(
                message_pk=row.id, status="pending", created_at=clock.stamp(), tone=tone, **values
            )
            row.drafts.append(kept)
            self.session.add(kept)
        elif kept.edited or any(getattr(kept, key) != value for key, value in values.items()):
            if kept.edited:  # her words, written over at her asking: a discarded copy keeps them readable
                copy = discards.kept_copy(kept, discards.REPLACED_AT_YOUR_ASKING)
                row.drafts.append(copy)
                self.session.add(copy)
            for key, value in values.items():
                setattr(kept, key, value)
            kept.tone = tone
            kept.edited = False  # kindly's words again
            kept.created_at = clock.stamp()  # written anew
        elif tone:
            kept.tone = tone
        return kept

    def drafts_since(self, decision: str, since: datetime) -> int:
        return int(
            self.session.scalar(
                select(func.count(DraftRow.id)).where(
                    DraftRow.decision == decision,
                    DraftRow.created_at >= since,
                    # her words kept when written over are no draft of kindly's: the rotation goes on as before
                    DraftRow.why_discarded != discards.REPLACED_AT_YOUR_ASKING,
                )
            )
            or 0
        )

    def said_yes_between(
        self, code: str, start: datetime, end: datetime, before_pk: int, thread_id: str = ""
    ) -> list[int]:
        """Ids of the messages stored before `before_pk`, written in [start, end), that were said yes to with
        reason `code` (a donation promised), in order: one per thread, and none of `thread_id` (a follow-up about
        the same donation is not another one)."""
        rows = self.session.execute(
            select(MessageRow.id, MessageRow.thread_id)
            .join(AnalysisRow)
            .where(
                AnalysisRow.decision == "accept",
                AnalysisRow.reason_code == code,
                MessageRow.id < before_pk,
                MessageRow.thread_id != thread_id,
                MessageRow.sent_at >= start,
                MessageRow.sent_at < end,
            )
            .order_by(MessageRow.id)
        ).all()
        first_of_thread = {thread: pk for pk, thread in reversed(rows)}
        return sorted(first_of_thread.values())

    def accepted_between(
        self,
        start: datetime,
        end: datetime,
        exclude_pk: int,
        *,
        earlier_only: bool = False,
        other_than_thread: str = "",
    ) -> list[tuple[str, float | None, str, int]]:
        """(intent, networking hours, thread, message ID) of the invitations accepted for that span that take
        networking time (hours empty where stored before they were kept): by when they meet (an
        event's start, the day the message names), else by the message's date; not a cancelled event, and not
        a client's work (a help-client goal); `earlier_only` counts only messages stored before `exclude_pk`, as
        a triage run in order sees them; not those of `other_than_thread` (a thread's meeting is not counted
        against itself)."""
        when = func.coalesce(AnalysisRow.meets_at, MessageRow.sent_at)
        return [
            (intent, hours, thread, pk)
            for intent, hours, thread, pk in self.session.execute(
                select(AnalysisRow.intent, AnalysisRow.networking_hours, MessageRow.thread_id, MessageRow.id)
                .join(MessageRow)
                .where(
                    AnalysisRow.decision == "accept",
                    MessageRow.id < exclude_pk if earlier_only else MessageRow.id != exclude_pk,
                    when >= start,
                    when < end,
                    MessageRow.event_status != "cancelled",
                    or_(AnalysisRow.goal_kind.is_(None), AnalysisRow.goal_kind != "help_client"),
                    MessageRow.thread_id != other_than_thread,
                )
            )
        ]


def _in_utc(moment: datetime) -> datetime:
    """A moment in UTC, as every stored date is (SQLite keeps the clock time, not the offset)."""
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
