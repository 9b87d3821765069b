"""An event that charges its other attendees to meet the user: "Writers purchase pitch tickets ($89 per 5-minute
pitch)" at a pitch fair that lets agents in free. Turning it down, the honest reason is that charge, not the
user's networking time.

Pure: reads the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

from kindly.amounts import MONEY

# Who buys a meeting with the user: "Writers purchase pitch tickets", "founders pay $50 per pitch".
_WHO_PAYS = re.compile(
    r"\b(writers|authors|founders|attendees|participants|delegates|startups|artists|musicians|applicants)\s+"
    r"(?:can\s+|will\s+|each\s+)?(?:purchase|purchases|buy|buys|pay|pays|pay\s+for)\s+(?:[\w$-]+\s+){0,3}?"
    r"(?:pitch|pitches|pitch\s+tickets?|pitch\s+slots?|one-on-ones?|meetings?|appointments?)\b",
    re.IGNORECASE,
)
# The price of a pitch or a meeting in any currency, whoever pays it: "$89 per 5-minute pitch", "SGD 25 a pitch".
_PRICE_PER_PITCH = re.compile(
    rf"{MONEY}\s+(?:per|a|for\s+(?:a|each|one))\s+(?:[\w-]+\s+){{0,2}}?(?:pitch|one-on-one|meeting)\b|"
    r"\bpay(?:s|ing)?[- ]to[- ]pitch\b|\bpaid\s+pitch(?:es|\s+sessions?)\b",
    re.IGNORECASE,
)


def charges_to_meet_you(text: str) -> str | None:
    """Whom an event charges to meet (pitch) the user ("writers"), or "attendees" where only the price of a
    pitch is said; None where no one pays to meet the user."""
    text = text[:20_000]
    if who := _WHO_PAYS.search(text):
        return who.group(1).lower()
    if _PRICE_PER_PITCH.search(text):
        return "attendees"
    return None
