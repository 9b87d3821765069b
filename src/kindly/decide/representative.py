"""Someone who answers for the user's paid work - a talent manager, a literary or booking agent, a speakers' bureau
- and a brand or an agency that asks for what they handle: the user's rates, rate card, media kit or quote ("Could
you send over your rate card and media kit?", "Could you share your rates for a 60-second integration?"). Such a
mail is pointed to the representative, with their address where the profile gives one, rather than answered with
a meeting: terms are theirs to settle."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.profile import Provider
from kindly.understand.questions import questions

_F = re.IGNORECASE

# A provider's category that speaks for the user: "talent management", "manager", "literary agent", "booking
# agent", "speakers bureau" - never an agent of another trade ("insurance agent", "real estate agent", "travel agent").
_REPRESENTS = re.compile(
    r"^\s*(?:(?:talent|artist|creator|influencer|athlete|music)\s+)?(?:management|manager)\s*$|"
    r"\b(?:literary|booking|talent|speaking|speakers?|sports|music|artist|creative|brand\s+partnerships?)\s+agents?\b|"
    r"\bspeakers?['\u2019]?\s+bureaus?\b|\brepresentation\b",
    _F,
)
# The user's terms asked for: "your rate card", "your rates for a 60-second integration", "your media kit", "what
# you charge" (not "interest rates" or "their fee", which are no terms of the user's).
_TERMS_ASKED = re.compile(
    r"\b(?:(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:rates?(?:\s?cards?)?|fees?|pricing|prices|quotes?)|rate\s?cards?|media\s?kits?|"
    r"what\s+(?:do\s+)?you\s+(?:charge|quote))\b",
    _F,
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What the profile adds to a name after it: "(devon@...)", " - rates, media kit and contracts"
_NAME_ENDS = re.compile(r"\s*(?:\(|\s[-\u2013\u2014]\s|<)")


@dataclass(frozen=True, slots=True)
class Representative:
    """The provider who speaks for the user, as a draft names them, and the terms the message asked for."""

    name: str
    category: str
    contact: str
    asked: str


def representative_asked(
    providers: tuple[Provider, ...] | list[Provider], text: str
) -> Representative | None:
    """The user's representative, where a question of the message asks for the user's terms; None otherwise."""
    provider = next((p for p in providers if _REPRESENTS.search(p.category)), None)
    if provider is None:
        return None
    asked = next((found for q in questions(text) if (found := _TERMS_ASKED.search(q))), None)
    if asked is None:
        return None
    address = _ADDRESS.search(provider.name)
    name = _NAME_ENDS.split(provider.name, maxsplit=1)[0].strip() or provider.name
    return Representative(name, provider.category, address.group(0) if address else "", asked.group(0))
