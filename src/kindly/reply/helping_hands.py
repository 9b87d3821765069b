"""Offers of help that are no meeting: a company's team that wants to volunteer ("would like to volunteer together
in December - do you have any warehouse shifts open?"), goods to donate ("we'd love to donate it - where can we drop
it off?"), a group's visit ("would love to visit your warehouse as a group"). The yes answers the offer (and the
user's own answers tell how); it proposes no times to meet unless the sender asks for a call or a meeting too
("Could we set up a quick call next week?").

Pure: reads the sender's own words only.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# What the sender offers to do: volunteer, donate goods, visit as a group.
_OFFER = re.compile(
    r"\b(?:would|'d|wants?|hoping|hope|keen|interested|like|love|looking|plan(?:ning)?)\s+(?:\w+\s+){0,3}?"
    r"(?:to\s+|in\s+)?(?:volunteer(?:ing)?|donat(?:e|ing)|drop(?:ping)?\s+(?:it|them|off)|"
    r"visit(?:ing)?\s+(?:\w+\s+){0,3}?as\s+an?\s+(?:group|team|class)|"
    r"(?:bring|send)(?:ing)?\s+(?:a\s+|our\s+)?(?:group|team|class|volunteers))\b|"
    r"\b(?:team|group|staff|company|corporate|employee|class)\s+volunteer(?:ing)?\s+(?:day|shifts?|opportunit\w+|"
    r"morning|afternoon)\b",
    _F,
)
# ...and what asks for a meeting beside it: a call, a chat, a meeting, coffee, a visit "to talk".
_ASKS_TO_MEET = re.compile(
    r"\b(?:call|chat|meet(?:ing)?|coffee|zoom|teams\s+call|catch\s+up|sit\s+down|talk|discuss|connect)\b",
    _F,
)
# (each sentence is taken from its start only, after . ! ? or a line break: tried from every letter of a long
# sentence with no stop, the leading run made the scan take minutes)
_QUESTION_OR_ASK = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*(?:\?|\b(?:could|can|would|shall)\s+(?:we|you|i)\b[^.!?\n]*|\blet'?s\b[^.!?\n]*)",
    _F,
)


def offers_help(text: str) -> str:
    """How the sender offers a hand that needs no meeting (to volunteer, to donate goods, to visit as a group:
    '"would like to volunteer"'), or "" where they offer none or also ask to meet ("Could we set up a quick call
    next week to talk through a partnership?")."""
    said = " ".join(text.split())
    found = _OFFER.search(said)
    if found is None:
        return ""
    if any(_ASKS_TO_MEET.search(ask.group(0)) for ask in _QUESTION_OR_ASK.finditer(said)):
        return ""
    return f'"{found.group(0)}"'
