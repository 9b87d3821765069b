"""A user who places their own people: a professor whose goal is jobs for her graduating PhD students, a bootcamp
director placing graduates, a coach placing trainees. An employer or a colleague asking "would any of your
graduating students be interested?" writes to her about them, not to offer her a role: read as a "recruiter's
approach" it would be told "I'm not looking for a new role". It is an offer her placement goal weighs.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile

_THEIR_PEOPLE = (
    r"(?:(?:graduating|current|former|final-year|senior|top|best|recent)\s+)?(?:(?:phd|doctoral|graduate|grad|"
    r"masters?|ms|undergraduate|undergrad|bootcamp)\s+)?(?:students?|graduates|grads|trainees|apprentices|"
    r"mentees|alumni|postdocs)"
)
# A goal to place one's own people: "Place my graduating PhD students in postdocs...", "find jobs for our
# bootcamp graduates", "help my trainees land their first roles".
_PLACES_OWN = re.compile(
    r"\b(?:place|placing|placement\s+of|jobs?\s+for|roles?\s+for|positions?\s+for|help|helping)\s+(?:my|our)\s+"
    + _THEIR_PEOPLE
    + r"\b",
    re.IGNORECASE,
)
# The sender asks after the reader's people: "would any of your graduating PhD students be interested?", "your
# lab's students would be a great fit", "do you have a PhD student finishing who might be a fit?".
_ASKS_AFTER_THEM = re.compile(
    r"\b(?:any\s+of\s+your|your(?:\s+\w+'s)?|do\s+you\s+have\s+(?:an?\s+|any\s+)?(?:\w+\s+)?)\s*"
    + _THEIR_PEOPLE
    + r"\s+(?:(?:who|that)\s+(?:is|are|might|may|could|would)|(?:(?:would|might|may|could)\s+)?be|"
    r"(?:finishing|graduating|looking|on\s+the\s+market|interested))\b",
    re.IGNORECASE,
)


def places_own_people(profile: Profile) -> bool:
    """Whether one of the user's goals is to place their own students, graduates or trainees in jobs."""
    return any(_PLACES_OWN.search(goal.description) for goal in profile.goals)


def asks_after_your_people(text: str) -> str:
    """The words in which the sender asks after the reader's students or graduates for a role, or ""."""
    if "your" not in text.lower() and "do you have" not in text.lower():
        return ""
    found = _ASKS_AFTER_THEM.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


def with_people_to_place(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A "recruiter's approach" that asks after the user's students, to a user who places them: an offer of
    work for them (a partnership her placement goal weighs), not a role offered to her."""
    if understanding.intent is not Intent.RECRUITING or not places_own_people(profile):
        return understanding
    asked = asks_after_your_people(f"{message.subject}\n{message.own_text}")
    if not asked:
        return understanding
    return understanding.read_as(
        Intent.PARTNERSHIP_PROPOSAL,
        f'partnership_proposal: asks after your people for a role ("{asked}"), not a role for you',
    )
