"""Whether a message says a rule's own words (those no known idea reads): said as the rule means them, not denied
("no fee"), not said otherwise ("paid by us"), a price near the ask it pays for."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kindly.amounts import MONEY
from kindly.decide.fee_denied import fee_denied
from kindly.decide.fees import (
    DENIED,
)
from kindly.decide.kept_inside import own_thing_asked
from kindly.decide.rule_words import asked_as
from kindly.decide.rules.concepts import _F
from kindly.decide.rules.forms import _implied_in, _said_in
from kindly.decide.rules.readings import _Word
from kindly.decide.rules.shown import _concepts_shown
from kindly.decide.thresholds import past_limit
from kindly.decide.words import stem
from kindly.gated import gated
from kindly.model import Intent

# Good wishes that name a day or a time of day without proposing it.
PLEASANTRIES = gated(
    re.compile(
        r"\b(?:(?:have|enjoy)\s+(?:a|your|the)\s+(?:\w+\s+)?(?:weekend|evening|day|week|(?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)day)|"
        r"happy\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:good|great|nice|lovely)\s+weekend)\b",
        _F,
    )
)


# A rule's word that a message shows in other words: "paid influencer posts" are paid where a price is named.
_PRICED = re.compile(
    r"\b(?:fees?|rates?|honorari\w*|paid|pay)\b|\b(?:split|share)\w* the costs?\b|" + MONEY,
    _F,
)
# "paying for leads": a price, or paying in so many words, in the sentence that names what is paid for
_PAID_FOR = re.compile(_PRICED.pattern + r"|\bpa(?:y|id)\w*", _F)
# the sender says they pay for the reader's trip or stay: "We'll cover return flights", "all expenses paid"
_THEY_COVER_THE_TRIP = (
    r"at our (?:own )?expense|all[- ]expenses?[- ]paid|we(?:'ll| will)? (?:cover|pay for|take care of) "
    r"(?:your |the |all |return )?(?:flights?|travel|hotels?|accommodation|stays?|meals|expenses|trip)"
)
# "lunches paid for by product providers": a price, or the sender's treat - "Lunch and drinks are on us", "Drinks
# and canapes courtesy of Zenith", "my shout", "compliments of", "we'll cover dinner", the trip they pay for
_PAID_BY = re.compile(
    _PRICED.pattern + r"|\b(?:on us|on the house|courtesy of|compliments of|(?:my|our) (?:treat|shout)|"
    r"(?:we|i)(?:'ll| will)? (?:cover|pay for|shout|host) (?:your |the )?(?:lunch|dinner|drinks|breakfast|coffee)|"
    r"(?:sponsored|funded) by|" + _THEY_COVER_THE_TRIP + r")\b",
    _F,
)
# "paid" (a trip, hospitality): a price, or where the sender says they pay for it: "dinner on us", the trip
_PAID_BY_THEM = re.compile(_PRICED.pattern + r"|\b(?:on us|" + _THEY_COVER_THE_TRIP + r")\b", _F)
# Something of the user's handed to the sender: "send us", "give us", "pass along" (for "sharing").
_HANDED_OVER = re.compile(
    r"\b(?:send|give|provide|forward|pass along|pass on|hand over)\w* (?:us|me|them)\b", _F
)
_SAID_OTHERWISE = {
    "paid": _PAID_BY_THEM,
    "pay": _PRICED,  # "paying for 'investor showcase' slots" as "paid 'investor showcase' slots"
    "payment": _PRICED,
    # "services that charge fees": charging is shown as paying is, by a price or a fee named ("a monthly retainer
    # of EUR 2,400 plus a 3% success fee")
    "charge": _PRICED,
    "charg": _PRICED,
    # "reading manuscripts for a fee": a fee is shown by the price offered ("happy to pay $500 for you to read it")
    "fee": _PRICED,
    # "investor-matching services": a service is what a seller says they run or offer ("We run a curated
    # investor-matching programme"), in whatever word they sell it under
    "service": re.compile(
        r"\b(?:we|i) (?:run|offer|provide|operate|sell)\b|\bour (?:\w+[- ])?(?:programmes?|programs?|platform|"
        r"packages?|offerings?|agency|firm)\b",
        _F,
    ),
    stem("influencer"): re.compile(r"\b(?:creators?|influencers?)\b", _F),
    # a contest by the names it runs under: "pay-to-enter competitions" holds for "the Golden Vine Wine Awards"
    # asking an entry fee
    stem("competition"): re.compile(r"\b(?:competitions?|contests?|awards|championships?)\b", _F),
    # someone offers to buy or monetise the user's list, so the user would be selling it
    "sell": re.compile(
        r"\b(?:buy\w*|purchas\w*|moneti[sz]\w*|pay(?:ing)? (?:you )?for) (?:your|their)\b", _F
    ),
    "trial": re.compile(r"\btrials?\b|\btest (?:projects?|tasks?|assignments?)\b", _F),
    # "nothing that requires travel in December": a trip the sender plans for the user ("we'll fly you down",
    # "cover flights and hotel")
    "travel": re.compile(
        r"\b(?:travel\w*|trips?|flights?|airfare|fly(?:ing)? you|put you up|in[- ]person (?:\w+ )?in (?-i:[A-Z])\w+)\b",
        _F,
    ),
    # "no alcohol-centered events": drinking is what the evening is for ("a whiskey tasting", "an open bar")
    "alcohol": re.compile(
        r"\b(?:alcohol\w*|open bar|happy hours?|whiske?y|bourbon|scotch|tequila|mezcal|vodka|cocktails?|"
        r"craft beers?|beer tastings?|wine tastings?|wine pairings?|pub crawl|bar crawl|brews)\b",
        _F,
    ),
    # "sharing our member list": a list asked for by what it holds ("your members' phone numbers", "the
    # congregation's email addresses", "your directory"), handed over however it is asked ("send us", "give us")
    # (the people's own, never the sender's "send us your contact details")
    "list": re.compile(
        r"\b(?:members|congregation|parishioners|families|parents|donors|clients|customers|patients|subscribers)"
        r"(?:'s?|’s?)? (?:\w+ )?(?:e-?mail|phone|contact|mailing) ?(?:addresses|numbers|details|info(?:rmation)?)\b|"
        r"\b(?:member|church|congregation|parish|donor|client|customer) director(?:y|ies)\b",
        _F,
    ),
    stem("sharing"): _HANDED_OVER,
    "share": _HANDED_OVER,
    # "promising or trading coverage for ads": coverage is a story, a piece or a feature on or about something
    # ("a story on the opening"), traded where something is given for it ("if we commit to the ad", "in exchange
    # for"), promised where it is asked to be sure ("can you promise", "guarantee")
    "coverage": re.compile(
        r"\b(?:coverage|story|article|piece|feature|write-?up|profile|segment)\s+(?:on|about|of)\b", _F
    ),
    "trad": re.compile(
        r"\bin (?:exchange|return) for\b|\bquid pro quo\b|\bif (?:we|i) (?:commit|buy|book|take out|place|"
        r"purchase|sponsor|advertise)\w*\b",
        _F,
    ),
    "promis": re.compile(r"\b(?:promise|guarantee)\w*\b", _F),
    # "events ... for politicians": those elected or standing, as an audience ("elected members and candidates",
    # "MPs"); one title is a person addressed ("Dear Councillor", "Councillor Okonkwo-Baird"), not an audience
    "politician": re.compile(
        r"\b(?:politicians?|elected (?:members|officials|representatives)|councill?ors|council members|mps|"
        r"members of parliament|candidates|mayors|ministers|senators|legislators|assembly ?members|"
        r"congress(?:wo)?men)\b",
        _F,
    ),
}


def _words_shown(
    reading: tuple[_Word, ...],
    text: str,
    said: dict[str, str],
    intent: Intent,
    work: frozenset[str] = frozenset(),
    trade: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> list[str] | None:
    """Evidence that a message says every word of a rule read word for word (a word an idea takes in, where
    the message shows that idea); None as soon as one is missing. A word that names the user's own `trade`
    ("design" of "unpaid design competitions", to an architect) goes without saying where the rule has two
    other words and the message says them: a competition asked of an architect is a design competition."""
    evidence: list[str] = []
    implied: Mapping[str, str] | None = (
        None  # general words the message implies, read where a word is missing
    )
    if kept := own_thing_asked([word.text for word in reading], text):
        # "sharing internal roadmaps": "hear about your platform roadmap" asks for the user's own, kept inside
        told, asked = kept
        others = _words_shown(
            tuple(w for w in reading if w.text not in told), text, said, intent, work, trade
        )
        if others is not None:
            return [f'"{" ".join(w.text for w in reading if w.text in told)}": "{asked}"', *others]
    own_trade_words = [
        word
        for word in reading
        if not (word.ideas or word.paid_for or word.limit) and word.forms and word.forms[0] in trade
    ]
    if len(own_trade_words) == 1 and len(reading) >= 3:
        own_word = own_trade_words[0]
        rest = _words_shown(
            tuple(w for w in reading if w is not own_word), text, said, intent, work, beat=beat
        )
        if rest is not None:
            written = next((said[form] for form in own_word.forms if form in said), None)
            own = f'"{own_word.text}": "{written}"' if written else f'"{own_word.text}": your own work'
            return [own, *rest]
    # the message's own words for the rule's plain words: a price paid for them is said beside them
    beside = {form for word in reading if not (word.ideas or word.paid_for) for form in word.forms}
    for word in reading:
        if word.limit is not None:
            past = past_limit(word.limit, text)
            if past is None:
                return None
            evidence.append(f'"{word.text}": "{past}"')
            continue
        # "charge speakers" is an idea: only the idea shows it, with its exceptions (a paid talk)
        if word.ideas:
            shown = next(
                (
                    note
                    for idea in word.ideas
                    if (note := _concepts_shown((idea,), text, intent, work, beat)) is not None
                ),
                None,
            )
            if shown is None:
                return None
            evidence.extend(note for note in shown if note not in evidence)
            continue
        written = None if word.paid_for else next((said[form] for form in word.forms if form in said), None)
        # "no fees for founders" says no fee is charged; "Our speakers aren't paid": no one paid, a word of money
        # read through the wider denial (a price said elsewhere may still show it, below)
        denial, reach = (_PAY_DENIED, 30) if _MONEY_FORMS.intersection(word.forms) else (DENIED, 25)
        if written is not None and _denied_wherever_said(written, text, denial, reach):
            written = None
        if (
            written is None and not word.paid_for
        ):  # the message's own words for it: "demos", "a walkthrough of our app" (none is a word of money)
            implied = _implied_in(text) if implied is None else implied
            written = next((implied[form] for form in word.forms if form in implied), None)
        if written is not None:
            evidence.append(f'"{word.text}": "{written}"')
            continue
        if not word.paid_for and asked_as(word.forms, intent.value):
            article = "an" if intent.value[0] in "aeiou" else "a"
            evidence.append(f'"{word.text}": the message is {article} {intent.value}')
            continue
        # by its stem or its short base ("paying": "pay")
        other = (
            _PAID_BY
            if word.paid_by
            else _PAID_FOR
            if word.paid_for
            else next((_SAID_OTHERWISE[form] for form in word.forms if form in _SAID_OTHERWISE), None)
        )
        priced = next(
            (
                found
                for found in (other.finditer(text) if other is not None else ())
                # "no fee for startups", "we cannot offer a fee": no price paid; an amount compared is still said
                # ("slots cost no more than $1,950", "not cheap at $1,950")
                if (
                    not _PAY_DENIED.search(text, max(0, found.start() - 30), found.start())
                    or (
                        _A_FIGURE.search(found.group(0)) is not None
                        and _COMPARED.search(text, max(0, found.start() - 30), found.start()) is not None
                    )
                )
                # "we can't pay the $500 honorarium", "no budget for the $500 fee": the fee named is not paid
                and not fee_denied(text, found.start())
                and (
                    not word.paid_for
                    or _said_in(beside, text[max(0, found.start() - _NEAR) : found.end() + _NEAR])
                )
                # a fee shown by a price is the price of the rule's own act: "pay $500 for you to read it", not
                # "We pay speakers $500" beside "I loved reading your piece"
                and (
                    not _PRICE_AS_FEE.intersection(word.forms)
                    or _said_in(beside, _sentence_at(text, found))
                    # "Would you read the first half? I can pay you $250 for your time.": the ask just before
                    or _said_in(beside, _ask_paid_for(text, found))
                )
            ),
            None,
        )
        if priced is None:
            return None
        evidence.append(f'"{word.text}": "{priced.group(0)}"')
    return evidence


# A fee or a payment denied just before it is said: "We cannot offer a fee", "speakers aren't paid", "no fee to
# submit", "we don't pay guests" - nobody paid, so no "paid" (a price said after the denial still counts). Wider
# than DENIED, which any rule's word is read through: "not" before a word of money denies the money.
_PAY_DENIED = re.compile(
    # ...the sender's, not the reader's: "If you can't pay the $300 registration, ask about bursaries" is a price
    r"(?<!\bif you )(?<!\bunless you )"
    r"\b(?:no|without|never|nor|zero|not any|free of|not|cannot|can ?not|unable to|not able to|"
    r"(?:do|does|did|is|are|was|were|ca|wo|could|would|can)n['’]t|(?:do|does|will|would|could) not)\b"
    # "we won't be able to pay"
    r"(?:\s+be able to)?(?:\s+\w+){0,2}\s*$",
    _F,
)
# An amount (a figure in it) that a "no" or a "not" before it only compares: "no more than $1,950", "not cheap at
# $1,950", "not just $500" - the amount is still asked, unlike "we can't pay the $500 honorarium".
_A_FIGURE = re.compile(r"\d")
_COMPARED = re.compile(
    r"\b(?:more|less|fewer|cheap|cheaper|only|just|much|over|under|above|below|exceeding)\b(?:\s+(?:than|at|of))?\s*$",
    _F,
)
# A rule's words for money paid, read through their denials (above).
_MONEY_FORMS = frozenset({"paid", "pay", "payment"})


# A word that names what a fee is for, the fee said after it: "no pitch fee" denies the fee, not the pitch.
_A_FEE_AFTER = re.compile(
    r"[ \t-]+(?:fees?|charges?|payments?|budgets?|honorari(?:um|a)|costs?|prices?)\b", _F
)


def _denied_wherever_said(written: str, text: str, denial: re.Pattern[str] = DENIED, reach: int = 25) -> bool:
    """Whether a message says a word only where it denies it: "no fees for founders", "without any charge";
    with _PAY_DENIED, "Our speakers aren't paid". Not a word that names what a denied fee is for: "There is no
    pitch fee" still says there is a pitch."""
    found = list(re.finditer(rf"(?<![^\W_]){re.escape(written)}(?![^\W_])", text, _F))
    return bool(found) and all(
        denial.search(text, max(0, at.start() - reach), at.start()) and not _A_FEE_AFTER.match(text, at.end())
        for at in found
    )


