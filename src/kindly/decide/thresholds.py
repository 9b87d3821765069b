"""A never-rule's limit on a number: "rates below 0.10 EUR per word", "unpaid test translations over 300 words",
"projects under 500 EUR". Such a limit holds where a message names a quantity of the same kind past it ("Our
budget is 0.06 EUR per word", "a test of approximately 2,000 words"), never where it is written digit by digit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kindly.amounts import A_COUNTRYS_DOLLAR, CODES, DOLLAR_OF, NAMES, SIGN

_F = re.IGNORECASE

_BELOW = r"below|under|less than|fewer than|lower than|cheaper than|beneath"
_ABOVE = r"over|above|more than|longer than|greater than|exceeding|beyond"
# (and an audience: "podcasts with under 1,000 listeners" is passed by "about 300 listeners per episode")
_UNIT = (
    r"words?|pages?|lines?|hours?|minutes?|characters?|slides?|listeners?|downloads?|plays|streams|subscribers?|"
    r"followers?|viewers?|views|readers?|attendees?"
)
# what a price may be for each of, a day's work too ("EUR 300/day"): never a count of days
_PER_UNIT = rf"{_UNIT}|days?"
_NUMBER = r"\d+(?:[.,]\d+)*"
# money, before or after its amount, in any currency kindly.amounts knows: "EUR 500", "SGD 500", "€0.08", "0.10 EUR",
# "6 cents", "50p" (its currency and number captured apart, for the limit's value, and cents and pence too: not
# amounts.MONEY); a country's dollar by its own sign ("CA$100", "US$100")
_BEFORE = rf"{A_COUNTRYS_DOLLAR}|{SIGN}|\b(?:{CODES})\b"
_AFTER = rf"{SIGN}|(?:{CODES})\b|{NAMES}|cents?|p\b"

_LIMIT = re.compile(
    rf"\b(?P<cmp>{_BELOW}|{_ABOVE})\s+(?:(?P<c1>{_BEFORE})\s?)?(?P<num>{_NUMBER})\s*(?:(?P<c2>{_AFTER})\s*)?"
    rf"(?:(?:per|a|an|each|/)\s*(?P<per>{_PER_UNIT})\b|(?P<unit>{_UNIT})\b)?",
    _F,
)
# a price for each of something: "0.06 EUR per word", "€0.08/word", "6 cents a word"
_RATE = re.compile(
    rf"(?:(?P<c1>{_BEFORE})\s?)?(?P<num>{_NUMBER})\s*(?:(?P<c2>{_AFTER})\s*)?(?:per|a|an|each|/)\s*"
    rf"(?:source\s+|target\s+)?(?P<per>{_PER_UNIT})\b",
    _F,
)
# so many of something: "approximately 2,000 words", "a 2,000-word test"
# (an audience's with a word of how it is counted between: "2,000 monthly downloads", "800 active subscribers")
_COUNT = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUMBER})(?P<k>k)?\s*-?\s*"
    r"(?:(?:monthly|weekly|daily|active|unique|regular|loyal|paying|paid|total|email|newsletter)\s+)?"
    rf"(?P<unit>{_UNIT})\b",
    _F,
)
# a length of time: "45 minutes", "a 20-minute call", "an hour", "half an hour", "a couple of hours", "1.5 hours"
_DURATION = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?|half an?|an?|one|two|three|(?:a )?couple of)\s*-?\s*"
    r"(?P<unit>minutes?|hours?)\b",
    _F,
)
_MINUTES = {"minute": 1, "hour": 60}
_SPOKEN = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half a": 0.5, "half an": 0.5}
# an amount of money: "EUR 450", "€450", "450 euros", "$450 CAD" (the code after a "$" says which dollar)
_AMOUNT = re.compile(
    rf"(?:(?P<c1>{_BEFORE})\s?(?P<num1>{_NUMBER})(?:\s?(?P<c3>{CODES})\b)?|(?P<num2>{_NUMBER})\s*(?P<c2>{_AFTER}))"
    rf"(?!\s*(?:per|a|an|each|/)\s*"
    rf"(?:{_PER_UNIT})\b)",
    _F,
)
# words a price stands for: in "rates below 0.10 EUR per word" the amount per word is the rate
RATE_WORDS = frozenset(
    {"rate", "rates", "price", "prices", "pricing", "fee", "fees", "pay", "budget", "budgets"}
)

# a sign or a name as the code it stands for (a dollar is taken as the US one, as a rule's "$" is); "¥" is yen or
# yuan, so only compared with another "¥"
_CURRENCIES = {
    "$": "usd",
    "dollar": "usd",
    "£": "gbp",
    "pound": "gbp",
    "€": "eur",
    "euro": "eur",
    "₹": "inr",
    "rmb": "cny",
}


@dataclass(frozen=True, slots=True)
class Threshold:
    """A limit a never-rule names: what it rules out lies below (or above) `value`."""

    words: str  # as the rule says it: "below 0.10 EUR per word"
    below: bool
    value: float
    currency: str  # "eur", "cents", "" where the rule names no money
    per: str  # "word" of a rate ("per word"), else ""
    unit: str  # "word" of a count ("300 words"), else ""

    @property
    def money(self) -> bool:
        return bool(self.currency)


def limit_in(segment: str) -> tuple[Threshold, int, int] | None:
    """The limit a rule's alternative names, with where it stands in it; None where it names none (a number
    alone, "over 3", is no limit kindly can weigh)."""
    for found in _LIMIT.finditer(segment):
        currency = _written_in(found.group("c1"), found.group("c2"))
        per = _singular(found.group("per") or "")
        unit = _singular(found.group("unit") or "")
        if not (currency or per or unit):
            continue
        below = re.fullmatch(_BELOW, found.group("cmp"), _F) is not None
        limit = Threshold(found.group(0).strip(), below, _number(found.group("num")), currency, per, unit)
        return limit, found.start(), found.end()
    return None


def past_limit(limit: Threshold, text: str) -> str | None:
    """The words of a message that name a quantity past the limit, of the limit's own kind; None where none
    does (a rate above the floor, a test within the length, another currency)."""
    for words, written, currency in _quantities(limit, text):
        value = _in_rule_currency(written, currency, limit.currency)
        if value is None:
            continue
        if (value < limit.value) if limit.below else (value > limit.value):
            return words.strip()
    return None


def quantity_stated(limit: Threshold, text: str) -> bool:
    """Whether a message names any quantity of the limit's kind at all ("about 300 listeners per episode"), past
    the limit or not: where it names none, the rule can be neither held nor set aside on it."""
    return next(iter(_quantities(limit, text)), None) is not None


def in_another_currency(limit: Threshold, text: str) -> str | None:
    """The words of a message that name a sum of the limit's kind in another currency than the limit's ("$800"
    against "gifts above SGD 500"), which kindly does not weigh against it: it converts no money; None where
    none does."""
    return next(
        (
            words.strip()
            for words, written, currency in _quantities(limit, text)
            if _in_rule_currency(written, currency, limit.currency) is None
        ),
        None,
    )


def _quantities(limit: Threshold, text: str) -> Iterator[tuple[str, float, str]]:
    """The quantities of the limit's kind a message names: their words, number and currency ("" for none)."""
    if limit.per:
        candidates = (
            (m.group(0), _number(m.group("num")), _written_in(m.group("c1"), m.group("c2")))
            for m in _RATE.finditer(text)
            if _singular(m.group("per")) == limit.per
        )
    elif limit.unit in _MINUTES:
        # a length of time in either unit, in digits or words: "a 45-minute call", "an hour or so", "1.5 hours"
        candidates = (
            (
                m.group(0),
                _spoken(m.group("num")) * _MINUTES[_singular(m.group("unit"))] / _MINUTES[limit.unit],
                "",
            )
            for m in _DURATION.finditer(text)
        )
    elif limit.unit:
        candidates = (
            (m.group(0), _number(m.group("num")) * (1000 if m.group("k") else 1), limit.currency)
            for m in _COUNT.finditer(text)
            if _counts_alike(limit.unit, _singular(m.group("unit")))
        )
    else:
        candidates = (
            (
                m.group(0),
                _number(m.group("num1") or m.group("num2")),
                _written_in(m.group("c1"), m.group("c2") or m.group("c3")),
            )
            for m in _AMOUNT.finditer(text)
        )
    return candidates


