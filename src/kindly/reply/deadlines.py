"""The dates a request for proposals sets: when questions close and when proposals are due. A call to scope
the work is offered before the first of them, and the yes says when the proposal will come.

Pure: reads the sender's words against the day the reply is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from kindly.understand.days import named_day

# "Proposals are due by 5:00 pm on Friday, December 11", "Questions may be sent to me until December 4"
_DEADLINE = re.compile(
    # the words after are looked at, not taken: "send the draft by Friday 11 December, with comments needed by
    # Friday 8 January" sets two days
    r"\b(?P<word>due|deadline|until|till|no later than|before|closes?|closing|by)\b(?=(?P<rest>[^.!?;]{0,80}))",
    re.IGNORECASE,
)
# "by", "before" and "until" name a deadline only where the sentence asks for something to be sent or said:
# not "hosted by Acme on Thursday", "coffee before the holidays", "I'm travelling until December 3"
_WEAK = frozenset({"by", "before", "until", "till"})
_SENDING = re.compile(
    r"\b(?:submit\w*|submission|proposals?|questions?|appl(?:y|ication)|register\w*|registration|rsvp|respond|"
    r"reply|confirm\w*|let (?:me|us) know|entries|enter|nominat\w+|abstracts?|bios?|send|sent|book(?:ing)?|"
    r"sign up|quotes?|bids?|tenders?|cfp|calls? for (?:talks|proposals|papers|speakers|submissions)|"
    # a request for proposals' own form: "I've attached our RFP questionnaire; could you complete it by December 18"
    r"rfps?|rfqs?|questionnaires?|"
    # what the user writes for a piece: "I'd need your answers by Friday 8 January", "the draft by the 4th"
    r"(?:your|the|my) (?:written )?(?:answers|comments|draft|copy))\b",
    re.IGNORECASE,
)
# ...or where what comes before "by" asks the user to give it to the sender: "Could you give me two or three sentences
# ... by Thursday 3 December?", "I'd need it by Friday", "comments needed by Friday 8 January" (not "hosted by",
# "run by": a doer, not a day)
_GIVEN_BY = re.compile(
    r"(?:\b(?:give|get|send|e-?mail|let)\s+(?:me|us)\b(?:[^.!?;]{0,70}?\s)?(?<!ed\s)(?<!\brun\s)|"
    r"\bneed(?:ed)?\s+(?:(?:it|them|this|that|your\s+[\w-]+)\s+)?)by$",
    re.IGNORECASE,
)
# the sentence speaks of what the user is to send: the proposal, a bid, a response
_PROPOSAL = re.compile(
    r"\b(?:proposals?|bids?|submissions?|responses?|tenders?|quotes?|rfps?|rfqs?|questionnaires?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Deadlines:
    first: date | None = None  # the earliest coming deadline of any kind: a call must come before it
    proposal_due: date | None = None  # when the proposal is due
    days: frozenset[date] = frozenset()  # every day named as a deadline: none of them a day to meet


def _sentences(text: str) -> list[str]:
    """The text's sentences, each item of a list one of its own ("- Questions due: December 4")."""
    # unlike decide.rules' and extract's splits, a line break (a blank line too) ends no sentence here, only a
    # list item's opening does: a deadline wrapped onto the next line keeps its date
    items = re.sub(r"\n[ \t]*(?:[-*•]|\d+[.)])[ \t]+", ". ", text[:20_000])
    return re.split(r"(?<=[.!?])\s+", " ".join(items.split()))


@lru_cache(maxsize=64)
def _deadline_days(text: str, written: date) -> tuple[tuple[date, str], ...]:
    """(day, sentence) of each deadline the text sets, its day read from when the message was written; read
    once per message, however many parts of a draft ask (the days to avoid, the one gone by, the one to meet)."""
    found_days = []
    for sentence in _sentences(text):
        for found in _DEADLINE.finditer(sentence):
            if (
                found.group("word").lower() in _WEAK
                and not _SENDING.search(sentence)
                and not _GIVEN_BY.search(sentence[: found.end()])
            ):
                continue
            day = named_day(found.group("rest"), written)
            if day is not None:
                found_days.append((day, sentence))
    return tuple(found_days)


def deadlines(text: str, today: datetime, written: datetime | None = None) -> Deadlines:
    """The coming deadlines a message sets (days after `today`, read from when it was `written`); none where
    it names no dated deadline."""
    start = today.date()
    first: date | None = None
    due: date | None = None
    days: set[date] = set()
    for day, sentence in _deadline_days(text, (written or today).date()):
        if day <= start:
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
    gone = [day for day, _ in _deadline_days(text, start) if start <= day < now]
    return max(gone) if gone else None
