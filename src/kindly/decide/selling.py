"""Whether a message offers something for sale: a price, a plan, a demo, what "our" business sells, a trade
kindly knows. A message the model reads as a pitch that sells nothing may be something else."""

from __future__ import annotations

import re

from kindly.amounts import AN_AMOUNT, MONEY
from kindly.decide.categories import detect_categories
from kindly.gated import gated

# What a seller says: a price in any currency ("$49", "SGD 49 a month", "49 euros"), a plan, a demo, what "our"
# business sells.
_SELLING = gated(
    re.compile(
        rf"(?:{AN_AMOUNT.pattern})|"
        r"\b(?:prices?|pricing|rates?|per (?:month|year|post|seat|user)|discount\w*|demo\w*|free trial|"
        r"subscription|packages?|quot(?:e|ation)|our (?:services?|products?|platform|tool|software|agency|firm|"
        r"solutions?|team can|app)|we (?:help|offer|provide|specialise|specialize)|we(?:'ve| have) (?:built|launched|"
        r"created|developed)|walk you through|show you (?:how|what|around)|(?:save|saves|saving) (?:you|your)|"
        r"roi|customers|clients like you)\b",
        re.IGNORECASE,
    )
)
# "No fee", "there's no cost": a price denied sells nothing.
SAYS_FREE = re.compile(
    r"\b(?:no charge|free of charge|for free|at no cost|no cost|(?:it|this) (?:won't|will not|doesn't|does not) "
    r"cost|not selling (?:anything|a thing)|nothing to (?:buy|sell)|pro bono|zero cost)\b",
    re.IGNORECASE,
)
_DENIED_PRICE = re.compile(
    r"\b(?:no|free of|without|zero)\s+(?:\w+\s+)?(?:fee|cost|charge|price)s?\b", re.IGNORECASE
)


def offers_for_sale(text: str) -> bool:
    """A price (not one denied: "no fee"), a plan, a demo, "our services", or a trade kindly knows."""
    return bool(_SELLING.search(_DENIED_PRICE.sub(" ", text)) or detect_categories(text))


def names_a_sale(text: str) -> bool:
    """A price, a plan, a demo or "our services" - what is sold, not only a trade the sender is in ("I'm also a
    founder (demand-response software for utilities)")."""
    return bool(_SELLING.search(_DENIED_PRICE.sub(" ", text)))


# A one-person seller's line, what they do for whom: "I help nonprofit EDs build a major-gift pipeline", "I help
# founders raise their seed round", "I work with agencies to cut their cloud bill"; never a hand lent ("I help
# run the PTA", "I help out at the food bank", "I help my sister with her shop").
_SAYS_WHAT_THEY_SELL = re.compile(
    r"\bI (?:help|work with|coach|train|advise) (?!(?:run|organi[sz]e|out|with|coordinate|host|lead|manage|plan|"
    r"put|set|the|my|our|a|an|at|in|on|to)\b)(?:[\w'&/-]+ ){0,3}?[\w'&/-]+s (?:to )?(?:[a-z]+) "
    r"(?:their |a |an |the |more |better |new )?\w+",
    re.IGNORECASE,
)


def says_what_they_sell(text: str) -> str:
    """The words in which a sender who reads as selling says what they do for whom ("I help nonprofit EDs build a
    major-gift pipeline"), or "" where they do not."""
    found = _SAYS_WHAT_THEY_SELL.search(" ".join(text.split()))
    return found.group(0) if found else ""


# A seller's own priced offer: "Our launch packages (from £2,500) include ...", "our retainers start at $1,500",
# "our plans start at €49 a month", "from SGD 1,800", "from 49 euros" (not a client's figures: "the 2025 camera
# package at $41,200").
_PRICED_OFFER = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:packages?|retainers?|plans|services|pricing)\b[^.?!]{0,40}?"
    rf"\b(?:from|start(?:s|ing)?\s+(?:at|from)|at just|for just|for only|only)\s*{MONEY}",
    re.IGNORECASE,
)


def priced_offer(text: str) -> str:
    """The words of a seller's own priced offer ("Our launch packages (from £2,500"), or ""."""
    found = _PRICED_OFFER.search(" ".join(text.split()))
    return found.group(0) if found else ""
