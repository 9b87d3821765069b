"""The user's own invitation to meet, answered with a time: "I'd be glad to talk about your move into philanthropy -
would you like to find 30 minutes next week?" and then "Thank you so much! Would Wednesday, December 9 at 11:00 am
work for a call?". The reply reads like an ordinary work meeting on its own words (a call at a time, nothing about
the user's goals), but it is the user's own request answered: the time they offer is taken, never passed over.

Only an invitation to meet or talk counts as the user's: a note that asked for a document first, or that declined,
proposed nothing the sender's time could answer.

Pure: reads text only.
"""

from __future__ import annotations

import re

# The user asks to meet or talk: "would you like to find 30 minutes", "happy to jump on a call", "let's grab a
# coffee", "I'd be glad to talk", "could we meet" - not a request for something else ("could you send a note?").
_INVITES_TO_MEET = re.compile(
    r"\b(?:find|set\s+up|schedule|book|grab|have|get)\s+(?:some\s+|a\s+)?(?:time|\d{1,3}\s+min(?:ute)?s|"
    r"(?:quick\s+|short\s+)?(?:call|chat|coffee|meeting|conversation|zoom))\b"
    r"|\b(?:glad|happy|delighted|love|like)\s+to\s+(?:talk|chat|meet|connect|catch\s+up|speak)\b"
    r"|\b(?:would|could|can|shall)\s+we\s+(?:meet|talk|chat|speak|connect)\b"
    r"|\blet'?s\s+(?:meet|talk|chat|connect|catch\s+up|get\s+together)\b"
    r"|\b(?:jump|hop)\s+on\s+a\s+(?:quick\s+)?call\b",
    re.IGNORECASE,
)
# ...and that is not a no: "I'll pass", "not able to meet", "can't take on", "I'm afraid".
_DECLINES = re.compile(
    r"\b(?:i'?ll|i\s+will|have\s+to|must)\s+pass\b|\b(?:not\s+able|unable)\s+to\s+(?:meet|talk|take)\b"
    r"|\bcan(?:'|no)?t\s+(?:meet|take\s+on|make)\b|\bi'?m\s+afraid\b",
    re.IGNORECASE,
)


def invited_to_meet(users_words: str) -> str:
    """The words in which the user's own mail invited the sender to meet or talk ("would you like to find 30
    minutes"), or "" where it did not (or said no)."""
    flat = " ".join(users_words[:5_000].split())
    if _DECLINES.search(flat):
        return ""
    found = _INVITES_TO_MEET.search(flat)
    return found.group(0) if found else ""
