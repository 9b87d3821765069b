"""Whom a never-rule about what comes first is about: "meeting querying authors one-on-one before I have read a full
manuscript" waits for the manuscript of an author who queries, not of an editor asking for lunch or a fellow agent
asking for a drink - they have no manuscript to send. A rule that names no such people holds for everyone."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# People who write the work a rule wants first, as a rule names them ("querying authors", "aspiring novelists").
_WRITERS = re.compile(r"\b(?:authors?|writers?|novelists?|poets?|memoirists?|screenwriters?)\b", _F)

# A sender who speaks of writing of their own: "my debut novel", "a draft of my first novel", "my nonfiction
# proposal", "I've written a memoir", "I have completed a historical novel". Each gap is a few words at most, so the
# pattern stays linear; "our books" (a publisher's), "my draft agenda" and "I'm a freelance writer" are no book.
_WORK = r"(?:novels?|manuscripts?|memoirs?|books?|screenplays?|short\s+stories|poetry\s+collections?|(?:book|nonfiction|non-fiction)\s+proposals?)"
_OWN_WRITING = re.compile(
    rf"\bmy\s+(?:[\w'-]+\s+){{0,3}}?{_WORK}\b"
    rf"|\bi(?:'ve|\s+have)\s+(?:just\s+)?(?:written|finished|completed)\s+(?:a|an|my)\s+(?:[\w'-]+\s+){{0,3}}?{_WORK}\b",
    _F,
)


def names_writers(base: str) -> bool:
    """Whether what a never-rule is about names writers ("meeting querying authors one-on-one")."""
    return _WRITERS.search(base) is not None


def sender_is_whom(base: str, text: str) -> bool:
    """Whether the sender is one of the people a never-rule's meeting is with: a writer speaks of their own writing
    ("my first novel"); a rule that names no writers is about whoever asks."""
    return not names_writers(base) or speaks_of_own_writing(text)


def speaks_of_own_writing(text: str) -> bool:
    """Whether a sender speaks of writing of their own ("my debut novel", "I've written a memoir")."""
    return _OWN_WRITING.search(" ".join(text.split())) is not None
