"""What an ask read as an invitation to speak is called where it asks for no talk: a call, a role, a trip. A
draft says "speak" or wishes "the event" well only where the message asks for a talk, a panel, a piece or a show."""

from __future__ import annotations

import re

from kindly.model import Message
from kindly.understand.extract import Details

# Words of a stage the extractor names no format for: "speak at", "a 30-minute talk", "moderate", "a session", a
# festival's "in conversation with one of our chairs"; not the verb of a conversation ("to talk it through",
# "talk about").
_STAGE = re.compile(
    r"\b(?:speak\w*|speech|present(?:s|ing|ations?)?|moderat\w+|emcee|stage|sessions?|audience|attendees|"
    r"seminars?|masterclass\w*|lunch[- ]and[- ]learn|guest|keynotes?|fireside|"
    # members' questions answered live: "a 30 minute Q&A with our members over Zoom", "an ask me anything"
    r"q\s?&\s?a|q and a|ask me anything|"
    # a festival's stage: "an hour-long conversation with one of our chairs, followed by a book signing"
    r"in conversation\b|conversation with (?:one of )?(?:our|the|a) (?:chairs?|hosts?|interviewers?)|"
    r"(?:book|a) signings?|"
    # a school's day of visitors, at its own hours: "our Career Day", "talk with 7th and 8th graders"
    r"career (?:days?|fairs?)|talk (?:with|to) (?:our |the )?(?:[\w-]+ ){0,3}(?:students|graders|pupils|classes|kids|"
    r"children)|"
    r"(?<!to )talks?(?!\s+(?:about|to|with|through|it|this|things|over|more)\b))\b",
    re.IGNORECASE,
)

# A shoot asked of the user in their own trade - "a styled shoot ... I'd love you to be our photographer!": no
# talk, no role to fill, the shoot itself to wish well (and no speaker to suggest: see `asks_for_a_shoot`).
_SHOOT = re.compile(
    r"\b(?:(?:styled|photo|video|editorial|brand|product|portrait|collab\w*) ?shoots?|"
    r"(?:be|as) (?:our|the) (?:lead |main |second )?(?:photographer|videographer|second shooter)\b)",
    re.IGNORECASE,
)

# Other asks, by their own word: (pattern, what the thanks names, what the decline wishes well).
_OTHER_ASKS = (
    (_SHOOT, "the invitation", "the shoot"),
    (
        # "would love you to be our club physio", "an open position"
        re.compile(
            r"\b(?:you (?:to )?(?:be|become|act as|serve as|join us as) (?:our|their|the)\b|roles?\b|positions?\b|"
            r"posts? (?:of|as)\b)",
            re.IGNORECASE,
        ),
        "your note about the role",
        "your search",
    ),
    (re.compile(r"\b(?:trips?|tours?|study visits?)\b", re.IGNORECASE), "the invitation", "the trip"),
)


def asks_onto_a_stage(message: Message, details: Details) -> bool:
    """Whether the message asks for a talk, a panel, a piece or a show, not only for a call, a role or a trip."""
    return bool(details.format) or _STAGE.search(f"{message.subject}\n{message.own_text}") is not None


def asks_for_a_shoot(message: Message) -> bool:
    """Whether the message asks the user to photograph or film a shoot ("be our photographer"), and names no
    stage (a talk with a photo shoot for its speakers still wants a speaker)."""
    text = f"{message.subject}\n{message.own_text}"
    return _SHOOT.search(text) is not None and _STAGE.search(text) is None


def plain_ask(message: Message) -> tuple[str, str]:
    """(thanks, wish) for an ask that is no stage: "your note about the role" and "your search"."""
    text = f"{message.subject}\n{message.own_text}"
    for pattern, thanks, wish in _OTHER_ASKS:
        if pattern.search(text):
            return thanks, wish
    return (
        "the invitation" if re.search(r"\binvit", text, re.IGNORECASE) else "your note"
    ), "what you have planned"
