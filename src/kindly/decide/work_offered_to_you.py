"""A tradesperson or a firm offers the user their time: "we have openings starting Jan if you need a plumber on
your basement jobs", "we've got room on our schedule from January", "available for your kitchen jobs".

A coffee asked with such an offer says what it is for, however short: to talk about working for the user. Where
a goal seeks exactly that (a target it names - "master plumber" - matched), the purpose is clear and the coffee
is weighed on its fit, not answered with "is there something specific you wanted to discuss?"."""

from __future__ import annotations

import re

# "we have openings starting Jan", "we've got room on our schedule", "we have capacity in January"; "if you need a
# plumber"; "available for your jobs".
_OFFERS_TIME = re.compile(
    r"\b(?:we|i)(?:'ve|[ \t]+have|[ \t]+got|'ve[ \t]+got)[ \t]+(?:got[ \t]+)?(?:some[ \t]+|a[ \t]+few[ \t]+|plenty[ \t]+of[ \t]+)?"
    r"(?:openings?|room|capacity|availability|space|slots?)(?=[ \t]+(?:on|in|for|starting|from|this|next|coming|now)\b)"
    r"|\bif[ \t]+you(?:[ \t]+ever)?[ \t]+need[ \t]+(?:an?[ \t]+|another[ \t]+|more[ \t]+)?(?:good[ \t]+|reliable[ \t]+|licensed[ \t]+)?"
    r"[\w-]+(?:[ \t]+[\w-]+)?[ \t]+(?:on|for)[ \t]+your\b"
    r"|\b(?:available|free)[ \t]+(?:to[ \t]+(?:take|pick)[ \t]+(?:on|up)[ \t]+|for[ \t]+)(?:some[ \t]+of[ \t]+)?your[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:jobs|projects|work|installs|builds)\b",
    re.IGNORECASE,
)


def work_offered(text: str) -> str:
    """The words in which the sender offers the user their time for work ("we have openings starting Jan", "if
    you need a plumber on your basement jobs"), or ""."""
    found = _OFFERS_TIME.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
