"""A stranger asks to meet because a project of theirs needs someone of a trade: "The owner wants an interior
designer on the team from the start. Could we meet for an hour to walk you through the drawings?", "we're
looking for a photographer for the project", "the client needs a landscape architect on board".

The model may read such a mail as an ordinary work meeting (drawings, an office, an hour) and leave it without a
word - yet it is a project brought to the user, the very thing a goal of finding clients or partners is for. Read
again, it is weighed as a client's ask (or what else serves a goal best), as a mail sent to the user by someone
who names them is.

Pure: reads text only. The pattern is linear: its gaps are a few words at most."""

from __future__ import annotations

import re

# "wants an interior designer on the team", "needs a photographer for the project", "is looking for a landscape
# architect to join us from the start", "would like a designer involved early"
_TRADE_SOUGHT = re.compile(
    r"\b(?:wants?|needs?|(?:is|are|we're|i'm)\s+looking\s+for|would\s+like|hopes?\s+to\s+(?:bring|have))\s+"
    r"(?:to\s+(?:bring|have)\s+)?(?:in\s+)?an?\s+(?:[\w-]+\s+){0,2}?[a-z-]+(?:er|or|ist|ect)\s+"
    r"(?:on\s+(?:the|our|their)\s+(?:team|project)|on\s*board|(?:involved\s+)?(?:from\s+the\s+start|early)|"
    r"for\s+(?:the|this|our|their)\s+(?:project|job|build|renovation|hotel|home|house))\b",
    re.IGNORECASE,
)


def trade_sought(text: str) -> str:
    """The words in which a project is said to need someone of a trade ("wants an interior designer on the team"),
    or ""."""
    found = _TRADE_SOUGHT.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
