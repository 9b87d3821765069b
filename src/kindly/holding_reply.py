"""A reply that only holds the conversation ("Let me check my calendar and I'll get back to you tomorrow"): it
answers nothing the user asked, so her question still waits (kindly.outbox.waiting_on says they wrote so)."""

from __future__ import annotations

import re

# "I'll get back to you", "let me check with my partner and come back to you", "we will confirm": bounded gaps only
GETS_BACK = re.compile(
    r"\b(?:i'?ll|i\s+will|we'?ll|we\s+will|let\s+me|i'?m\s+going\s+to|will)\b[^.!?\n]{0,80}?"
    r"\b(?:get|come|circle|revert)\s+back\s+to\s+you\b"
    r"|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:confirm|let\s+you\s+know)\b",
    re.IGNORECASE,
)
# an answer after all: a time of day ("2pm", "14:30") or a question of their own
_ANSWERS = re.compile(r"\?|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)


def only_holds(text: str) -> bool:
    """The words promise an answer later and give none (no time, no question of their own)."""
    return GETS_BACK.search(text) is not None and _ANSWERS.search(text) is None
