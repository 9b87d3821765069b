"""A paid booking offered to the user: a slot of their own work at an event, with the money it pays them.

"Our Thursday pianist cancelled for Dec 10, 7-10pm, $300 + tips. Want it?" reads to the model like an invitation
to an event; to a performer, a caterer or a photographer whose goal is to find paying clients, it is a client
offering paid work. What says so is money offered for the slot: "$300 + tips", "it pays $250", "$900 for the
evening", "the guarantee is $400". The price of a place at the event is the audience's ("tickets are $15 for the
night", "$10 cover") and a fee to take the stage is the user's to pay (decide.fees.charges_to_appear): neither is
a booking.

Pure: reads the text only.
"""

from __future__ import annotations

import re

from kindly.amounts import MONEY
from kindly.decide.costs import cost_to_attend
from kindly.decide.fees import charges_to_appear
from kindly.decide.words import sentence_around

# The pay, in any currency: "$300", "$1.5k", "SGD 400", "400 euros".
_AMOUNT = rf"(?:{MONEY})(?:k\b)?"
_STARTS_WITH_AN_AMOUNT = re.compile(_AMOUNT, re.IGNORECASE)
# What a slot of work is called: "the night", "the set", "the gig", "a two-hour set".
_SLOT = (
    r"(?:night|evening|afternoon|morning|day|set|sets|gig|slot|date|show|session|shift|wedding|party|event|"
    r"reception|ceremony|service|job|booking|performance)"
)
_FEE_FOR_A_SLOT = re.compile(
    # "$300 + tips", "$250 plus dinner and drinks", "$400 and a meal"
    rf"{_AMOUNT}\s*(?:\+|plus\b|and\b)\s*(?:\w+\s+)?(?:tips|dinner|drinks|a meal|meals|food|a share of the door|"
    r"(?:the\s+)?door|travel|mileage|parking)\b|"
    # "it pays $250", "the gig pays $300", "pays $150 a set"
    rf"\b(?:it|this|that|the\s+(?:gig|slot|set|date|show|job|booking|night|shift))\s+pays\s+(?:you\s+)?{_AMOUNT}|"
    # "$900 for the evening", "$300 for a two-hour set", "$200 a set", "$400 flat", "$250 guarantee"
    rf"{_AMOUNT}\s+(?:(?:for|per)\s+(?:the|a|an|each|one|your)\s+(?:[\w-]+\s+){{0,2}}?{_SLOT}\b|a\s+{_SLOT}\b|"
    r"flat\b|guarantee(?:d)?\b)|"
    # "the guarantee is $400", "pay is $300", "fee of $500", "our budget for music is $900"
    rf"\b(?:guarantee|pay|fee|budget\s+for\s+(?:music|entertainment|the\s+(?:band|music|entertainment)))\s+"
    rf"(?:is|of|will\s+be)\s+{_AMOUNT}",
    re.IGNORECASE,
)
# A budget said alone ("Budget is $900."): the booking's pay where the ask is already an event or a client's, not
# in a meeting about some project of the sender's.
_A_BUDGET = re.compile(rf"\bbudget\s+(?:is|of|will\s+be)\s+{_AMOUNT}", re.IGNORECASE)
# The user's work asked for a slot ("they want a solo jazz pianist for the reception", "we need a photographer for
# our wedding"): a budget said beside it is the booking's pay, even where a call about it is asked first.
_HIRED_FOR_A_SLOT = re.compile(
    r"\b(?:wants?|needs?|looking\s+for|book(?:ing)?|hir(?:e|ing))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:for|at)\s+(?:the|a|an|our|their|my|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_SLOT}\b",
    re.IGNORECASE,
)
# What makes the money the audience's price or a seller's, in the sentence it is said in.
_NOT_PAID_TO_YOU = re.compile(
    r"\b(?:tickets?|admission|entry|cover(?:\s+charge)?|per\s+(?:person|head|guest|seat|couple)|registration|"
    r"early[- ]bird|sponsor\w*|booth|stall|exhibitor|advertis\w*|package|subscription|membership|our\s+rates?|"
    r"our\s+(?:fee|price)s?|we\s+charge|you(?:'d|\s+would|\s+will|'ll)?\s+(?:pay|cover|buy|purchase))\b",
    re.IGNORECASE,
)


# ...or a price said of the thing itself, the amount after "is", "costs" or "at": "Dinner is $45 plus drinks", "It's
# $30 for the evening", "Spots are $150 for the day" (the pay is said by what it is: "$300 + tips", "it pays").
_PRICE_SAID = re.compile(
    r"(?:\b(?:is|are|was|were|costs?|priced|at|only|just)|'s)\s*$",
    re.IGNORECASE,
)


def booking_paid(text: str, budget: bool = True) -> str:
    """The words that offer the user money for a slot of their work ("$300 + tips", "it pays $250"; with `budget`,
    "Budget is $900" too), or ""; none where the message makes the user pay to appear."""
    joined = " ".join(text[:20_000].split())
    said = [*_FEE_FOR_A_SLOT.finditer(joined), *(_A_BUDGET.finditer(joined) if budget else ())]
    for found in sorted(said, key=lambda found: found.start()):
        sentence = sentence_around(joined, found.start(), found.end())
        if _NOT_PAID_TO_YOU.search(sentence) or cost_to_attend(sentence) is not None:
            continue
        if _STARTS_WITH_AN_AMOUNT.match(found.group(0)) and _PRICE_SAID.search(
            joined, max(0, found.start() - 12), found.start()
        ):
            continue
        return found.group(0) if charges_to_appear(joined) is None else ""
    return ""


def hired_for_a_slot(text: str) -> str:
    """The words that ask for someone for a slot of an event ("want a solo jazz pianist for the reception"), or ""."""
    found = _HIRED_FOR_A_SLOT.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
