"""A client who asks for the user's work at a price of their own below the user's: "Would Cedar Hollow consider a
discounted spay/neuter day for us ... and pay a reduced rate per animal?". Worth hearing - the terms (how many, how
often, at what rate) are the user's to weigh before any yes - so triage asks for them rather than accepting.
A question about the user's own prices ("Do you offer discounts for seniors?") is answered as any price is."""

from __future__ import annotations

import re
from collections.abc import Iterable

_F = re.IGNORECASE
DISCOUNT_ASKED = "discount_asked"  # the reason code of such a request

# The work at a lower price than the user's own: "a discounted spay/neuter day", "a reduced rate per animal",
# "low-cost clinics", "at a lower fee".
_CUT_PRICE = (
    r"(?:discounted|reduced[- ](?:rate|fee|price|cost)s?|low[- ]cost|lower (?:rate|fee|price)s?|cut[- ]price|"
    r"sliding[- ]scale)"
)
# ...asked of the user: "would you consider", "could Cedar Hollow do", "we'd pay a reduced rate" (not "do you offer",
# a question about the user's own prices).
_ASKED = re.compile(
    rf"(?:^|(?<=[.?!\n]))[^.?!\n]*\b(?:would|could|can|will) (?:you|[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){{0,3}}) "
    rf"[^.?!\n]*?\b{_CUT_PRICE}\b[^.?!\n]*|"
    rf"\b(?:we|i)(?:['’]d| would| can| could)? (?:pay|offer to pay) (?:a |an )?{_CUT_PRICE}\b[^.?!\n]*",
    _F,
)


# What a user's own saved answer is about where it already says their cut prices: "sliding scale", "discounts".
_OWN_CUT_PRICES = re.compile(
    r"\b(?:discount\w*|sliding[- ]scale|reduced|low[- ]cost|concessions?|pro bono)\b", _F
)


def discount_asked(text: str, answered: Iterable[str] = ()) -> str:
    """The words asking for the user's work at a cut price ("consider a discounted spay/neuter day for us"), or "";
    "" too where one of the user's saved answers is `answered` about their own cut prices ("sliding scale")."""
    if any(_OWN_CUT_PRICES.search(about) for about in answered):
        return ""  # "I keep a few sliding-scale spots": the user's own answer says it, with the yes
    found = _ASKED.search(" ".join(text[:5_000].split()))
    return found.group(0).strip() if found else ""
