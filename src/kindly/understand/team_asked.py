"""An organiser asking the user's business to take part in their event by its name, not by "you": "Would
Ironside like to enter a team or host a coaching station?", "Would your gym like to field a team?". A note that
thanks the reader for considering it reads to the model like a thank-you that asks nothing; the ask is an event's
invitation.

Pure: reads text only.
"""

from __future__ import annotations

import re

# "would Ironside like to enter a team", "could your gym field a team", "would your studio be interested in taking
# part" (not "would you like to know more", nor "I would like to enter").
_TEAM_ASKED = re.compile(
    r"\b(?:[Ww]ould|[Cc]ould|[Ww]ill)\s+(?:you|your\s+(?:team|company|business|gym|studio|club|shop|firm|practice|staff)|"
    r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s+"
    r"(?:(?:like|want|love|care)\s+to|be\s+(?:up\s+for|interested\s+in|able\s+to|willing\s+to))\s+"
    r"(?:enter(?:ing)?|field(?:ing)?|bring(?:ing)?\s+a\s+team|host(?:ing)?|tak(?:e|ing)\s+part|participat\w*|"
    r"join(?:ing)?\s+us|run(?:ning)?\s+a\s+(?:station|booth|stand|session))\b"
)
# ...in an occasion of the organiser's: a fundraiser, a race, a workout, a fair.
_OCCASION = re.compile(
    r"\b(?:events?|fundrais\w*|charity|races?|fun\s+run|challenge|tournaments?|competitions?|workouts?|fairs?|"
    r"festivals?|expos?|drives?)\b",
    re.IGNORECASE,
)


def team_asked(own: str) -> str:
    """The words that ask the user's business to take part in an occasion ("Would Ironside like to enter"), else
    ""."""
    if "would" not in own.lower() and "could" not in own.lower() and "will" not in own.lower():
        return ""
    asked = _TEAM_ASKED.search(own)
    if asked is None or _OCCASION.search(own) is None:
        return ""
    return asked.group(0)
