"""A never-rule about when ("events on Friday evenings", "weekend work") that a message which is no invitation
shows only by its days and times: "the countersigned agreement is due back by Friday, December 4" names a deadline,
"THE NIGHT FERRY" a book, and neither asks the user to be anywhere then. Pure: reads text only."""

from __future__ import annotations

import re
from collections.abc import Sequence

_F = re.IGNORECASE

# The evidence of a rule's day or part of the day, as never_rule_hit notes it: '"friday": "Friday"', 'evening: "7pm"'.
_WHEN_NOTE = re.compile(
    r'^"?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|evenings?|mornings?|nights?|afternoons?)"?:',
    _F,
)

# Something to be at, then: an event, a meeting, a shift - which the message may ask for without reading as an
# invitation ("Reminder: the gala is Friday at 7pm - please RSVP").
_SOMEWHERE_TO_BE = re.compile(
    r"\b(?:events?|part(?:y|ies)|receptions?|galas?|dinners?|drinks|launch(?:es)?|readings?|talks?|panels?|"
    r"meetings?|meet-?ups?|celebrations?|concerts?|shows?|screenings?|ceremon(?:y|ies)|festivals?|conferences?|"
    r"workshops?|classes|sessions?|shifts?|rehearsals?|games?|tournaments?|fairs?|markets?|rsvp|attend\w*|join us)\b",
    _F,
)


def when_alone(evidence: Sequence[str], text: str) -> bool:
    """Whether a rule's evidence is only its day and time of day and the message names nothing to be at then."""
    return all(_WHEN_NOTE.match(note) for note in evidence) and _SOMEWHERE_TO_BE.search(text) is None
