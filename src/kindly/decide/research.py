"""A seller's customer research: "a research interview" or "customer discovery" call from a company that sells
to people like the user ("Head of Customer Insight, ShiftPulse - The engagement platform for deskless teams",
a GBP 50 voucher for the user's time). However much it says "interview", it is market research for a sale,
not a stage for the user; a journalist's or a university's interview is not this.

Pure: reads the message only.
"""

from __future__ import annotations

import re

from kindly.model import Message

_F = re.IGNORECASE

# It asks for the user's views as research: "a research interview", "customer discovery", "user research".
_RESEARCH = re.compile(
    r"\b(?:research (?:interview|project|call|study|conversation|session)s?|customer (?:discovery|research|"
    r"insights?|interviews?)|user (?:research|interviews?)|market research|discovery (?:call|interview)s?|"
    r"product (?:research|feedback (?:call|session)s?))\b",
    _F,
)
# ...by a company that sells: its title, its tagline, its product, or a thank-you voucher for the time.
_SELLS = re.compile(
    r"\b(?:customer (?:insight|success|discovery)|product (?:manager|marketing|team|lead)|founder|"
    r"account (?:director|executive|manager)|sales|growth)\b|"
    r"\bthe\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:platform|software|app|tool|solution)\s+for\b|"
    r"\bour (?:\w+ )?(?:platform|product|software|app|tool|solution)s?\b|"
    r"\b(?:amazon |gift |high street )?(?:vouchers?|gift cards?)\b",
    _F,
)
# A journalist or an academic asks for the user's views for what they publish, not for a sale.
_NOT_SELLING = re.compile(
    r"\b(?:journalist|reporter|editor|newspaper|magazine|university|phd|dissertation|academic|professor|"
    r"lecturer|ethics (?:committee|approval)|student)\b",
    _F,
)


def sellers_research(message: Message) -> str:
    """The words that show a message asks the user to take part in a seller's customer research ('"research
    interview"; "Head of Customer Insight"'), or ""."""
    said = " ".join(f"{message.subject}\n{message.own_text}".split())
    research = _RESEARCH.search(said)
    if research is None:
        return ""
    whole = f"{said}\n{message.signature}"
    if _NOT_SELLING.search(whole):
        return ""
    sells = _SELLS.search(whole)
    if sells is None:
        return ""
    return f'"{research.group(0)}"; "{sells.group(0)}"'
