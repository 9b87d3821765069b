"""What kindly already said to a sender: earlier decisions in a thread, and the last decline."""

from __future__ import annotations

from functools import cache

from sqlalchemy import ColumnElement, and_, bindparam, exists, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from kindly.channels import DM_APPS
from kindly.clock import as_utc
from kindly.decide.categories import detect_categories
from kindly.decide.thread import EarlierNo, History, Said, only_defers, quoted_on, quotes_the_user
from kindly.store.relations import SentRow
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow


def same_sender(address: str, name: str) -> ColumnElement[bool]:
    """Mail of this sender: their address (stored lowercased, so the index serves it), else their name."""
    if address:
        return MessageRow.from_addr == address.lower()
    return MessageRow.from_name == name


def _firms_mailbox(address: str, name: str) -> tuple[ColumnElement[bool], dict[str, str]]:
    """The earlier mail of this thread that the sender wrote from their firm's mailbox ("Laurentian Private Counsel
    <advice@laurentianpc...>" signed "Stephen Wallace, CFA", followed up by Stephen Wallace from the same domain):
    what they said there is theirs. A condition of the thread query, with the values it binds, rather than a query
    of its own: triage asks it for every sender with a full name."""
    domain = address.lower().rpartition("@")[2]
    if "@" not in address or not domain or len(name.split()) < 2:
        return false(), {}
    escaped = name.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return _signed_from_the_firm(), {"firm_domain": f"%@{domain}", "signed_as": f"%{escaped}%"}


@cache
def _signed_from_the_firm() -> ColumnElement[bool]:
    """Mail from the firm's domain, from a mailbox whose earlier mail in the thread (:thread, before :pk) is signed
    with the sender's name in any case, in any alphabet ("JOSÉ GARCÍA" is José García). Built once:
    SQLAlchemy then compiles the thread query once."""
    signed = aliased(MessageRow, name="signed")
    return and_(
        MessageRow.from_addr.like(bindparam("firm_domain")),
        exists().where(
            signed.thread_id == bindparam("thread"),
            signed.id < bindparam("pk"),
            signed.from_addr == MessageRow.from_addr,
            # casefold: a function of kindly.store.db's, as SQLite's lower() folds ASCII letters only
            func.casefold(signed.signature).like(func.casefold(bindparam("signed_as")), escape="/"),
        ),
    )


def history(
    session: Session,
    pk: int,
    thread_id: str,
    address: str,
    name: str,
    user: tuple[str, str] | None = None,
    *,
    last_declined: bool = True,
) -> History:
    """Decisions on earlier messages of this sender in this thread, and when they were last declined (unless
    `last_declined` is False: only the cooling-off period asks it). With `user` (e-mail, name): whether the
    user wrote in the thread after each message a reply was drafted for."""
    if not address and not name:
        return History()
    sender = same_sender(address, name)
    firm, firm_values = _firms_mailbox(address, name)
    rows = session.execute(
        select(
            AnalysisRow.decision,
            AnalysisRow.reason_code,
            AnalysisRow.intent,
            MessageRow.id,
            MessageRow.subject,
            MessageRow.own_text,
            AnalysisRow.provider,
        )
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(
            MessageRow.thread_id == bindparam("thread"), MessageRow.id < bindparam("pk"), or_(sender, firm)
        )
        .order_by(MessageRow.id),
        {"thread": thread_id, "pk": pk, **firm_values},
    ).all()
    ids = [r.id for r in rows]
    drafted: set[int] = set()
    sent: set[int] = set()
    # the decision of the reply that left kindly (sent, exported, pushed), where the message was decided again since
    went: dict[int, str] = {}
    if ids:  # most messages start their thread: nothing said before, no query
        drafts = session.execute(
            select(DraftRow.id, DraftRow.message_pk, DraftRow.status, DraftRow.decision).where(
                DraftRow.message_pk.in_(ids), DraftRow.status != "discarded"
            )
        ).all()
        out = left_kindly(session, [d.id for d in drafts if d.status == "approved"])
        for draft_pk, message_pk, status, decision in drafts:
            drafted.add(message_pk)
            if status in ("approved", "sent"):
                sent.add(message_pk)
            if status == "sent" or draft_pk in out:
                went[message_pk] = decision
    pending = [r.id for r in rows if r.id in drafted and r.id not in sent]
    answered = {pk for pk in pending if user and _user_wrote_after(session, pk, user)}
    said = tuple(
        Said(
            # what was said is the reply that went ("Yes - would Tuesday at 10:00 work?"), not what a correction
            # made of the message afterwards; its reason then is not known
            went.get(r.id, r.decision),
            r.reason_code if went.get(r.id, r.decision) == r.decision else "",
            _category(f"{r.subject}\n{r.own_text}"),
            r.id in drafted,
            r.id in sent,
            r.id in answered,
            r.intent,
            r.id,
            f"{r.subject}\n{r.own_text}",
            r.provider or "",
        )
        for r in rows
    )
    if not last_declined:
        return History(said)
    # a decline in this thread that never went out does not cool the sender off: the thread's own rules (one
    # reply per thread and decision, its newest message answered) decide what is said in it
    last = session.scalar(
        select(func.max(AnalysisRow.decided_at))
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(
            AnalysisRow.decision == "decline",
            MessageRow.id < pk,
            sender,
            or_(MessageRow.thread_id != thread_id, MessageRow.id.in_(sent)),
        )
    )
    return History(said, as_utc(last) if last is not None else None)


