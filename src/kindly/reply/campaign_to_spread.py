"""A campaign the sender asks the user to spread among their own people ("we're running a launch campaign aimed at
debut authors - would you share it with your authors?"): the no to it offers no "send me an overview and I'll point
people your way" - that offer is for a seller's service, and a campaign already asked to be passed on."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# "share it with your authors", "pass this on to your clients", "post it for your followers", "spread the word":
# bounded gaps, so the pattern stays linear over a sender's text
_SPREAD_AMONG_YOURS = re.compile(
    r"\b(?:share|spread|pass|forward|post|circulate|mention)\w*\s+(?:[\w'-]+\s+){0,4}?(?:on\s+)?"
    r"(?:with|to|among|for)\s+(?:all\s+)?your\s+(?:[\w-]+\s+)?(?:authors|writers|clients|members|followers|network|"
    r"list|readers|community|subscribers|audience|students|congregation|patients|customers|families)\b"
    r"|\bspread\s+the\s+word\b",
    _F,
)
# ...what makes it a campaign rather than a service: "a launch campaign", "our #DebutVoices initiative"
_A_CAMPAIGN = re.compile(
    r"\b(?:campaigns?|launch(?:es|ing)?|initiatives?|giveaways?|challenges?|awareness|petitions?|movements?)\b|#\w+",
    _F,
)


def campaign_to_spread(text: str) -> str:
    """The words that ask the user to spread a campaign among their people ("share it with your authors"), where
    the message is a campaign ("launch campaign"); "" otherwise."""
    joined = " ".join(text[:20_000].split())
    asked = _SPREAD_AMONG_YOURS.search(joined)
    return asked.group(0) if asked and _A_CAMPAIGN.search(joined) else ""
