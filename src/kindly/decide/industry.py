"""Industry: a drug, vaccine or device company as the sender or the sponsor of what a message offers, and the
paid engagements such a company asks of the people who prescribe or buy its products.

What a mail says of its sponsor shows its kind: a pharma company by its name ("Helixa Therapeutics", "Novamed
Pharmaceuticals", "Orion Biotech"), by the title its people sign with ("Medical Science Liaison", "Medical Affairs") or by what "our" new product is ("our new RSV vaccine", "our once-weekly GLP-1"). A hospital's
foundation, a college or a colleague is none.

A company's advisory board, consultancy, speakers' bureau or market-research panel about its own product ("We're
convening a small advisory board of Ontario family physicians on our new RSV vaccine ... with a $1,500
honorarium") is its marketing: an industry engagement, however much it reads like a group of peers. A
professional college's or a hospital's advisory committee is a committee.

Pure: reads the message only.
"""

from __future__ import annotations

import re

from kindly.decide.member_bodies import member_body
from kindly.decide.once import once
from kindly.decide.sellers import SALES_TITLE
from kindly.model import Message

_F = re.IGNORECASE

# A pharma company by its name: "Helixa Therapeutics", "Novamed Pharmaceuticals Canada", "Orion BioPharma".
_PHARMA_NAME = re.compile(
    r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+(?:Pharmaceuticals?|Pharma|Therapeutics|Biotech|Biotechnology|"
    r"Biosciences?|Biopharma(?:ceuticals)?|Biologics|Vaccines)\b|\b[A-Z]\w*(?:pharma|Pharma)\b"
)
# ...by its people's titles: a liaison or a rep of a drug company.
_PHARMA_TITLE = re.compile(
    r"\b(?:medical science liaison|msl|pharmaceutical (?:sales )?rep(?:resentative)?|drug rep|medical affairs)\b",
    _F,
)
# ...by what it sells: "our new RSV vaccine", "our once-weekly GLP-1", "our new molecule".
_PHARMA_PRODUCT = re.compile(
    r"\bour\s+(?:new\s+|latest\s+|once-\w+\s+|novel\s+)?(?:[\w-]+\s+){0,3}?(?:vaccines?|drugs?|medications?|"
    r"medicines?|molecules?|therap(?:y|ies)|inhalers?|biologics?|biosimilars?|formulations?|glp-1)\b",
    _F,
)

# A company's paid engagement: an advisory board, a consultancy, a speakers' bureau, a market-research panel.
_ENGAGEMENT = re.compile(
    r"\b(?:advisory (?:board|panel|meeting|council)s?|consult(?:ing|ancy|ant) (?:engagement|role|meeting|"
    r"session|panel)s?|speakers?'? (?:bureau|program(?:me)?)s?|market[- ]research (?:panel|study|survey|"
    r"interview|session)s?|focus groups?|expert (?:panel|input) (?:meeting|session)s?)\b",
    _F,
)
_SELLER = re.compile(rf"\b(?:{SALES_TITLE})\b", _F)
# ...for pay: an honorarium, a fee, an amount.
_PAID = re.compile(r"\b(?:honorari(?:um|a)|fee|compensat\w+|paid|stipend)\b|[$£€]\s?\d", _F)
# Who is no industry, whatever board it convenes: a hospital, a college, a university, a ministry, a foundation.
_PUBLIC_BODY = re.compile(
    r"\b(?:hospital|health (?:centre|center|network|authority)|college of|university|ministry|department of|"
    r"foundation|association|society|academy|public health)\b",
    _F,
)


def industry_sponsor(message: Message) -> str:
    """The words that show the message's sender (or the sponsor it names) is a drug, vaccine or biotech company
    ('"Helixa Therapeutics"', '"Medical Science Liaison"', '"our new RSV vaccine"'), or ""."""
    return once(message, "industry_sponsor", lambda: _industry_sponsor(message))


def _industry_sponsor(message: Message) -> str:
    text = " ".join(f"{message.sender}\n{message.subject}\n{message.own_text}\n{message.signature}".split())
    for pattern in (_PHARMA_NAME, _PHARMA_TITLE, _PHARMA_PRODUCT):
        if found := pattern.search(text):
            return f'"{found.group(0)}"'
    return ""


def industry_engagement(message: Message) -> str:
    """The words that show a company's paid engagement about its own product: an advisory board, a
    consultancy, a speakers' bureau or a research panel, paid or about "our" product, asked by a drug or device
    company ('"advisory board"; "Helixa Therapeutics"'), or "". A hospital's or a college's committee is none.
    Read once a message: the reading, the policy and the draft each ask."""
    return once(message, "industry_engagement", lambda: _industry_engagement(message))


def _industry_engagement(message: Message) -> str:
    said = " ".join(
        f"{message.own_text}\n{message.subject}".split()
    )  # its own words first, then the subject's
    engagement = _ENGAGEMENT.search(said)
    if engagement is None or member_body(message):
        return ""
    # a drug company, or any company whose seller asks ("Account Executive", "Head of Sales")
    seller = _SELLER.search(f"{said}\n{message.signature}")
    sponsor = industry_sponsor(message) or (f'"{seller.group(0)}"' if seller else "")
    if not sponsor:
        return ""
    # the sponsor is the company asking, not a hospital or a college that names a drug company in passing
    if _PUBLIC_BODY.search(f"{message.sender}\n{message.signature}") and not _PHARMA_NAME.search(
        message.sender
    ):
        return ""
    if not (_PAID.search(said) or _PHARMA_PRODUCT.search(said)):
        return ""
    return f'"{engagement.group(0)}"; {sponsor}'