def _in_rule_currency(value: float, currency: str, rule: str) -> float | None:
    """The amount in the rule's currency; None where the two differ (kindly converts no money)."""
    if currency == "cents" and rule != "cents":
        return value / 100  # "6 cents a word" against "0.10 EUR per word"
    if currency and rule and currency != rule and rule != "cents":
        return None
    return value


def _written_in(before: str | None, after: str | None) -> str:
    """The currency of a sum by what is written before and after its number: the code after a bare "$" says
    which dollar ("$100 CAD"), else whichever is written ("" for none)."""
    first, second = _currency(before or ""), _currency(after or "")
    if before == "$" and second not in ("", "cents"):
        return second
    return first or second


def _currency(words: str) -> str:
    if words.endswith("$") and len(words) > 1:
        return DOLLAR_OF[words[:-1].lower()]  # "CA$": the Canadian dollar
    word = words.lower().rstrip("s") if len(words) > 1 else words
    if word in ("cent", "p"):
        return "cents"
    return _CURRENCIES.get(word, word)


def _singular(unit: str) -> str:
    """A unit as one of it, a podcast's audience by any of its counts ("downloads", "plays": listeners)."""
    one = unit.lower().removesuffix("s")
    return "listener" if one in _LISTENING else one


_LISTENING = frozenset({"listener", "download", "play", "stream"})
# the other counts an audience a rule names is given by: a podcast's by its subscribers ("we have 3,500
# subscribers" is its audience against "no podcasts with under 1,000 listeners"), a newsletter's, a channel's too
_ALSO_COUNTED_BY = {
    "listener": frozenset({"subscriber"}),
    "reader": frozenset({"subscriber"}),
    "viewer": frozenset({"subscriber", "follower"}),
}


def _counts_alike(rules: str, messages: str) -> bool:
    """Whether a message's count ("subscriber") is of the rule's kind ("listener")."""
    return messages == rules or messages in _ALSO_COUNTED_BY.get(rules, frozenset())


def _spoken(written: str) -> float:
    """A number of a length as written: "45", "1.5", "an", "half an", "a couple of"."""
    said = " ".join(written.lower().split())
    if said in _SPOKEN:
        return _SPOKEN[said]
    if said.endswith("couple of"):
        return 2.0
    return _number(written)


def _number(written: str) -> float:
    """A number as written: "2,000" and "2.000" with thousands, "0.10" and "0,10" with decimals."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", written) and not written.startswith("0"):
        return float(re.sub(r"[.,]", "", written))
    return float(written.replace(",", "."))
