"""A goal of keeping close to one's own clients by going to them: a program officer's "Visit our grantees and keep
close to their work: site visits, updates and their convenings". An invitation from one of those clients to their
own occasion ("Our Cohort 12 graduates will celebrate on Thursday ... have you there as our funder") is that goal
served as directly as a meetup serves a goal of finding peers - not the loose tie an event usually has to helping a
client (a lawyer's client's gala). Only where the goal itself says the user goes to them, and only from whom its
targets name.

Pure: reads the goal's own words.
"""

from __future__ import annotations

import re

from kindly.profile import Goal, GoalKind

# The goal says the user goes to the clients: "visit our grantees", "site visits", "their convenings", "attend their
# events", "show up for their graduations".
_GOES_TO_THEM = re.compile(
    r"\b(?:visit(?:s|ing)?|site[ -]visits?|attend(?:ing)?|show(?:ing)?\s+up)\b"
    r"|\btheir\s+(?:[\w-]+\s+)?(?:convenings?|events?|celebrations?|graduations?|gatherings?|openings?|ceremon(?:y|ies))\b",
    re.IGNORECASE,
)


def goes_to_their_occasions(goal: Goal) -> str:
    """The words in which a goal of helping clients says the user goes to them ("visit", "their convenings"), or
    "" where it does not (or is no such goal)."""
    if goal.kind is not GoalKind.HELP_CLIENT:
        return ""
    found = _GOES_TO_THEM.search(" ".join((goal.description, *goal.targets)))
    return found.group(0) if found else ""
