"""A group that meets again and again: "a handful of us HRDs meet for breakfast on the first Friday of the
month", "our monthly roundtable", "we get together every quarter". However much it sounds like a coffee (the
breakfast) or a one-off event, it is a standing group of peers: what a find_community goal seeks. A group only
mentioned ("we met at our monthly Chamber breakfast ... could we grab a coffee?") is not the ask.

Pure: reads text only.
"""

from __future__ import annotations

import re

# It happens again: "on the first Friday of the month", "monthly", "every other Tuesday", "once a quarter".
_RECURS = re.compile(
    r"\b(?:monthly|fortnightly|quarterly|bi-?monthly|weekly)\b|"
    r"\b(?:every|each|once\s+a|twice\s+a)\s+(?:other\s+)?(?:week|month|quarter|term|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    r"\b(?:first|second|third|fourth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(?:the|each|every)\s+month\b",
    re.IGNORECASE,
)
# ...as a group of people who meet: "a handful of us", "a few of us", "our group", "we meet", "the circle".
_GROUP = re.compile(
    r"\b(?:a\s+(?:handful|few|small\s+group|group|bunch|number)\s+of\s+us|several\s+of\s+us|some\s+of\s+us|"
    r"we\s+(?:meet|get\s+together|gather|catch\s+up)|(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:group|circle|network|roundtable|round\s+table|forum|club|collective|meet-?up|breakfast|supper)s?\b)",
    re.IGNORECASE,
)
WITHIN = 200  # characters: the group and its rhythm said together, not one here and one at the foot
# Where the two met or heard of each other, not where the reader is asked to go: "we met briefly at our monthly
# Chamber breakfast", "I heard you speak at the quarterly forum".
_WHERE_MET = re.compile(
    r"\b(?:met|meeting you|spoke|chatted|talked|saw you|seeing you|heard you|heard about you|came across you|"
    r"introduced (?:us|me))\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
# The ask is to come to it: "Fancy joining us?", "you'd be very welcome", "the next one is Friday 5 March".
_COME = re.compile(
    r"\b(?:join(?:ing)?\s+(?:us|the\s+group|our|them|in)|come\s+(?:along|to|and|join)|coming\s+(?:along|to)|"
    r"(?:you'?d|you\s+would|you'?re|you\s+are|you'?ll|you\s+will)\s+(?:be\s+)?(?:very\s+|most\s+|always\s+)?welcome|"
    r"up\s+for\s+it|invit(?:e|ing)\s+you|(?:like|love|want)\s+(?:you\s+)?to\s+(?:join|come|attend|be\s+part)|"
    r"love\s+to\s+have\s+you|fancy\s+(?:joining|coming)|next\s+(?:one|meeting|session|get-?together)\s+is|"
    r"be\s+part\s+of|become\s+a\s+member|(?:drop|pop)\s+(?:in|by|along)|attend|see\s+you\s+there|"
    r"(?:hope|if)\s+you\s+can\s+(?:make\s+it|come|join)|rsvp|register|sign\s+up|"
    r"(?:save|book|reserve)\s+(?:a|your)\s+(?:seat|place|spot))\b",
    re.IGNORECASE,
)


def standing_group(text: str) -> str:
    """The words that say a message invites to a group that meets regularly ("a handful of us HRDs ... meet
    for breakfast on the first Friday of the month ... Fancy joining us?"), or ""."""
    flat = " ".join(text[:20_000].split())
    if not _COME.search(flat):
        return ""  # a group mentioned ("our monthly Chamber breakfast"), but the ask is something else
    for recurs in _RECURS.finditer(flat):
        start, end = max(0, recurs.start() - WITHIN), recurs.end() + WITHIN
        group = _GROUP.search(flat, start, end)
        if group is not None and not _WHERE_MET.search(flat, max(0, recurs.start() - 80), recurs.start()):
            first, last = sorted((group, recurs), key=lambda m: m.start())
            return flat[first.start() : last.end()] if last.end() - first.start() <= 160 else recurs.group(0)
    return ""


# A gathering of several of the sender's kind, said as one: "a few of us shop owners on Division are getting together
# Sunday", "some of us indie booksellers are meeting up for breakfast", "a handful of us founders get together" - a
# group of peers, not a coffee for two, whether or not it meets again. The reader is asked to come: _COME, or the
# short "you in?" of a text between neighbours.
_GATHERING = re.compile(
    r"\b(?:a\s+(?:handful|few|small\s+group|group|bunch|couple)\s+of\s+us|several\s+of\s+us|some\s+of\s+us)\b",
    re.IGNORECASE,
)
_GETS_TOGETHER = re.compile(
    r"\b(?:get(?:ting)?\s+together|meet(?:ing)?(?:\s+up)?|gather(?:ing)?)\b", re.IGNORECASE
)
_YOU_IN = re.compile(r"\b(?:are\s+)?you\s+in\s*\?|\bwant\s+to\s+come\b|\bcare\s+to\s+join\b", re.IGNORECASE)


def peers_gathering(text: str) -> str:
    """The words that say a message asks the reader to a gathering of several peers ("a few of us shop owners on
    Division are getting together Sunday 12/6 at 9am ... you in??"), or "". One person's "let's get together" is
    not one, nor a group only mentioned while something else is asked."""
    flat = " ".join(text[:20_000].split())
    if not (_COME.search(flat) or _YOU_IN.search(flat)):
        return ""
    for found in _GATHERING.finditer(flat):
        # ...who gather, said within the words that follow ("a few of us shop owners on Division are getting together")
        gathers = _GETS_TOGETHER.search(flat, found.end(), found.end() + 60)
        if gathers is not None:
            return flat[found.start() : gathers.end()]
    return ""


# A group named by its kind, of peers working or learning together, which the reader is asked into (mentoring's
# _PEERS_LEARNING_TOGETHER reads how a programme's members learn, not a group's name): "our working group", "a research
# collaboration", "a reading circle", "a study group", "a peer group", "a journal club". Not a project sold, nor a
# "group" of companies.
_NAMED_GROUP = re.compile(
    r"\b(?:working|work|research|reading|study|writing|learning|practice|peer|special[- ]interest|action|"
    r"discussion|mastermind|accountability|book|journal)\s+(?:group|circle|club|collective|network|collaborat\w+|"
    r"cohort|pod|consortium)s?\b|"
    r"\bresearch\s+(?:collaboration|partnership|network|consortium)s?\b|\bcommunity\s+of\s+practice\b",
    re.IGNORECASE,
)
# ...asked to join: "Would you join our working group?", "interested in joining us", "be part of it".
_JOIN = re.compile(
    r"\b(?:join(?:ing)?|be\s+part\s+of|become\s+(?:a\s+)?(?:member|part)|come\s+on\s+board|take\s+part\s+in|"
    r"sign\s+up|get\s+involved|contribut\w+\s+to)\b",
    re.IGNORECASE,
)


def peer_group_asked(text: str) -> str:
    """The words that invite the reader into a group of peers working or learning together ("join our working
    group", "a research collaboration ... joining us", "our reading circle ... join"), or ""."""
    flat = " ".join(text[:20_000].split())
    for group in _NAMED_GROUP.finditer(flat):
        near = flat[max(0, group.start() - WITHIN) : group.end() + WITHIN]
        if _JOIN.search(near):
            return group.group(0)
    return ""
