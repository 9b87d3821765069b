"""A recruiter the model is unsure of, with no job named: "Karen Liu, deputy business editor at the Chicago Tribune
... If you'd ever like to talk shop about growing into an editing role, I'd be happy to set up a call" reads as a
recruiter by its "role" and "editor", but offers the reader a call, not a job. Read as the call it offers.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.words import names_a_role

# Below this the model's recruiter is a guess worth checking against what the note offers.
UNSURE_RECRUITER_BELOW = 0.5

# The sender offering the reader a call or a coffee: "I'd be happy to set up a call", "glad to grab a coffee", "if
# you'd ever like to talk shop", "would you like to chat?"
_OFFERS_TO_TALK = re.compile(
    r"\b(?:(?:i'?d|i would|i'll|i will|we'?d|we would)\s+(?:be\s+)?(?:happy|glad|delighted|love)\s+to|"
    r"if you'?d (?:ever\s+)?(?:like|want|care) to|would you (?:like|want|care) to|happy to)\s+"
    r"(?:(?:set up|have|grab|jump on|hop on|get on|find time for)\s+(?:an?\s+|the\s+)?(?:quick\s+|short\s+)?"
    r"(?:call|coffee|chat|zoom|conversation)|(?:talk|chat|meet|catch up)\b)",
    re.IGNORECASE,
)


def call_offered_not_job(own: str, recruiter_confidence: float) -> str:
    """The words that offer the reader a call, where the model's unsure recruiter names no job; "" otherwise."""
    if recruiter_confidence >= UNSURE_RECRUITER_BELOW or names_a_role(own):
        return ""
    found = _OFFERS_TO_TALK.search(" ".join(own.split()))
    return found.group(0) if found else ""
