"""The user's own product as a target of a coverage goal: "Press and streamer coverage for Low Tide Letters before
launch", targets "streamers", "games press", "Low Tide Letters". The game's title is listed so that a review or a
stream of it is known for the coverage sought - yet every fellow developer proposing a playtest swap, a meetup asking
her to bring the game and an investor's invite name it too. Naming the product is no coverage by itself: it counts
only where the message speaks of coverage (a review, a stream, a piece, an interview) or comes from press or a
creator.

Pure: reads the goal and the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

from kindly.decide.fit_reading import is_name
from kindly.decide.words import fold, phrase_in
from kindly.profile import Goal, GoalKind

# A goal that seeks coverage: "press and streamer coverage", "reviews in the trade press", "media attention".
_SEEKS_COVERAGE = re.compile(
    r"\b(?:coverage|press|reviews?|reviewers|streamers?|youtubers?|journalists?|media|reporters?|critics)\b",
    re.IGNORECASE,
)
# Coverage spoken of, or whoever makes it: "a piece for Rock Paper Shotgun", "streaming the demo", "a video about",
# "I review indie games", "I'm a games journalist".
_COVERAGE_SAID = re.compile(
    r"\b(?:reviews?|reviewing|reviewer|stream|streams|streamed|streaming|streamers?|let's\s+play|videos?|"
    r"podcasts?|episodes?|articles?|piece\s+(?:for|on|about)|feature\s+(?:it|your|you|the\s+game)|featuring|"
    r"interviews?|write-?ups?|writ(?:e|ing)\s+about|coverage|covering|cover\s+(?:it|your|the\s+game)|previews?|"
    r"journalists?|reporters?|editor|writer|youtubers?|content\s+creators?|channel|newsletter|blog|magazine|"
    r"press|twitch|youtube|tiktok)\b",
    re.IGNORECASE,
)


def own_products(goal: Goal) -> frozenset[str]:
    """The targets of a coverage goal that are the user's own product: names the goal's description itself says
    ("Low Tide Letters" of "... coverage for Low Tide Letters before launch"); none for any other goal."""
    if goal.kind is not GoalKind.AMPLIFY_CAMPAIGN or not _SEEKS_COVERAGE.search(goal.description):
        return frozenset()
    described = fold(goal.description)
    return frozenset(target for target in goal.targets if is_name(target) and phrase_in(target, described))


def coverage_said(text: str) -> str:
    """The first words of the message that speak of coverage or of whoever makes it, or ""."""
    found = _COVERAGE_SAID.search(text)
    return " ".join(found.group(0).split()) if found else ""