def declined_elsewhere(
    session: Session, pk: int, thread_id: str, address: str, name: str
) -> EarlierNo | None:
    """The same person's latest earlier message outside this thread that kindly decided on (an ignored one aside),
    if it was declined. The same person: the same address, or the same full name on any channel (a text pasted as
    "Josh Fenwick (SMS)" has no address)."""
    full_name = len(name.split()) >= 2
    if not address and not full_name:
        return None
    same = [MessageRow.from_addr == address.lower()] if address else []
    if full_name:
        same.append(MessageRow.from_name == name)
    row = session.execute(
        select(
            MessageRow.id,
            MessageRow.subject,
            AnalysisRow.decision,
            AnalysisRow.intent,
            AnalysisRow.reason,
            AnalysisRow.reason_code,
        )
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(
            MessageRow.id < pk,
            MessageRow.thread_id != thread_id,
            or_(*same),
            AnalysisRow.decision != "ignore",
        )
        .order_by(MessageRow.id.desc())
        .limit(1)
    ).first()
    if row is None or row.decision != "decline":
        return None
    drafts = session.execute(
        select(DraftRow.status, DraftRow.channel).where(
            DraftRow.message_pk == row.id, DraftRow.status != "discarded"
        )
    ).all()
    told = next((d.channel for d in drafts if d.status in ("approved", "sent")), "")
    waiting = not told and any(d.status == "pending" for d in drafts)
    return EarlierNo(row.id, row.subject, row.intent, row.reason, row.reason_code, told, waiting)


def later_reply(session: Session, pk: int, thread_id: str, address: str, name: str) -> int | None:
    """A later message of this sender in this thread that holds kindly's reply (pending, approved or sent): the
    thread is answered there, for its newest message."""
    if not address and not name:
        return None
    return session.scalar(
        select(MessageRow.id)
        .join(DraftRow, DraftRow.message_pk == MessageRow.id)
        .where(
            MessageRow.thread_id == thread_id,
            MessageRow.id > pk,
            same_sender(address, name),
            DraftRow.status != "discarded",
        )
        .order_by(MessageRow.id)
        .limit(1)
    )


def thread_ask(session: Session, pk: int, thread_id: str, address: str, name: str) -> str:
    """What the sender's latest earlier message in this thread invited the user to ("speaking_invitation"), or
    "" where none of theirs there invited to anything."""
    if not address and not name:
        return ""
    asked = session.scalar(
        select(AnalysisRow.intent)
        .join(MessageRow, AnalysisRow.message_pk == MessageRow.id)
        .where(
            MessageRow.thread_id == thread_id,
            MessageRow.id < pk,
            same_sender(address, name),
            AnalysisRow.is_invitation.is_(True),
            AnalysisRow.intent.not_in(("none", "work_meeting")),
        )
        .order_by(MessageRow.id.desc())
        .limit(1)
    )
    return asked or ""


def _category(text: str) -> str:
    found = detect_categories(text)
    return found[0][0] if found else ""


def _user_wrote_after(session: Session, pk: int, user: tuple[str, str]) -> bool:
    row = session.get(MessageRow, pk)
    return row is not None and user_wrote_later(session, row, *user)


def user_wrote_later(session: Session, row: MessageRow, user_email: str, user_name: str) -> bool:
    """The user wrote in this thread after this message: their own answer is there, so kindly owes none."""
    if row.sent_at is None:
        return False
    written = session.execute(
        select(MessageRow.sent_at, MessageRow.own_text).where(
            MessageRow.thread_id == row.thread_id,
            MessageRow.id != row.id,
            _written_by(user_email, user_name),
        )
    ).all()
    # a note that only puts the answer off ("thanks - I'll check my schedule and get back to you!") answers nothing
    if any(
        date is not None and as_utc(date) > as_utc(row.sent_at) and not only_defers(text)
        for date, text in written
    ):
        return True
    return _quoted_later(session, row, user_email, user_name)


