"""Times the sender turned down: "Neither of those works for me" answers the times the user's own reply in the thread
offered (kindly's reply that left, or her own mail), so the next yes offers other times, not those again - nor on a
day they say no longer works for them."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kindly import clock
from kindly.model import Message
from kindly.reply.acceptance import days_named
from kindly.store.tables import DraftRow, MessageRow
from kindly.taken_times import SLOT, moment_of
from kindly.understand.days import local_day, named_day
from kindly.understand.days_out import dated_days, their_days_out
from kindly.understand.extract import Details

# "Neither works", "none of those times suit me", "those days don't work", "I can't do either", "neither Monday nor
# Wednesday suits me": bounded repeats only
NONE_OF_THEM = re.compile(
    r"\b(?:neither|none)(?:\s+of\s+(?:those|these|them|the|your)(?:\s+(?:times?|slots?|days?|options?|dates?))?)?"
    r"\s+(?:really\s+)?(?:works?|suits?|fits?|is\s+(?:possible|good)|are\s+(?:possible|good))\b"
    r"|\b(?:those|these|the)\s+(?:times?|slots?|days?|dates?|options?)\s+(?:don'?t|do\s+not|won'?t|will\s+not)"
    r"\s+(?:really\s+)?work\b"
    # "I can't do either!", "can't make any of those" - never "can't make any changes to the contract"
    r"|\bcan(?:'?t|not)\s+(?:do|make)\s+(?:either\b(?:\s+of\s+(?:those|them|these)\b)?|any\s+of\s+(?:those|them|these)\b)"
    # "Neither Monday nor Wednesday suits me": a few words each side of "nor" (words and spaces never overlap)
    r"|\bneither\s+(?:[\w,]+\s+){1,3}nor\s+(?:[\w,]+\s+){1,3}(?:really\s+)?(?:works?|suits?|fits?|is\s+(?:possible|good))\b",
    re.IGNORECASE,
)


def turns_them_down(text: str) -> bool:
    return NONE_OF_THEM.search(text) is not None


def times_turned_down(session: Session, row: MessageRow, user_email: str) -> tuple[str, ...]:
    """The times offered to the sender earlier in this message's thread - by kindly's reply that left (approved,
    exported, sent) or by the user's own mail - where the message turns them down ("Neither works"); else none."""
    if not row.thread_id or not turns_them_down(row.own_text or ""):
        return ()
    return times_said_to_them(session, row, user_email)


def names_a_new_time(session: Session, row: MessageRow, user_email: str) -> bool:
    """The message names a day and hour ("Tuesday, December 15 at 10am") that no reply of the user's in the thread
    named: a meeting moved, not the time she gave them said back ("Shall we meet at ... on Thursday at 10am?")."""
    theirs = {moment_of(found) for found in SLOT.finditer(row.own_text or "")}
    if not theirs or not row.thread_id:
        return False
    ours = {
        moment_of(found)
        for said in times_said_to_them(session, row, user_email)
        if (found := SLOT.search(said))
    }
    return bool(theirs - ours)


def times_said_to_them(session: Session, row: MessageRow, user_email: str) -> tuple[str, ...]:
    """The times the user's replies earlier in the thread named: kindly's that left, or her own mail."""
    # earlier only: when an older message is decided again, the times of her LATER mail were not what it answered
    earlier = MessageRow.thread_id == row.thread_id, MessageRow.id < row.id
    replies = session.scalars(
        select(DraftRow.text)
        .join(MessageRow, MessageRow.id == DraftRow.message_pk)
        .where(*earlier, DraftRow.status.in_(("approved", "sent")))
    )
    own = (
        session.scalars(
            select(MessageRow.own_text).where(*earlier, MessageRow.from_addr == user_email.lower())
        )
        if user_email
        else ()
    )
    return tuple(found[0] for text in (*replies, *own) for found in SLOT.finditer(text or ""))


def moved_from(
    session: Session, row: MessageRow, message: Message, details: Details, user_email: str
) -> tuple[str, ...]:
    """The times the user's replies earlier in the thread named on other days than those the message offers:
    a meeting moved to "next Tuesday at 3" moves from Monday at 10:00, which is not proposed to them again."""
    offered = {day for _slot, day in days_named(message, details)}
    since = (message.date or clock.now()).date() - timedelta(days=31)
    return tuple(
        said for said in times_said_to_them(session, row, user_email) if named_day(said, since) not in offered
    )


def days_they_cannot(
    message: Message, details: Details | None, thread_days: Callable[[], Collection[date]] = frozenset
) -> list[date]:
    """The days the message says no longer work for its sender ("Something came up on Monday": the Monday its
    thread proposed or agreed, `thread_days`, where it named one), less any day it offers a time on itself
    ("something came up Monday morning - could we do Monday at 4?")."""
    written = local_day(message.date or clock.now(), message)
    offered = {day for _slot, day in days_named(message, details)} if details is not None else set()
    return [day for day in their_days_out(message.own_text or "", written, thread_days) if day not in offered]


def days_said_in_thread(session: Session, row: MessageRow) -> frozenset[date]:
    """The days (weekday and date) the thread named before this message: in its mail, either side's, and in
    kindly's replies that left (approved, exported, sent) - the days proposed or agreed."""
    if not row.thread_id:
        return frozenset()
    earlier = MessageRow.thread_id == row.thread_id, MessageRow.id < row.id
    mail = session.scalars(select(MessageRow.own_text).where(*earlier))
    replies = session.scalars(
        select(DraftRow.text)
        .join(MessageRow, MessageRow.id == DraftRow.message_pk)
        .where(*earlier, DraftRow.status.in_(("approved", "sent")))
    )
    since = (row.sent_at or clock.now()).date() - timedelta(days=31)
    return frozenset(day for text in (*mail, *replies) for day in dated_days(text or "", since))