_NEAR = 100  # characters: "Investor Showcase places. For GBP 1,800 ..." prices the places
# A rule's word of a fee that a price may show, said in the sentence of the act it pays for.
_PRICE_AS_FEE = frozenset({"fee"})
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def _sentence_start(text: str, found: re.Match[str]) -> int:
    """Where the sentence a match stands in begins in the text (at most _NEAR characters before it)."""
    low = max(0, found.start() - _NEAR)
    edges = list(_SENTENCE_EDGE.finditer(text[low : found.start()]))
    return low + (edges[-1].end() if edges else 0)


def _sentence_at(text: str, found: re.Match[str]) -> str:
    """The sentence a match stands in (at most _NEAR characters either side of it)."""
    after = text[found.end() : found.end() + _NEAR]
    closing = _SENTENCE_EDGE.search(after)
    return text[_sentence_start(text, found) : found.end()] + (after[: closing.start()] if closing else after)


# A price that pays for what was just asked, naming no work of its own: "for your time", "for it", "for that".
_PAYS_FOR_THE_ASK = re.compile(r"\bfor (?:your (?:time|trouble|help|effort)|it|that|this)\b", _F)


def _ask_paid_for(text: str, found: re.Match[str]) -> str:
    """The question just before a price's sentence where that sentence pays for it ("Would you read the first
    half? I can pay you $250 for your time."), or "": a price that names its own work ("We pay speakers $500")
    pays for that, not for the sentence before it."""
    sentence = _sentence_at(text, found)
    if _PAYS_FOR_THE_ASK.search(sentence) is None:
        return ""
    start = _sentence_start(text, found)
    before = text[max(0, start - _NEAR) : start].rstrip()
    if not before.endswith("?"):
        return ""
    edges = list(_SENTENCE_EDGE.finditer(before[:-1]))
    return before[edges[-1].end() if edges else 0 :]
