"""A request to donate something to a fundraiser: a gift card, a voucher, a prize or a meal for an auction, a
raffle or a gala. Not an invitation to meet: it asks for a gift, and is answered as one.

A never-rule that caps such gifts ("donating gift cards to auctions more than once a month") is read as a cap
kindly can check from its own store: the donation requests it said yes to in the same calendar month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from kindly.decide.words import SENTENCE
from kindly.profile import Profile

# what is given: the thing itself, never money ("a $50 gift card" is a thing; "donate $500" is a sponsorship)
_THING = (
    r"gift[ -]?cards?|gift[ -]?certificates?|gift vouchers?|vouchers?|prizes?|(?:a |an )?(?:dinner|lunch|brunch|meal)s?"
    r" for (?:two|2|four|4)|tasting menus?|auction items?|raffle items?|items? for (?:the|our|a)|baskets?"
    r"|experiences?|certificates?"
)
_GIVE = r"donat\w*|contribut\w*|give|offer|provide|put (?:up|forward)|sponsor|gift"
# what it is for: a fundraiser that sells or draws the gift
_FOR = (
    r"(?:silent |live |online |charity )?auctions?|raffles?|tombola|lottery|prize draws?|fundrais\w*|galas?"
)
_GIVES = re.compile(rf"\b(?:{_GIVE})\b[^.?!\n]{{0,60}}?\b(?:{_THING})\b", re.IGNORECASE)
_OF_YOU = re.compile(r"\b(?:would|could|can|will)\s+you\b|\bare you (?:willing|able)\b", re.IGNORECASE)
_DONATE = re.compile(r"\b(?:donat|contribut)\w*", re.IGNORECASE)
_FUNDRAISER = re.compile(rf"\b(?:{_FOR})\b", re.IGNORECASE)


def donation_asked(text: str) -> str:
    """The sentence that asks for a donated gift card, voucher, prize or meal for an auction, a raffle or a
    fundraiser ("Would La Sauge consider donating a gift card to the silent auction?"), or ""."""
    if not _FUNDRAISER.search(text):
        return ""
    for found in SENTENCE.finditer(text[:5_000]):
        sentence = found.group(0).strip()
        # asked of the reader ("Would La Sauge consider donating...?"), not what the gala gives its guests
        # ...and for the fundraiser: "donate" says so itself; "offer gift cards" must name it there too
        for_it = _DONATE.search(sentence) or _FUNDRAISER.search(sentence)
        if _GIVES.search(sentence) and for_it and ("?" in sentence or _OF_YOU.search(sentence)):
            return sentence
    return ""


_TIMES = {"once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "four": 4}
_CAP = re.compile(
    r"\bmore than\s+(once|twice|(?:one|two|three|four|\d+)(?:\s+times?)?)\s+(?:a|an|per|each|every)\s+(month|year)\b",
    re.IGNORECASE,
)
_GIVING = re.compile(rf"\b(?:donat\w*|{_THING}|{_FOR})\b", re.IGNORECASE)


@dataclass(frozen=True)
class DonationCap:
    """A never-rule capping donations: "donating gift cards to auctions more than once a month"."""

    rule: str
    most: int  # how many a period allows
    period: str  # month | year


def donation_cap(rule: str) -> DonationCap | None:
    """The cap a never-rule puts on donations, where it names giving and a number a period ("more than once a
    month", "more than 3 times a year"); None for any other rule."""
    found = _CAP.search(rule)
    if found is None or not _GIVING.search(rule[: found.start()]):
        return None
    said = found.group(1).lower().split()[0]
    most = int(said) if said.isdigit() else _TIMES[said]
    return DonationCap(rule, most, found.group(2).lower()) if most > 0 else None


def donation_rule(profile: Profile) -> DonationCap | None:
    """The profile's cap on donations, if it has one."""
    for rule in profile.never:
        if cap := donation_cap(rule.what):
            return cap
    return None


# reason code of a donation request answered as one (a yes it promises counts against the cap)
DONATION = "donation"


def cap_period(cap: DonationCap, moment: datetime) -> tuple[datetime, datetime]:
    """The calendar month (or year) of `moment`, in its own offset, as UTC bounds."""
    start = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if cap.period == "year":
        start = start.replace(month=1)
        end = start.replace(year=start.year + 1)
    else:
        end = (
            start.replace(year=start.year + 1, month=1)
            if start.month == 12
            else start.replace(month=start.month + 1)
        )
    return start.astimezone(UTC), end.astimezone(UTC)


_WHOLE_THING = re.compile(rf"\b(?:{_THING})\b", re.IGNORECASE)
_PLURAL = re.compile(r"(card|certificate|voucher|prize|item|basket|experience|menu)s\b", re.IGNORECASE)


@dataclass(frozen=True)
class DonationAsked:
    """What a donation request asks, as a reply names it: "a gift card", "the silent auction"."""

    thing: str
    fundraiser: str


def what_is_asked(sentence: str, text: str) -> DonationAsked:
    """The gift and the fundraiser a donation request names ("a gift card" for "the silent auction")."""
    found = _WHOLE_THING.search(sentence)
    thing = _PLURAL.sub(r"\1", found.group(0).lower()) if found else "something"
    thing = re.sub(r"\bitems? for (?:the|our|a)$", "item", thing).strip()
    if found and not re.match(r"an? ", thing):
        thing = f"{'an' if thing[:1] in 'aeiou' else 'a'} {thing}"
    named = _FUNDRAISER.search(sentence) or _FUNDRAISER.search(text)
    fundraiser = named.group(0).lower() if named else "fundraiser"
    if fundraiser.startswith("fundrais"):
        fundraiser = "fundraiser"
    fundraiser = re.sub(r"(auction|raffle|gala|draw)s$", r"\1", fundraiser)
    return DonationAsked(thing, f"the {fundraiser}")


def cap_reached_reason(cap: DonationCap) -> str:
    """Why a donation over the cap is declined, in the user's voice."""
    if cap.most == 1:
        return (
            f"I give to one fundraiser a {cap.period}, and this {cap.period}'s donation is already promised, "
            "so I'll have to pass this time."
        )
    return (
        f"I give to {cap.most} fundraisers a {cap.period}, and this {cap.period}'s donations are already "
        "promised, so I'll have to pass this time."
    )
