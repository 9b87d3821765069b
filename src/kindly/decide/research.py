"""A seller's customer research: "a research interview" or "customer discovery" call from a company that sells
to people like the user ("Head of Customer Insight, ShiftPulse - The engagement platform for deskless teams",
a GBP 50 voucher for the user's time). However much it says "interview", it is market research for a sale,
not a stage for the user; a journalist's, a university's or a public forum's interview is not this.

Pure: reads the message only.
"""

from __future__ import annotations

import re

from kindly.decide.member_bodies import member_body
from kindly.decide.sellers import GROWTH_TITLE, SALES_TITLE
from kindly.model import Message

_F = re.IGNORECASE

# It asks for the user's views as research: "a research interview", "customer discovery", "user research".
_RESEARCH = re.compile(
    r"\b(?:research (?:interview|project|call|study|conversation|session)s?|customer (?:discovery|research|"
    r"insights?|interviews?)|user (?:research|interviews?)|market research|discovery (?:call|interview)s?|"
    r"product (?:research|feedback (?:call|session)s?))\b",
    _F,
)
# ...by a company that sells: a seller's, a product team's or a growth title (a chamber or a university that has
# one is ruled out on its own: `_NOT_SELLING`, `member_body`), its tagline ("the engagement platform for
# deskless teams"), its product ("feedback on our app", "a tool we're building"). Not a business word any body may
# use ("growth", "sales", "founder"), nor a voucher alone: a public body thanks people for their time too.
_SELLS = re.compile(
    r"\b(?:(?:head of |director of |vp,? )?customer (?:insights?|success|discovery)|product (?:manager|marketing|"
    rf"team|lead|owner|designer)|{SALES_TITLE}|{GROWTH_TITLE})\b|"
    r"\bthe\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:platform|software|app|tool|solution)\s+for\b|"
    r"\bour (?:\w+ )?(?:platform|product|software|app|tool|solution)s?\b|"
    r"\b(?:a|an|the) (?:new )?(?:[\w-]+ )?(?:platform|product|app|tool)\s+(?:that\s+)?(?:we'?re|we are)\s+"
    r"(?:building|developing|designing|launching)\b",
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
    if _NOT_SELLING.search(whole) or member_body(message):
        return ""  # a journalist's, a university's, a chamber's or a public forum's research
    sells = _SELLS.search(whole)
    if sells is None:
        return ""
    return f'"{research.group(0)}"; "{sells.group(0)}"'
