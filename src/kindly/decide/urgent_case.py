"""A client's urgent case asked of the user now: a cat that can't pee since last night ("can you see him this
morning?"), a burst pipe ("could you come out today?"). The user's own work wanted at once, never a networking ask to
weigh, decline by a rule for ordinary bookings ("weekend appointments, except emergencies") or answer with meeting
times: the user answers it personally, and now."""

from __future__ import annotations

import re

from kindly.decide.care import SHORT_NOTE

_F = re.IGNORECASE

# Said as urgent: "URGENT", "an emergency", "as soon as possible", or a trouble dated now ("since last night").
_URGENT = re.compile(
    r"\burgent(?:ly)?\b|\bemergency\b|\basap\b|\bas soon as (?:possible|you can)\b|"
    r"\bsince (?:last night|this morning|yesterday)\b",
    _F,
)
# ...and the user's own work asked for at once: "can you see him this morning?", "could you fit us in today?",
# "can you come out tonight?" (not "can you see us next week?", a meeting's time)
_NOW = r"(?:this (?:morning|afternoon|evening)|today|tonight|now|right away|asap|first thing)"
_SEEN_NOW = re.compile(
    r"\b(?:can|could|would|will) you (?:please )?(?:possibly )?"
    r"(?:see|look at|check on|fit|squeeze|get|come (?:out|over|by)|come)"
    rf"(?: (?:him|her|them|us|me|it|[A-Z][a-z]+))?(?: in)? {_NOW}\b",
    _F,
)
# ...in a note of the writer's own: a mailing says "urgent" to everyone ("unsubscribe")
_TO_A_LIST = re.compile(r"\bunsubscribe\b|\byou(?:'re| are) receiving this\b", _F)


def urgent_case(text: str) -> str:
    """The words asking for the user's work at once in an urgent note ("can you see him this morning"), or ""."""
    if len(text) > SHORT_NOTE or _TO_A_LIST.search(text):
        return ""
    said = " ".join(text.split())
    asked = _SEEN_NOW.search(said)
    if asked is None or _URGENT.search(said) is None:
        return ""
    return asked.group(0)
