"""Whether the sender is starting something of their own ("Advice on starting a bookkeeping practice", "we're
launching next month", "I've just set up my studio"): the one thing a no may wish them luck with when it has no
other name for it. A lunch, a coffee or a pitch declined starts nothing, and "good luck with it!" to one reads as if
something had been launched.

Pure: reads text only.
"""

from __future__ import annotations

import re

_STARTING = re.compile(
    r"\b(?:start(?:ing|ed)?|launch\w*|found(?:ing|ed)|set(?:ting)?\s+up|sett?ing\s+out|open(?:ing|ed)\s+(?:a|an|my|our)"
    r"|(?:my|our|a)\s+new\s+(?:business|venture|practice|company|firm|shop|studio|agency|clinic|project))\b",
    re.IGNORECASE,
)


def starts_something(text: str) -> bool:
    """Whether the text speaks of something the sender is starting."""
    return _STARTING.search(text[:20_000]) is not None
