"""The booking-by-proxy scam, common in mail to wedding and event trades: a "client" who cannot be phoned (deaf,
hearing impaired, at sea) books by e-mail only and has someone else pay - "my wedding planner will handle the
payment with credit card" - often in advance and for more than is owed. No honest couple needs both: either sign
alone is an ordinary client (a deaf couple who book and pay themselves, a planner who pays for the couple)."""

from __future__ import annotations

import re

from kindly.decide.scam_cues import may_hold

_F = re.IGNORECASE

# Why the sender cannot be called: "I am hearing impaired", "I'm deaf", "I work on an oil rig".
_NO_CALLS = re.compile(
    r"\b(?:deaf|hearing[- ]impaired|hard of hearing|speech[- ]impaired|"
    r"(?:on|at) (?:an? )?(?:oil rig|offshore rig|sea)|"
    r"(?:can'?t|cannot|can not|unable to) (?:talk|speak|take calls|be reached) (?:on|over|by) (?:the )?phone)\b",
    _F,
)
_NO_CALLS_WORDS = ("deaf", "hearing", "speech", "oil rig", "offshore", " at sea", " on sea", "phone")

# Someone else pays the reader: "my wedding planner will handle the payment", "my agent will pay you in advance".
_PAID_BY_ANOTHER = re.compile(
    r"\b(?:my|our) (?:wedding |event |personal |travel )?(?:planner|coordinator|agent|assistant|secretary|"
    r"organi[sz]er|manager)\b[^.!?]{0,30}?\b(?:will|would|'ll|shall|is going to) (?:\w+ ){0,2}?"
    r"(?:pay|handle (?:the |all )?payments?|make (?:the |all )?payments?|send (?:the |your )?payment)\b",
    _F,
)


def proxy_booking_cue(text: str) -> str | None:
    """The words of a booking-by-proxy scam: a sender who cannot be called and someone else paying, quoted; or
    None where either is missing."""
    if not may_hold(text, _NO_CALLS_WORDS) or not may_hold(text, ("pay",)):
        return None
    flat = " ".join(text[:20_000].split())
    no_calls = _NO_CALLS.search(flat)
    paid = _PAID_BY_ANOTHER.search(flat) if no_calls else None
    return f'"{no_calls.group(0)}", "{paid.group(0)}"' if no_calls and paid else None
