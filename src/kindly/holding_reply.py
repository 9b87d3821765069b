"""A reply that only holds the conversation ("Let me check my calendar and I'll get back to you tomorrow"): it
answers nothing the user asked, so her question still waits (kindly.outbox.waiting_on says they wrote so)."""

from __future__ import annotations

import re

from kindly.answer_later import GET_BACK_TO_YOU, LET_YOU_KNOW

# Whoever of the correspondent's side promises: "I'll", "we will" ...
_WE_WILL = r"i'?ll|i\s+will|we'?ll|we\s+will"
# ...or "let me" ("let me check with my partner and ..."), "I'm going to", a bare "Will", some words before it
_LET_ME = r"let\s+me|i'?m\s+going\s+to|will"
# ...who may come, circle or revert back to you as well as get back to you
_BACK_TO_YOU = r"(?:come|circle|revert)\s+back\s+to\s+you"
# "I'll get back to you", "let me check with my partner and come back to you", "we will confirm": bounded gaps only
GETS_BACK = re.compile(
    rf"\b(?:{_WE_WILL}|{_LET_ME})\b[^.!?\n]{{0,80}}?\b(?:{GET_BACK_TO_YOU}|{_BACK_TO_YOU})\b"
    rf"|\b(?:{_WE_WILL})\s+{LET_YOU_KNOW}\b",
    re.IGNORECASE,
)
# an answer after all: a time of day ("2pm", "14:30") or a question of their own
_ANSWERS = re.compile(r"\?|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)


def only_holds(text: str) -> bool:
    """The words promise an answer later and give none (no time, no question of their own)."""
    return GETS_BACK.search(text) is not None and _ANSWERS.search(text) is None
