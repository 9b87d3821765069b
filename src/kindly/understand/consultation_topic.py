"""A consultation asked about a topic the sender states: "Would love a consultation about expanding to Orlando",
"I'd like to set up a consultation on pricing for our shop", "We need an appointment regarding the sale of the
business". The mail says what the meeting is for, so kindly does not ask it back ("what would you like to
discuss?"), in English or in an English mail from someone whose first language is another.

Not a seller's offer ("We'd love to set up a consultation to discuss your marketing needs", "... about how we can
help"): the topic is the sender's, not the reader's business or what the sender sells.

Pure: one linear regular expression, no model."""

from __future__ import annotations

import re

# the sender wishes or asks for one: "would love", "I'd like", "we need", "looking for", "could I book"
_ASKED = (
    r"\b(?:(?:would|'d|’d)\s+(?:love|like)(?:\s+to\s+(?:book|schedule|set\s+up|arrange|have|get|request))?"
    r"|(?:i|we)\s+(?:want|need)(?:\s+to\s+(?:book|schedule|set\s+up|arrange|have|get|request))?"
    r"|(?:am|are)\s+(?:looking\s+for|interested\s+in)"
    r"|(?:can|could|may)\s+(?:i|we)\s+(?:get|have|book|schedule|request|set\s+up|arrange))"
)
# ...a consultation: "a consultation", "an initial consult", "a one-hour strategy session"
_A_CONSULTATION = r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:consultation|consult|appointment|strategy\s+session)"
# ...about a topic of theirs: "about expanding to Orlando", "on pricing for our shop", "regarding our lease"
_ABOUT = (
    r"\s+(?:about|on|regarding|concerning|to\s+discuss|to\s+talk\s+about|for\s+help\s+with)\s+"
    r"(?P<topic>(?!(?:your|you|how\s+(?:we|i|our)|what\s+(?:we|i|our))\b)[^.!?\n]{6,80})"
)
_CONSULTATION_ON_A_TOPIC = re.compile(_ASKED + _A_CONSULTATION + _ABOUT, re.IGNORECASE)


def consultation_on_a_topic(text: str) -> str:
    """The words in which a sender asks for a consultation about a topic they state ("Would love a consultation
    about expanding to Orlando"), or "" (the first 20,000 characters read)."""
    found = _CONSULTATION_ON_A_TOPIC.search(" ".join(text[:20_000].split()))
    return found.group(0).strip() if found else ""
