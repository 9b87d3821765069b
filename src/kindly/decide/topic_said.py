"""A get-together that says what it is for in the words peers use for it: "swap notes on audio deals", "compare
notes", "talk shop", "I'd love to hear what you're working on", "so I can ask about supervision". The model may find no purpose in a short DM, but
its sender has said one: the meeting is for that exchange, nothing to ask. Pure: reads text only."""

from __future__ import annotations

import re

# Bounded words only: linear over any text.
_TOPIC_SAID = re.compile(
    r"\b(?:swap|compare|trade|share)\s+notes\b|\btalk\s+shop\b"
    r"|\bhear\s+(?:more\s+)?(?:about\s+)?what\s+you(?:'re|’re|\s+are)\s+(?:working\s+on|looking\s+for|acquiring)\b"
    # "coffee sometime so I can ask about supervision": the questions they bring are what it is for
    r"|\bso\s+(?:that\s+)?i\s+(?:can|could|might)\s+ask\s+(?:you\s+)?(?:(?:a\s+few|some)\s+questions\s+)?"
    r"(?:about|on)\s+(?!it\b|that\b|this\b|something\b|stuff\b|things\b)[a-z][\w-]*",
    re.IGNORECASE,
)


def topic_said(text: str) -> str:
    """The words in which a get-together says what it is for ("swap notes"), or ""."""
    found = _TOPIC_SAID.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
