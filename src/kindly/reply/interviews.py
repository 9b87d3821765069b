"""A screen or an interview for a role, offered to the reader: a step of a job seeker's own search, answered in
its register ("Thank you for the invitation to interview - I appreciate it. I look forward to it"), never as a
kindness done her ("it was kind of you to think of me") or a party joined ("Count me in")."""

from __future__ import annotations

import re

# "a 30-minute phone screen for the Data Scientist role", "Recruiter phone screen", "a first-round interview",
# "a screening call" (not a podcast's or a paper's interview: those name no screen and no round)
_INTERVIEW_OFFERED = re.compile(
    r"\b(?:phone|recruiter|initial|intro(?:ductory)?|first[- ]round|second[- ]round|final[- ]round|"
    r"hiring[- ]manager|technical|video|zoom)\s+(?:screen|screening|interview)s?\b|\bscreening\s+(?:call|interview)\b",
    re.IGNORECASE,
)


def interview_offered(text: str) -> bool:
    """Whether a message (its subject and words) offers the reader a screen or an interview for a role."""
    return _INTERVIEW_OFFERED.search(text[:20_000]) is not None
