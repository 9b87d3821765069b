"""Threads move on: what an answer means given what kindly already said in its thread.

- The answer to our "ask for details" is decided on its own words (the caller simply decides it anew).
- The answer to our honest decline that offered to pass their details on, when it carries their contact
  details, becomes an entry in the referral directory.
- At most one reply per thread and decision; a sender declined within the cooling-off period is not
  answered again automatically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from kindly.decide.referral import DirectoryEntry
from kindly.model import Decision, Message, Verdict
from kindly.understand.cues import CONFIRMATION

PASS_ON_CODES = frozenset({"has_provider", "not_a_fit"})

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?:\+?\d[\d ().-]{7,}\d)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Said:
    """A decision kindly took earlier in the same thread, on a message from the same sender."""

    decision: str
    reason_code: str
    provider_category: str = ""
    drafted: bool = False  # a reply was drafted (pending, approved or sent)
    sent: bool = False  # ... and the user approved or sent it
    answered: bool = False  # the user wrote in the thread after that message (in kindly or not)
    intent: str = ""  # what that message asked


@dataclass(frozen=True, slots=True)
class History:
    said: tuple[Said, ...] = ()
    last_declined: datetime | None = None  # the last time this sender was declined, any thread


def contact_details(text: str) -> str:
    """The contact details a message gives, joined: an e-mail address, a phone number, a web address."""
    found = [
        match.group(0).rstrip(".,;)")
        for pattern in (_EMAIL, _PHONE, _URL)
        if (match := pattern.search(text)) is not None
    ]
    return " | ".join(dict.fromkeys(found))


def directory_entry_from_answer(message: Message, history: History, thread_id: str) -> DirectoryEntry | None:
    """Their reply with details and an overview, after we offered to pass their details on."""
    offered = next(
        (s for s in reversed(history.said) if s.decision == "decline" and s.reason_code in PASS_ON_CODES),
        None,
    )
    if offered is None:
        return None
    text = f"{message.own_text}\n{message.signature}"
    details = contact_details(text)
    if not details:  # a nudge or a re-pitch is not the details we asked for
        return None
    overview = " ".join(message.own_text.split())
    if len(overview.split()) < 8:  # "thanks!" is not an overview
        return None
    from kindly.understand.extract import extract

    extracted = extract(message)
    return DirectoryEntry(
        name=extracted.sender_name or message.from_name or message.from_addr,
        category=offered.provider_category or extracted.service_category or "services",
        organisation=extracted.organisation,
        contact=details,
        overview=overview[:400],
        source_thread=thread_id,
    )


# A nudge: "just bubbling this up in case it got buried", "following up on my note below".
_NUDGE = re.compile(
    r"\b(bubbl\w+ (this|it) up|bump\w* (this|it)|following up|follow(ing)?-up|circling back|checking in|"
    r"got buried|in case (it|this|my \w+) (got|was) (buried|missed|lost)|any thoughts|did you (get|see) my)\b",
    re.IGNORECASE,
)


def is_nudge(text: str) -> bool:
    return _NUDGE.search(text) is not None


# A yes to what the user proposed: "Perfect - Tuesday Dec 1 at 9 works. See you then!"
_CONFIRMATION = re.compile(CONFIRMATION, re.IGNORECASE)
CONFIRMATION_WORDS = 40  # a longer message that also says "sounds good" may ask something new


def is_confirmation(text: str) -> bool:
    """A short yes to a plan that asks nothing new ("Sounds good - could you also send your rates?" asks)."""
    return (
        len(text.split()) <= CONFIRMATION_WORDS and "?" not in text and _CONFIRMATION.search(text) is not None
    )


def silenced(
    verdict: Verdict,
    history: History,
    now: datetime,
    cooling_off_days: int,
    answers_user: bool = False,
    *,
    intent: str = "",
    nudge: bool = False,
) -> str:
    """Why no reply should be drafted for this verdict, or "" when one may be. `answers_user`: the message
    replies to something the user sent (so a reply drafted earlier was sent, in kindly or not); `intent` and
    `nudge`: what the message asks, and whether it only reminds of an earlier one."""
    if verdict.decision is Decision.IGNORE:
        return ""
    same = [s for s in history.said if s.drafted and s.decision == verdict.decision.value]
    if same:
        what = f"a {verdict.decision.value.replace('_', ' ')}"
        if any(s.sent for s in same):
            return f"you already replied in this thread with {what}"
        return f"{what} is already drafted for an earlier message of this thread"
    waiting = [s for s in history.said if s.drafted and not s.sent and not s.answered]
    if not answers_user and any(nudge or s.intent == intent for s in waiting):
        # a nudge while our reply waits unsent: one reply answers both, not two that contradict
        return "a reply to an earlier message of this thread is already drafted: send or discard it first"
    if (
        verdict.decision is not Decision.ACCEPT
        and history.last_declined is not None
        and now - history.last_declined < timedelta(days=cooling_off_days)
    ):
        days = (now - history.last_declined).days
        return f"you declined this sender {days} day{'s' if days != 1 else ''} ago (cooling-off {cooling_off_days} days)"
    return ""
