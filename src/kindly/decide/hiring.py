"""A goal of the user's own hiring: "Hire senior backend engineers for my team: meet strong candidates and the
communities I can recruit from", "Recruit two nurses for the ward". A meetup of the people it hires is where
candidates are met, so an event serves it as directly as one serves a goal of finding a community (what the event
is about, by the goal's targets and topic, still decides how well).

Pure: reads text only.
"""

from __future__ import annotations

import re

# The user hiring, not seeking a role: "Hire ...", "hiring for my team", "recruit engineers" (not "meet hiring
# managers", which a job seeker writes).
_HIRES = re.compile(r"\b(?:hire|hiring(?!\s+managers?\b)|recruit(?:ing)?)\b", re.IGNORECASE)


def hiring_goal(description: str) -> bool:
    """Whether a goal's description says the user hires."""
    return _HIRES.search(description) is not None
