"""A yes to someone who asks the user to send them something, not to meet: an editor's "Could you send me a
selection of professional photos and a short description by January 15?", a producer's "Could you send us your
headshot and a short bio by Friday?". The yes says the user will send it (by the day asked), with no times for a
meeting nobody asked for.

Pure: reads the sender's words. The pattern is linear: its gaps are bounded."""

from __future__ import annotations

import re

# "Could you send me a selection of professional photos and a short description by January 15?", "would you be
# able to share your floor plans with us", "can you email us a few images": what is to be sent, up to the question
# mark (the day it is needed by, kept as said).
_SEND_ASKED = re.compile(
    r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:be\s+able\s+to\s+)?(?:kindly\s+)?"
    r"(?P<verb>send|e-?mail|share|forward)\s+(?:(?:me|us)\s+)?(?P<what>[^?.!]{3,140}?)\s*\?",
    re.IGNORECASE,
)
# ...but not a meeting's invitation sent ("send me a few times that work"), nor a call asked beside it; nor the
# user's price for work still to be scoped ("send me a quote for our bookkeeping"), which a call answers first.
_NOT_MATERIALS = re.compile(
    r"\b(?:times?|availability|dates?|slots?|calendar|invite|link to book|call|meet(?:ing)?|coffee|zoom|chat|"
    r"quotes?|quotations?|estimates?|proposals?|bids?|pric\w*|rates?|fees?|costs?|packages?|info(?:rmation)?|"
    r"details?)\b",
    re.IGNORECASE,
)
_MEETING_ASKED = re.compile(
    r"\b(?:call|meet|meeting|coffee|lunch|chat|zoom|catch up|get together|hop on|sit down|visit|"
    r"(?:come|stop|drop|swing) (?:by|in|over))\b",
    re.IGNORECASE,
)
# ...nor a choice offered ("send a couple of sample bottles, or would you rather come by and pour it?"): which one
# is the user's to say.
_OR_ELSE = re.compile(
    r",?\s+or\s+(?:would|could|can|will|shall|should|do|did|maybe|perhaps)\b", re.IGNORECASE
)
_THEIRS_AS_YOURS = {"your": "my", "yours": "mine", "you": "I"}


def materials_yes(text: str, formal: bool) -> str:
    """The yes to sending what they ask for ("I'd be glad to send you a selection of professional photos and a
    short description by January 15."), or "" where the mail asks for nothing to be sent, or asks to meet too."""
    flat = " ".join(text[:20_000].split())
    found = _SEND_ASKED.search(flat)
    if (
        found is None
        or _NOT_MATERIALS.search(found.group("what"))
        or _OR_ELSE.search(found.group("what"))
        or _MEETING_ASKED.search(flat)
    ):
        return ""
    what = re.sub(
        r"\b(?:your|yours)\b", lambda word: _THEIRS_AS_YOURS[word.group(0).lower()], found.group("what")
    )
    what = re.sub(r"\s+(?:to|with)\s+(?:me|us)\b", "", what)  # "share your plans with us": sent to them
    glad = "I would be glad to" if formal else "I'd be glad to"
    return f"{glad} send you {what}."
