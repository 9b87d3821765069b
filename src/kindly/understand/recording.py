"""A podcast's or an interview's own recording time, told apart from the day its show airs: a call with the host
that can move like a meeting. Read by decide (a never-rule on the hours of calls) and by the reply writer."""

from __future__ import annotations

import re

from kindly.model import Message
from kindly.understand.days import MONTH_DAY
from kindly.understand.extract import Details

# A podcast's own recording day, not its air date: "we record on", "could we book you for", "two slots open".
RECORDING = re.compile(r"\b(?:record\w*|taping|book you|slots?)\b", re.IGNORECASE)


_AIRS = re.compile(
    r"\b(?:airs?|aired|goes live|go live|publish\w*|releas\w*|launch\w*|runs? (?:on|in)|print\w*|out on)\b",
    re.IGNORECASE,
)


def recording_slot(message: Message, details: Details) -> bool:
    """Whether a podcast or an interview names the time it would record with the user ("It's a 45-minute remote
    recording. Would Thursday 10 December at 10am ET work for you?", "Tuesday at 1pm or Wednesday at 10am"): a
    call with the host that can move like a meeting, not the day the show airs."""
    when = details.event_date or details.when
    if details.format not in ("podcast", "interview") or not when:
        return False
    offered = " or " in when or RECORDING.search(message.own_text) is not None
    return offered and not airs_on(when, message.own_text)


def airs_on(when: str, text: str) -> bool:
    """Whether `when` is the day a show airs ("The episode airs on January 8; we'd record on ...")."""
    day = MONTH_DAY.search(when)
    if day is None:
        return False
    for sentence in re.split(r"(?<=[.!?;])\s+", " ".join(text.split())):
        at = sentence.lower().find(day.group(0).lower())
        if at >= 0:
            # the words just before the day say what happens on it: "we'd record ... on Tuesday, December 8 at
            # 10:00 am, and it would air Friday, December 11" records on the 8th
            before = sentence[max(0, at - 50) : at]
            airs = list(_AIRS.finditer(before))
            records = list(RECORDING.finditer(before))
            return bool(airs) and (not records or records[-1].start() < airs[-1].start())
    return False
