"""The part of the day a sender says suits them, and whose clock it is told in: "any morning your time works" and
"your afternoons are fine" are the user's morning and afternoon; "my mornings are easiest" and "mornings my time"
are the sender's, which for a sender hours away fall in another part of the user's day (a Tokyo morning is a
California afternoon)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kindly.decide.words import SENTENCE_OR_LINE
from kindly.model import Message
from kindly.zones import address_zone, signature_zone, zoned_hour

_PART = r"(morning|afternoon|evening)s?"
_EARLY = r"(?:(?:early|late|any|one|some|a)\s+)?"
# the user's: "your mornings", "any morning your time", "afternoons on your end", "mornings in your time zone"
_YOURS = (
    re.compile(rf"\byour\s+{_EARLY}{_PART}\b", re.IGNORECASE),
    re.compile(
        rf"\b{_PART}\s+(?:(?:in|on|at)\s+)?your\s+(?:local\s+)?(?:time(?:\s*zone)?|end|side|clock)\b",
        re.IGNORECASE,
    ),
)
# the sender's: "my mornings", "our afternoons", "mornings my time", "mornings here" (a place's time, "mornings
# Tokyo time", is left alone: it may be either's)
_THEIRS = (
    re.compile(rf"\b(?:my|our)\s+{_EARLY}{_PART}\b", re.IGNORECASE),
    re.compile(
        rf"\b{_PART}\s+(?:(?:in|on|at)\s+)?(?:(?:my|our)\s+(?:local\s+)?(?:time(?:\s*zone)?|end|side|clock)|here)\b",
        re.IGNORECASE,
    ),
)
# ...said of when to meet: the sentence says what suits or asks for the meeting ("I hope your morning is going well"
# and "I spent my mornings in the vineyard" say nothing of it)
_ABOUT_MEETING = re.compile(
    r"\b(?:works?|suits?|fine|best|easiest|easier|ideal|free|available|open|prefer\w*|convenient|okay|ok|"
    r"could|can we|shall|would|call|talk|chat|meet\w*|zoom)\b",
    re.IGNORECASE,
)
# the sender's part of the day in their own clock: their working morning, not their night
_THEIR_PARTS = {"morning": (8, 12), "afternoon": (12, 17), "evening": (17, 21)}
_SAME_CLOCK = timedelta(hours=1)  # senders closer than this share the user's parts of the day


@dataclass(frozen=True, slots=True)
class PartSaid:
    part: str  # "morning", "afternoon" or "evening"
    users: bool  # in the user's clock ("your mornings"), else in the sender's ("my mornings")


def part_said(text: str) -> PartSaid | None:
    """The part of the day the sender says suits them, told as the user's or as their own; None where they name
    no part of the day with whose it is ("any morning" alone is read as before, in the clock times are written in)."""
    for sentence in SENTENCE_OR_LINE.split(text[:20_000]):
        if not _ABOUT_MEETING.search(sentence):
            continue
        for patterns, users in ((_YOURS, True), (_THEIRS, False)):
            for pattern in patterns:
                if found := pattern.search(sentence):
                    return PartSaid(found.group(1).lower(), users)
    return None


def their_part(part: str, today: datetime, zone: tzinfo | None, message: Message) -> tuple[time, time] | None:
    """The sender's part of the day (their morning: 8:00 to 12:00 theirs) in the user's clock, where the user set a
    zone and the mail was written at another offset: the longer stretch of it in one day of the user's. None where
    the two clocks are the same or either is unknown."""
    if zone is None or message.date_offset is None:
        return None
    mine = today.astimezone(zone).utcoffset() or timedelta()
    apart = mine - timedelta(minutes=message.date_offset)
    if abs(apart) < _SAME_CLOCK:
        return None
    first, last = _THEIR_PARTS[part]
    start = (first + apart.total_seconds() / 3600) % 24
    end = start + (last - first)
    if end > 24:  # across the user's midnight: the longer of its two stretches
        start, end = (start, 24.0) if 24 - start >= end - 24 else (0.0, end - 24)
    return _clock(start), _clock(end) if end < 24 else time(23, 59)


def _clock(hours: float) -> time:
    return time(int(hours), round((hours % 1) * 60) % 60)


def both_clocks(message: Message, zone: tzinfo | None) -> tuple[tzinfo, tzinfo] | None:
    """The user's clock (`zone`, the profile's) and the sender's, where both are known, so that the times the user
    proposes fall on the sender's working days too: the zone of their calendar invitation, the offset their mail
    was written at (not UTC, which servers and exports write for anyone), the zone beside an hour they give
    ("10:00 Tokyo time"), the place their signature names ("Victoria, BC"), or their address's country's
    ("...co.uk"). None where either is unknown."""
    if zone is None:
        return None
    event = message.event
    if event is not None and event.start_zone:
        try:
            return zone, ZoneInfo(event.start_zone)
        except (ValueError, ZoneInfoNotFoundError):
            pass
    if message.date_offset:
        return zone, message.zone
    zoned = zoned_hour(message.own_text)
    theirs = (
        zoned[1]
        if zoned is not None
        else signature_zone(message.signature, message.from_name) or address_zone(message.from_addr)
    )
    return (zone, theirs) if theirs is not None else None
