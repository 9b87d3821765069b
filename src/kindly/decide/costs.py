"""What an event or a group asks the user to pay to be there: "exhibitor tables are $450", "tickets are £25
per person", "membership is $200 a year". A yes to it spends money, so the decision names the cost and the draft
asks how to book rather than saying it is booked. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.amounts import AN_AMOUNT

_F = re.IGNORECASE

# what the money buys: a place at the event or in the group
_A_PLACE = re.compile(
    r"\b(tables?|booths?|stands?|stalls?|tickets?|seats?|pass(?:es)?|places?|spots?|memberships?|dues|"
    r"registration|admission|entry|early[- ]bird|per (?:person|head|attendee|guest|couple)|"
    r"(?:to|can) (?:attend|join|register|exhibit|take part|book)|costs?|fees?|priced)\b",
    _F,
)
# the money is not the user's to pay: waived or covered, a prize, a company's funding, or paid to the user
_NOT_PAID_BY_YOU = re.compile(
    r"\b(waived|covered|we(?:'ll| will)? cover|on us|complimentary|free (?:for|to) (?:you|speakers|members|guests)|"
    r"prizes?|raised|funding|revenue|valuation|worth|grants?|honorari\w*|stipend|we(?:'ll| will)? pay|"
    r"you(?:'ll| will)? (?:earn|receive|win)|sponsored by|refund\w*|discount(?:ed)? (?:from|off))\b",
    _F,
)
# "$25M ARR", "$2.5 million raised": a company's money, not a price
_LARGE = re.compile(r"[\d.,]*\s?(?:k|m|mm|b|bn|million|billion|thousand)\b", _F)
# not words.SENTENCE_END: a semicolon ends one too, so a price is quoted with its own clause ("Dinner is $85;")
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n\s*\n")
# what may be bought there but is not a place at it: "Entry is free; parking is $5", "a cash bar"
_EXTRAS = re.compile(r"\b(?:parking|cash bar|merch\w*|coat check|raffle|donations?|optional)\b", _F)
# what the user would book, named as it is asked for; a group's dues or membership is joined, not booked
_THINGS = {"table", "booth", "stand", "stall", "ticket", "seat", "pass", "place", "spot"}
_JOINING = re.compile(
    r"\b(memberships?|dues|subscription|a year|per year|annual(?:ly)?|/\s?(?:yr|year))\b", _F
)


@dataclass(frozen=True, slots=True)
class Cost:
    amount: str  # "$450"
    words: str  # the sentence that names it, as written: "exhibitor tables are $450 and include two passes"
    thing: str  # what it buys, where named: "table", "ticket"; "" otherwise
    joining: bool  # a membership or dues: joined, not booked


def cost_to_attend(text: str) -> Cost | None:
    """The first price the message asks the reader to pay for a place, or None."""
    for sentence in _SENTENCES.split(text):
        sentence = " ".join(sentence.split())
        if not _A_PLACE.search(sentence) or _NOT_PAID_BY_YOU.search(sentence) or _EXTRAS.search(sentence):
            continue
        for found in AN_AMOUNT.finditer(sentence):
            start, end = found.start(), found.end()
            while start and (sentence[start - 1].isdigit() or sentence[start - 1] == ","):
                start -= 1  # "15 euros": the match began at its last digit
            while end < len(sentence) and (sentence[end].isdigit() or sentence[end] in ",."):
                end += 1  # "USD 300", "$1,250.00"
            written = sentence[start:end].rstrip(".,")
            if _LARGE.match(sentence, start + len(written)):
                continue
            things = (_singular(word) for word in re.findall(r"[a-z]+", sentence, _F))
            thing = next((word for word in things if word in _THINGS), "")
            return Cost(written, sentence[:160], thing, bool(_JOINING.search(sentence)))
    return None


def _singular(word: str) -> str:
    word = word.lower()
    for ending in ("es", "s"):
        if word.endswith(ending) and word[: -len(ending)] in _THINGS:
            return word[: -len(ending)]
    return word


# a place to take part from, as a vendor or an exhibitor, not a seat to attend: "the booth fee is $650"
_STALLS = frozenset({"booth", "stand", "stall"})
_VENDOR = re.compile(r"\b(?:vendors?|exhibit\w*|traders?|merchants?|stallholders?)\b", _F)


def stall_for_sale(text: str, cost: Cost | None) -> Cost | None:
    """The price of a booth, a stand or a stall (or a vendor's table or spot) the message sells the reader to
    take part in an event as a vendor or an exhibitor ("The booth fee is $650 (plus tax)"), or None; a ticket, a
    seat or a pass to attend is no stall. `cost`: the message's cost_to_attend(text), as read already."""
    if cost is None or cost.joining:
        return None
    if cost.thing in _STALLS or (cost.thing in ("table", "spot", "place") and _VENDOR.search(text)):
        return cost
    return None


# The user's own way there, left to them: "we ask authors to cover their own travel and accommodation", "travel
# is at your own expense", "we're unable to cover travel or hotels"
_EXPENSE = r"(?:travel|accommodation|hotels?|lodging|transport|train fares?|flights?|expenses|costs)"
_OWN_EXPENSES = re.compile(
    r"\b(?:cover|pay(?: for)?|fund|meet|book and pay for|arrange and pay for)\s+(?:their|your|his|her)\s+own\s+"
    rf"{_EXPENSE}(?:\s+(?:and|or|&)\s+{_EXPENSE})?"
    rf"|\b{_EXPENSE}(?:\s+(?:and|or|&)\s+{_EXPENSE})?\s+(?:is|are|would be|will be)\s+(?:not\s+(?:covered|paid|"
    r"included|reimbursed)|at\s+(?:your|their|the speaker's|the author's)\s+own\s+(?:cost|expense))"
    r"|\b(?:can(?:no|')t|cannot|are(?:n't| not) able to|are unable to|unable to|do(?:n't| not))\s+"
    rf"(?:cover|pay(?: for)?|fund|reimburse|offer|provide)\s+(?:any\s+)?{_EXPENSE}(?:\s+(?:and|or|&)\s+{_EXPENSE})?",
    _F,
)
_NAMED_EXPENSE = re.compile(rf"\b{_EXPENSE}", _F)


@dataclass(frozen=True, slots=True)
class OwnExpenses:
    what: str  # "travel and accommodation"
    words: str  # the sentence that says so, as written


def own_expenses(text: str) -> OwnExpenses | None:
    """Where the message leaves the user to pay their own way there ("we ask authors to cover their own travel
    and accommodation"), what they would pay for and the sentence that says so; None where it is covered or not
    said ("We cover speakers' registration and reasonable travel expenses")."""
    for sentence in _SENTENCES.split(text):
        sentence = " ".join(sentence.split())
        found = _OWN_EXPENSES.search(sentence)
        if found is None:
            continue
        named = [w.lower() for w in _NAMED_EXPENSE.findall(found.group(0))]
        named = [w for w in named if w not in ("expenses", "costs")] or ["expenses"]
        what = " and ".join(dict.fromkeys("accommodation" if w.startswith("hotel") else w for w in named))
        # the clause that says it: "we ask authors to cover their own travel and accommodation"
        start = sentence.rfind(", ", 0, found.start())
        end = sentence.find(", ", found.end())
        clause = sentence[start + 2 if start >= 0 else 0 : end if end >= 0 else len(sentence)]
        clause = re.sub(r"^(?:and|but|so|though)\s+", "", clause, flags=_F).rstrip(".!;")
        return OwnExpenses(what, clause[:160])
    return None
