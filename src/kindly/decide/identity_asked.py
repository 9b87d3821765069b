"""A stranger's offer of money that asks, by return of mail, for the keys to the reader's business: their bank
account and routing numbers, tax or social security number, or a copy of their ID ("PRE-APPROVED for up to
$250,000 ... reply with your EIN, business bank routing and account number and a copy of your driver's license").

A lender, a grant or a buyer that is real takes these through an application, never in a reply; and a new
employer's onboarding (direct deposit and an I-9) asks no one it has not hired, and promises no funds. So the cue
needs two kinds of such details asked to be sent, and money promised or a deadline in hours beside them."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# Sent back by mail: "reply with", "email us", "send us your", "respond with".
_SENT_BACK = re.compile(
    r"\b(?:reply|respond|write back|e-?mail(?: us| back)?|send(?: us| back| over)?|forward)\s+(?:us\s+)?"
    r"(?:with\s+|your\s+|the\s+following|a copy)",
    _F,
)
# The details: each kind once, by its own words.
_DETAILS = {
    "bank": re.compile(
        r"\b(?:routing|account)\s+(?:and\s+(?:account\s+)?)?numbers?\b|\bbank(?:ing)? details\b", _F
    ),
    "tax id": re.compile(
        r"\b(?:EIN|SSN|social security number|tax id(?:entification)?(?: number)?|TIN)\b", _F
    ),
    "id": re.compile(
        r"\b(?:copy|photo|scan|picture)\s+of\s+your\s+(?:\w+\s+)?(?:driver'?s\s+licen[cs]e|passport|photo id|id card)\b",
        _F,
    ),
}
# Money promised to the reader, or an answer demanded within hours.
_PROMISED_OR_RUSHED = re.compile(
    r"\bpre-?approved\b|\bapproved for (?:up to\s+)?[$£€]|\brelease (?:the |your )?funds\b|\bguaranteed approval\b|"
    r"\bwithin (?:24|48|12|the next \d+) hours\b|\bexpires today\b|\btoday only\b",
    _F,
)


def identity_by_mail_cue(text: str) -> str | None:
    """The words that ask for the reader's bank and identity details by reply with money promised or a rush
    ("reply with your EIN, business bank routing and account number", "PRE-APPROVED"), or None."""
    lowered = text[:20_000].lower()
    if (
        "routing" not in lowered
        and "account number" not in lowered
        and "licen" not in lowered
        and ("passport" not in lowered)
    ):
        return None
    flat = " ".join(text[:20_000].split())
    if (sent := _SENT_BACK.search(flat)) is None:
        return None
    asked = flat[sent.start() : sent.start() + 300]
    kinds = [found.group(0) for found in (pattern.search(asked) for pattern in _DETAILS.values()) if found]
    if len(kinds) < 2 or (promised := _PROMISED_OR_RUSHED.search(flat)) is None:
        return None
    return ", ".join(f'"{words}"' for words in (promised.group(0), *kinds))
