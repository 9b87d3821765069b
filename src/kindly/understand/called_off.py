"""A sender calling off the meeting a thread agreed: "I have to cancel our coffee tomorrow", "we'll need to call
off Thursday's call", "I can't make our meeting after all". In a thread kindly said yes to it is no new ask to
which the yes still stands: it is the user's to answer (a kind word, another time perhaps)."""

from __future__ import annotations

import re

_MEETING = r"(?:coffee|call|chat|meeting|lunch|breakfast|catch[- ]up|session|appointment|meet[- ]up)"
_OURS = (
    rf"(?:our|the|my|this|tomorrow'?s|today'?s|(?:mon|tues|wednes|thurs|fri)day'?s)\s+(?:\w+\s+)?{_MEETING}"
)

# Each bounded: a few fixed words between the parts, never a free run of text.
CALLED_OFF = re.compile(
    # "I have to cancel our coffee tomorrow", "I'm going to have to cancel the call", "we need to call off our chat"
    r"\b(?:I|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)?\s+(?:(?:going\s+to\s+|gonna\s+)?(?:have|need)\s+to|must)\s+"
    rf"(?:cancel|call\s+off|postpone|put\s+off)\s+{_OURS}"
    # "I can't make our meeting after all", "I won't be able to make our call tomorrow"
    rf"|\b(?:I|we)\s+(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+make\s+{_OURS}"
    # "our coffee tomorrow is off", "I'm afraid I have to cancel"
    r"|\b(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:afraid|sorry)\s+(?:I|we)\s+(?:have|need)\s+to\s+cancel\b",
    re.IGNORECASE,
)


# A text without one of these words calls nothing off (the store looks for them before reading a thread's mail).
CALLED_OFF_WORDS = ("cancel", "call off", "make")


def called_off(text: str) -> str:
    """The words with which `text` calls off the meeting agreed ("I have to cancel our coffee"); "" when none."""
    lowered = text.lower()
    if not any(word in lowered for word in CALLED_OFF_WORDS):
        return ""
    found = CALLED_OFF.search(text)
    return found[0] if found else ""
