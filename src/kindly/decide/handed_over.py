"""A note passed on for the user to take over: a client forwards a producer's film-rights enquiry with "Is this
legit? ... can you handle it?". The forwarder's own words ask nothing of a meeting, so the model reads nothing
asked; but where what it forwards serves a goal to help a client, the user is handed the goal's own business.

Pure: reads text only (the goal's weighing is decide.assess's).
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# The forwarder hands it over: "can you handle it?", "could you deal with this", "over to you", "can you take it
# from here?", "what should I do with this?", "would you look into it?".
_HANDED_OVER = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:handle|deal\s+with|take\s+(?:care\s+of|it\s+from\s+here|"
    r"this\s+on|it\s+on|over)|look\s+into|follow\s+up\s+on|respond\s+to|reply\s+to|answer)\b"
    r"|\bover\s+to\s+you\b|\bwhat\s+(?:should|do)\s+I\s+(?:do|say|tell\s+(?:him|her|them))\b"
    r"|\bhow\s+should\s+I\s+(?:respond|reply|answer)\b",
    _F,
)


def handed_over(own_note: str) -> str:
    """The words in which a forwarder hands their forward to the user to handle, or ""."""
    found = _HANDED_OVER.search(" ".join(own_note[:20_000].split()))
    return found.group(0) if found else ""
