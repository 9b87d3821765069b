"""A goal of a seat on a company's board, and a search firm's search for a director that serves it: a director's
next seat comes through a headhunter's board search, as a job seeker's next role comes through a recruiter."""

from __future__ import annotations

import re

from kindly.profile import Goal, GoalKind

# A goal that aims for a seat of the user's own: "One more independent-director seat on the board of a mid-size
# TSX-listed company", "a non-executive directorship", "a seat on a public company board" (not "meet independent
# directors", people to know, nor "a board portal for our directors", a product).
_SEEKS_A_SEAT = re.compile(
    r"\b(?:(?:board|director|trustee)s?[- ](?:seats?|roles?|positions?|appointments?)"
    r"|seats?\s+on\s+(?:(?:a|an|the|one|another)\s+)?(?:[\w-]+\s+){0,4}?boards?"
    r"|(?:non[- ]executive|independent)[- ]directorships?|directorships?)\b",
    re.IGNORECASE,
)
# The goal kinds whose seat is the user's own: a client for their work, or a goal in their own words.
_SEAT_KINDS = frozenset({GoalKind.FIND_CLIENTS, GoalKind.CUSTOM})

# A search for a director of a company's board: "an independent director who will chair its audit committee",
# "to add two independent directors", "an independent director and future audit committee chair", "a board
# search"; not a job with "director" in its title ("Finance Director", "a director of operations").
_DIRECTOR_SEARCH = re.compile(
    r"\b(?:(?:independent|non[- ]executive|outside)\s+(?:board\s+)?directors?"
    r"|board\s+(?:search|seat|appointment|mandate)s?"
    r"|directors?\s+(?:on|to|for)\s+(?:its|the|their|our)\s+board"
    r"|(?:chair|join)\s+(?:its|the|their|our)\s+audit\s+committee)\b",
    re.IGNORECASE,
)


def seeks_a_board_seat(goal: Goal) -> bool:
    """Whether a goal aims for a seat on a board for the user."""
    return goal.kind in _SEAT_KINDS and _SEEKS_A_SEAT.search(goal.description) is not None


def director_searched(text: str) -> str:
    """The words in which a message searches for a company director ("independent director"), or ""."""
    found = _DIRECTOR_SEARCH.search(text[:20_000])
    return " ".join(found.group(0).split()) if found else ""
