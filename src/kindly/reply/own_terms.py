"""The user's own terms, stated with a yes to a talk or a faculty role whose terms the invitation leaves unsaid:
"take pitch sessions on the Saturday" answered "For conference pitch sessions I ask for travel, a room and an
honorarium" where the user saved that answer for pitch sessions.

Pure: reads the message's words and the profile's answers. Only an answer saved for this kind of work (one of
its `about` words names what is asked) and about terms (a fee, an honorarium, travel) is stated; an invitation
that already says what it pays or covers is answered by the yes alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.decide.fees import speaker_paid
from kindly.profile import Answer

# What a speaker's terms are made of: a word of the answer's `about` that says it is about them.
_TERMS = re.compile(
    r"\b(?:fees?|honorari\w*|stipends?|travel\w*|expenses|lodging|accommodation|hotel|rooms?|pay|paid|rates?)\b",
    re.IGNORECASE,
)

# An invitation that states terms, paid or not: "an honorarium", "we cover travel", "unpaid", "volunteer".
_STATES_TERMS = re.compile(
    r"\b(?:honorari\w*|stipends?|fees?|travel|expenses|lodging|accommodation|hotel|unpaid|volunteer\w*|"
    r"compensat\w*|pay|paid|budget)\b",
    re.IGNORECASE,
)


def _names_the_work(term: str, text: str) -> bool:
    """Whether a non-terms word of an answer's `about` ("pitch sessions") is named by the message."""
    return re.search(rf"(?<!\w){re.escape(term.strip())}(?!\w)", text, re.IGNORECASE) is not None


def own_terms(text: str, answers: Sequence[Answer]) -> list[str]:
    """The user's saved answers that state their terms for the work this invitation asks, where the invitation
    names that work and states no terms of its own; [] otherwise."""
    if speaker_paid(text) or _STATES_TERMS.search(text):
        return []
    return [
        answer.answer
        for answer in answers
        if any(_TERMS.search(term) for term in answer.about)
        and any(not _TERMS.search(term) and _names_the_work(term, text) for term in answer.about)
    ]
