"""The dates a request for proposals sets: when questions close and when proposals are due. A call to scope
the work is offered before the first of them, and the yes says when the proposal will come.

Pure: reads the sender's words against the day the reply is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kindly.reply.days import named_day

# "Proposals are due by 5:00 pm on Friday, December 11", "Questions may be sent to me until December 4"
_DEADLINE = re.compile(
    r"\b(?:due|deadline|until|till|no later than|before|closes?|closing|by)\b(?P<rest>[^.!?;]{0,45})",
    re.IGNORECASE,
)
# the sentence speaks of what the user is to send: the proposal, a bid, a response
_PROPOSAL = re.compile(r"\b(?:proposals?|bids?|submissions?|responses?|tenders?|quotes?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Deadlines:
    first: date | None = None  # the earliest coming deadline of any kind: a call must come before it
    proposal_due: date | None = None  # when the proposal is due
    days: frozenset[date] = frozenset()  # every day named as a deadline: none of them a day to meet


def deadlines(text: str, today: datetime) -> Deadlines:
    """The coming deadlines a message sets (days after `today`); none where it names no dated deadline."""
    start = today.date()
    joined = " ".join(text[:20_000].split())
    first: date | None = None
    due: date | None = None
    days: set[date] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", joined):
        for found in _DEADLINE.finditer(sentence):
            day = named_day(found.group("rest"), start)
            if day is None or day <= start:
                continue
            first = min(first or day, day)
            days.add(day)
            if _PROPOSAL.search(sentence) and not re.search(r"\bquestions?\b", sentence, re.IGNORECASE):
                due = min(due or day, day)
    return Deadlines(first, due, frozenset(days))


def passed_deadline(text: str, written: datetime, today: datetime) -> date | None:
    """The last deadline a message set ("Please confirm by November 24") that went by between the day it was
    written and `today`; None where none did."""
    start, now = written.date(), today.date()
    joined = " ".join(text[:20_000].split())
    gone = [
        day
        for found in _DEADLINE.finditer(joined)
        if (day := named_day(found.group("rest"), start)) is not None and start <= day < now
    ]
    return max(gone) if gone else None
