"""A thank-you after a meeting that asks nothing: "Thanks again for taking the time to talk with me yesterday about
the Senior Backend role ... Looking forward to hearing about next steps." The model may read the role or the
coffee it names as a recruiter's approach or a new invitation; it is a note to read, not an ask to weigh.

Pure: reads text only.
"""

from __future__ import annotations

import re

# Thanks for a meeting that has happened: "Thank you so much for meeting with me", "thanks again for your time
# on Monday", "Thanks for the chat yesterday" (not "Thanks for considering my invitation").
_THANKS_FOR_MEETING = re.compile(
    r"\bthank(?:s| you)(?: (?:again|so much|very much))*,? for (?:taking the time|your time|the time you took|"
    r"meeting|talking|speaking|chatting|(?:the|our|a) (?:great |lovely |helpful )?(?:chat|call|conversation|"
    r"interview|coffee|meeting|talk))\b",
    re.IGNORECASE,
)
# ...and what would ask something new beside it: a question, "would you", "I'd love you to", "let's meet again".
_ASKS_SOMETHING = re.compile(
    r"\?|\b(?:(?:would|could|can|will) you|please|(?:grateful|glad|thankful) if|let me know (?:if|whether|when)|(?:i|we)(?:'d| would) (?:like|love) (?:you|to (?:meet|grab|catch|set "
    r"up|schedule|invite))|let(?:'s| us) (?:meet|grab|get|set up|schedule|find)|(?:invite|inviting) you)\b",
    re.IGNORECASE,
)
_OPENING = 300  # a thank-you says so in its first lines


def thanks_for_a_meeting(own: str) -> str:
    """The thanks for a meeting that opens a note asking nothing besides, else ""."""
    thanks = _THANKS_FOR_MEETING.search(own[:_OPENING])
    if thanks is None or _ASKS_SOMETHING.search(own) is not None:
        return ""
    return thanks.group(0)