def _quoted_later(session: Session, row: MessageRow, user_email: str, user_name: str) -> bool:
    """A later message of this thread quotes the user's own answer, written after this message ("On Sun, Nov 8,
    2026 ... Mateo Alvarez <mateo@...> wrote: > Would Tuesday at 10 work?"): the user answered from their own
    mail, which kindly never stored."""
    assert row.sent_at is not None
    later = session.execute(
        select(MessageRow.sent_at, MessageRow.quoted_text).where(
            MessageRow.thread_id == row.thread_id,
            MessageRow.id != row.id,
            MessageRow.sent_at.is_not(None),
            MessageRow.quoted_text != "",
        )
    ).all()
    sent = as_utc(row.sent_at)
    for moment, quoted in later:
        if moment is None or as_utc(moment) <= sent or not quotes_the_user(quoted, user_name, user_email):
            continue
        on = quoted_on(quoted)
        if on is None or on >= sent.date():
            return True
    return False


def user_wrote_just_before(session: Session, row: MessageRow, user_email: str, user_name: str) -> bool:
    """The message the thread had just before this one is the user's: this one answers them."""
    latest = _latest_before(session, row, user_email, user_name)
    return latest is not None and latest[0]


def users_words_just_before(session: Session, row: MessageRow, user_email: str, user_name: str) -> str:
    """The user's own words where the message the thread had just before this one is the user's ("Would you
    be open to mentoring me?"), which this one answers; "" otherwise."""
    latest = _latest_before(session, row, user_email, user_name)
    return (latest[1] or "") if latest is not None and latest[0] else ""


def _latest_before(
    session: Session, row: MessageRow, user_email: str, user_name: str
) -> tuple[bool, str | None] | None:
    """(written by the user, its own words) of the message the thread had just before this one; None for the
    first."""
    answered = _own_reply_answered(session, row)
    if answered is not None:
        return True, answered
    if row.sent_at is None:
        return None
    earlier = session.execute(
        select(MessageRow.sent_at, MessageRow.own_text, _written_by(user_email, user_name)).where(
            MessageRow.thread_id == row.thread_id, MessageRow.id != row.id, MessageRow.sent_at.is_not(None)
        )
    ).all()
    sent_at = as_utc(row.sent_at)
    before = [
        (as_utc(sent), text, bool(by_user))
        for sent, text, by_user in earlier
        if sent is not None and as_utc(sent) < sent_at
    ]
    if not before:
        return None
    _, text, by_user = max(before, key=lambda m: m[0])
    return by_user, text


def _own_reply_answered(session: Session, row: MessageRow) -> str | None:
    """The text of kindly's own reply this message answers (its In-Reply-To is the Message-ID kindly gave it when
    sending, exporting or saving it), else None: a reply that left by SMTP is never stored as a message, yet it is
    the user's mail just before this one - and an exported one that is answered plainly went."""
    if not row.in_reply_to:
        return None
    wanted = row.in_reply_to.strip("<>")
    return session.scalars(
        select(DraftRow.text)
        .join(SentRow, SentRow.draft_pk == DraftRow.id)
        .where(SentRow.message_id.in_([wanted, f"<{wanted}>"]))
        .order_by(SentRow.id)
        .limit(1)
    ).first()


def written_before(
    session: Session, row: MessageRow, address: str, name: str, user: tuple[str, str]
) -> list[MessageRow]:
    """The messages of this thread the same sender or the user (e-mail, name) wrote before this one, newest
    first."""
    if row.sent_at is None:
        return []
    rows = session.scalars(
        select(MessageRow).where(
            MessageRow.thread_id == row.thread_id,
            MessageRow.id != row.id,
            MessageRow.sent_at.is_not(None),
            or_(same_sender(address, name), _written_by(*user)),
        )
    ).all()
    sent_at = as_utc(row.sent_at)
    earlier = [r for r in rows if r.sent_at is not None and as_utc(r.sent_at) < sent_at]
    return sorted(earlier, key=lambda r: (as_utc(r.sent_at or sent_at), r.id), reverse=True)


def _written_by(user_email: str, user_name: str) -> ColumnElement[bool]:
    """A message the user wrote: from their address, or on LinkedIn or another app (names only) under their name."""
    return or_(
        MessageRow.from_addr == user_email.lower(),
        and_(MessageRow.channel.in_(list(DM_APPS)), MessageRow.from_name == user_name),
    )


def answers_the_user(session: Session, in_reply_to: str, address: str) -> bool:
    """A reply to a message the sender did not write: the user's own reply, sent outside kindly or not
    stored, which the sender now answers (a nudge replies to the sender's own earlier message)."""
    if not in_reply_to:
        return False
    author = session.scalar(select(MessageRow.from_addr).where(MessageRow.message_id == in_reply_to).limit(1))
    return author is None or author != address.lower()


def left_kindly(session: Session, draft_ids: list[int]) -> set[int]:
    """Those of these drafts that left kindly: sent, exported as a file or pushed to a Drafts folder (each
    recorded in the `sent` table). One exported may have gone from the user's own mail program since."""
    if not draft_ids:
        return set()
    return set(session.scalars(select(SentRow.draft_pk).where(SentRow.draft_pk.in_(draft_ids))))
