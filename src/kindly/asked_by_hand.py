"""The user's own mail in a thread (her Sent folder synced, a Sent mbox triaged): the newest she wrote in each thread,
which a question she sent by hand, outside kindly, makes something to wait on (kindly.outbox.waiting_on)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address

from sqlalchemy import select
from sqlalchemy.orm import Session

from kindly.clock import as_utc
from kindly.holding_reply import only_holds
from kindly.store.tables import MessageRow


@dataclass(frozen=True, slots=True)
class OwnMail:
    """The newest mail the user wrote in one thread."""

    message_pk: int
    thread_id: str
    to: str  # "Jo Park <jo@parkfield.example>"
    subject: str
    since: datetime  # its Date, in UTC
    text: str  # her own words (the quoted mail left out)

    @property
    def asks(self) -> bool:
        return asks_a_question(self.text)


# a link ("https://cal.example/book?utm=mail", "www.x.example/?ref=1") whose "?" starts a query string, never a
# question; it ends before the punctuation after it ("(see https://x.example/a?b=1)?")
_LINK = re.compile(r"(?:https?://|www\.)\S*[\w/=&#%+-]", re.IGNORECASE)
# a question ends a sentence: "?" before a space, a closing quote or bracket, or the end
_QUESTION_MARK = re.compile(r"\?(?=[\s\"')\]]|$)")


def asks_a_question(text: str) -> bool:
    """A sentence of hers ends in "?" outside links: "Could you send the statements?", never a booking link's query."""
    return _QUESTION_MARK.search(_LINK.sub(" ", text)) is not None


def newest_own_mail(session: Session, user_email: str) -> dict[str, OwnMail]:
    """By thread, the newest mail from the user's address kindly read (none without an address)."""
    if not user_email:
        return {}
    rows = session.execute(
        select(
            MessageRow.id,
            MessageRow.thread_id,
            MessageRow.to_mailboxes,
            MessageRow.subject,
            MessageRow.sent_at,
            MessageRow.own_text,
        )
        .where(MessageRow.from_addr == user_email.lower(), MessageRow.sent_at.is_not(None))
        .order_by(MessageRow.sent_at.desc(), MessageRow.id.desc())
    )
    newest: dict[str, OwnMail] = {}
    for pk, thread_id, to, subject, sent_at, text in rows:
        if thread_id not in newest and sent_at is not None:
            newest[thread_id] = OwnMail(pk, thread_id, _first_to(to), subject, as_utc(sent_at), text)
    return newest


def answered_after(session: Session, mail: OwnMail, user_email: str) -> bool:
    """Someone other than the user wrote in the thread after her mail - more than a promise to get back to her."""
    later = select(MessageRow.own_text).where(
        MessageRow.thread_id == mail.thread_id,
        MessageRow.sent_at > mail.since,
        MessageRow.from_addr != user_email.lower(),
    )
    return any(not only_holds(text or "") for text in session.scalars(later))


def _first_to(mailboxes: list[dict[str, str]]) -> str:
    if not mailboxes:
        return ""
    first = mailboxes[0]
    try:
        return str(Address(display_name=first.get("name", ""), addr_spec=first.get("addr", "")))
    except (ValueError, IndexError):
        return first.get("addr", "")
