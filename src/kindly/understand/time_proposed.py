"""A reply that says when to meet: "I'd be glad to mentor you ... Shall we start on Thursday, December 10 at 8:00
am Pacific?", "Happy to chat - how about Monday the 14th at 2pm?". The model may read a yes to the user's own ask
as asking nothing, yet the time it proposes wants an answer: a meeting to weigh, like any coffee asked.

Pure: reads text only.
"""

from __future__ import annotations

import re

_DAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|next\s+week"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
)
# "Shall we start on Thursday ...?", "could we meet Tuesday at 3?", "how about Monday the 14th at 2pm?", "would
# Friday at 10 work for you?" - a question (ended within the sentence) that names a day.
_PROPOSES = re.compile(
    rf"\b(?:(?:shall|should|can|could)\s+we\s+(?:start|meet|talk|speak|chat|kick\s+off|begin|do|have|set\s+up)"
    rf"|how\s+about|what\s+about|(?:would|does|do|will)\s+(?=[^.?!\n]{{0,20}}\b(?:{_DAY})))"
    rf"[^.?!]{{0,60}}?\b(?:{_DAY})[^.?!]{{0,60}}\?",
    re.IGNORECASE,
)
_A_REPLY = re.compile(r"\s*(?:re|aw|sv|antw)\s*:", re.IGNORECASE)


def time_proposed_in_reply(subject: str, own: str) -> str:
    """The question proposing a day to meet in a reply ("Re: ..."), else ""."""
    if _A_REPLY.match(subject) is None:
        return ""
    found = _PROPOSES.search(own)
    return " ".join(found.group(0).split()) if found else ""
