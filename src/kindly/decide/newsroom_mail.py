"""Mail a reporter's inbox gets that no model reading of "an invitation" fits, read by its words:

- a correction demanded of the user's published story ("Your December 1 story ... states that ... That is false ...
  I demand a correction"): no invitation to meet, but the user's to answer personally - never declined, never left
  as "nothing asked";
- an embargoed release that offers interviews ("Under embargo until Tuesday ... two of the founders are available
  for interviews before the embargo lifts"): a press pitch, whose interview the user may take where it is on their
  beat;
- a reader's tip ("I have a copy of the memo. I'd rather not put my name to it. Can we talk?") to a user whose goal
  seeks sources: a source offering what they know, not a request for the user's work.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.tip_offered import offered_for_interview, seeks_sources, tip_offered
from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile

_F = re.IGNORECASE

# A correction, a retraction or a clarification asked for: "I demand a correction", "we request that you retract",
# "please issue a correction", "correct the record".
_CORRECTION = re.compile(
    r"\b(?:demand|request|require|insist\s+on|ask\s+(?:you\s+)?for|expect)\w*\s+(?:that\s+you\s+(?:issue|publish|run|"
    r"print|make)\s+)?(?:an?\s+|the\s+|your\s+|immediate\s+|an\s+immediate\s+|a\s+full\s+)?(?:correction|retraction|"
    r"clarification)s?\b"
    r"|\b(?:issue|publish|run|print)\s+(?:an?\s+)?(?:immediate\s+)?(?:correction|retraction)\b"
    r"|\b(?:retract|correct)\s+(?:the|your|this|that)\s+(?:story|article|report|piece|paragraph|claim|statement|"
    r"record)\b",
    _F,
)
# ...of the user's own published piece: "your December 1 story", "your article on", "the piece you wrote".
_YOUR_PIECE = re.compile(
    r"\byour\s+(?:[\w,.'-]+\s+){0,4}?(?:story|article|report|piece|column|reporting|coverage|post|feature)\b"
    r"|\b(?:story|article|piece|column)\s+you\s+(?:wrote|published|ran)\b",
    _F,
)
# An embargo on the news sent: "under embargo until", "EMBARGOED:", "embargoed until 6am".
_EMBARGO = re.compile(r"\bembargo(?:ed)?\b", _F)


def correction_demanded(text: str) -> str:
    """The words that demand a correction of the user's own published piece, or ""."""
    said = " ".join(text[:20_000].split())
    if "correct" not in said.lower() and "retract" not in said.lower() and "clarif" not in said.lower():
        return ""
    found = _CORRECTION.search(said)
    if found is None or _YOUR_PIECE.search(said) is None:
        return ""
    return found.group(0)


def embargoed_release(text: str) -> str:
    """The words of an embargoed release that offer someone for an interview, or ""."""
    if _EMBARGO.search(text[:20_000]) is None:
        return ""
    return offered_for_interview(text)


# What a reader's tip may have been read as: nothing asked, a request for the user's work, a meeting of their own.
_READ_AS_A_TIP = frozenset(
    {Intent.NONE, Intent.CLIENT_INQUIRY, Intent.WORK_MEETING, Intent.MENTORSHIP_REQUEST}
)


def with_newsroom_mail(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """An embargoed release offering interviews, or a reader's tip to a user who seeks sources, read as the
    meeting it offers (a coffee: whom it is with is the sender's or the one they offer)."""
    text = f"{message.subject}\n{message.own_text}"
    if not understanding.is_invitation and (offered := embargoed_release(text)):
        note = f'coffee_chat: an embargoed release that offers an interview ("{offered}")'
        return understanding.read_as(Intent.COFFEE_CHAT, note)
    if understanding.intent not in _READ_AS_A_TIP or not any(
        seeks_sources(goal.description, goal.targets) for goal in profile.goals
    ):
        return understanding
    if tip := tip_offered(text):
        return understanding.read_as(
            Intent.COFFEE_CHAT, f'coffee_chat: a source offers what they know ("{tip}")'
        )
    return understanding
