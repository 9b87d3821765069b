"""A funder writing about the user's own proposal: a program officer who has read the panel's reviews and asks for
a call about the budget ("I'd like to talk with you about a possible revised budget before I make a
recommendation"). It can read like a pitch (a stranger asking for a call), but it is the user's own grant, not
networking to weigh against goals, and never a seller to turn down: left to the user as their own work.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.model import Intent, Message, Understanding

# The user's own proposal or application, as the funder names it: "your CBET proposal", "your proposal on hybrid
# membrane-GAC treatment", "your grant application", "your pending award" - one that exists, not a seller's "your grant
# proposals" to be polished.
_YOUR_PROPOSAL = re.compile(
    r"\byour\s+(?:[\w-]+\s+){0,3}?(?:proposal|grant\s+application|(?:pending|recommended)\s+award)\b",
    re.IGNORECASE,
)
# ...by one who handles it at the funder: a program officer, the panel's summaries (not a seller's "program
# manager").
_AT_THE_FUNDER = re.compile(
    r"\b(?:program|programme)\s+(?:officer|director)\b|\bpanel\s+(?:summar(?:y|ies)|reviews?|comments)\b"
    r"|\breviewers'?\s+comments\b|\bfunding\s+recommendation\b",
    re.IGNORECASE,
)
OWN_PROPOSAL = "own_proposal"  # reason code: a funder asks to talk about the user's own proposal, said yes to
# ...and asks to talk or to come and see the work: "Are you available for a 20-minute call", "could we set up a
# time to discuss", "could I visit your lab in February?".
_ASKS_TO_TALK = re.compile(
    r"\b(?:call|chat|talk|speak|meet|meeting|conversation|zoom|phone|visit)\b[^.]{0,80}\?|"
    r"\b(?:set up|schedule|find|arrange)\s+(?:a\s+)?(?:time|call|meeting)\b",
    re.IGNORECASE,
)
_READ_AS_SOLD = frozenset({Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT})


def funder_on_own_proposal(text: str) -> str:
    """The words in which a funder writes of the user's own proposal ("your CBET proposal"), or ""."""
    if "your" not in text.lower():
        return ""
    flat = " ".join(text[:20_000].split())
    found = _YOUR_PROPOSAL.search(flat)
    return found.group(0) if found and _AT_THE_FUNDER.search(flat) else ""


def with_own_proposal(understanding: Understanding, message: Message) -> Understanding:
    """A "pitch" or a "coffee" from a funder about the user's own proposal: their own work meeting."""
    if understanding.intent not in _READ_AS_SOLD:
        return understanding
    said = funder_on_own_proposal(f"{message.subject}\n{message.own_text}")
    if not said:
        return understanding
    return understanding.read_as(
        Intent.WORK_MEETING, f'work_meeting: a funder writes about your own proposal ("{said}"), not a pitch'
    )


def own_proposal_call(message: Message) -> str:
    """The words in which a funder writing about the user's own proposal asks to talk about it, or ""."""
    text = f"{message.subject}\n{message.own_text}"
    said = funder_on_own_proposal(text)
    if not said or _ASKS_TO_TALK.search(" ".join(text[:20_000].split())) is None:
        return ""
    return said
