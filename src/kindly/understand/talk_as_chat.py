"""A "talk" that is a conversation, not a stage: "Would you be open to a short call to talk about what you offer?"
The model hears a speaker's invitation in the word; with no stage anywhere in the message (no audience, no event,
no episode) it is a call, and the message is what the rest of it reads as.

Pure: reads text only.
"""

from __future__ import annotations

import re

# The talk asked as a conversation: "a short call to talk about", "a coffee to talk through", "chat and talk over".
_TALK_IN_A_CALL = re.compile(
    r"\b(?:call|chat|coffee|meeting|zoom|phone|conversation|catch[- ]up|meet)\s+(?:\w+\s+){0,2}?to\s+talk\b",
    re.IGNORECASE,
)
# Anything that puts the user before others: a stage, an audience, a show.
_A_STAGE = re.compile(
    r"\b(?:speak\w*|keynote\w*|panel\w*|podcast\w*|interview\w*|guest\w*|present\w*|audience\w*|stages?|"
    r"sessions?|conferences?|summits?|webinars?|workshops?|lectures?|seminars?|episodes?|shows?|events?|"
    r"meetups?|attendees|listeners|viewers|a\s+(?:short\s+|quick\s+)?talk|give\s+(?:a|the)\s+talk|talk\s+(?:at|to)\s+(?:our|the))\b",
    re.IGNORECASE,
)


def talk_is_a_call(own: str) -> bool:
    """Whether the only talk a message asks for is a conversation with the user ("a short call to talk about what
    you offer"), with no stage named anywhere in it."""
    if "talk" not in own.lower():
        return False
    return _TALK_IN_A_CALL.search(own) is not None and _A_STAGE.search(own) is None
