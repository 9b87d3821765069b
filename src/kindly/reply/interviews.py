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


# a guest's interview: "a Zoom interview on our podcast", "a video interview for our show", "for our newsletter"
_A_GUESTS_INTERVIEW = re.compile(
    r"\b(?:podcast|episode|channel|radio|newsletter|blog|magazine|livestream|webinar|documentary)s?\b"
    r"|\b(?:our|the|my|a)\s+(?:\w+\s+)?(?:show|series)\b",
    re.IGNORECASE,
)


def interview_offered(text: str) -> bool:
    """Whether a message (its subject and words) offers the reader a screen or an interview for a role, not a
    guest's interview on a podcast or a show."""
    head = text[:20_000]
    found = _INTERVIEW_OFFERED.search(head)
    return found is not None and not _A_GUESTS_INTERVIEW.search(
        head, max(found.start() - 60, 0), found.end() + 60
    )
