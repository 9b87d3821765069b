"""Which ideas of a never-rule a message shows, with the checks an idea needs beyond its words (a fee taken back,
a price stated, a time of day said once)."""

from __future__ import annotations

import re

from kindly.amounts import AN_AMOUNT, MONEY
from kindly.decide.fee_denied import denial_before, first_fee_paid
from kindly.decide.fees import (
    PAYS_YOU,
    SPEAKER_PAID,
    award_for_sale,
    place_bought,
    speaker_paid,
)
from kindly.decide.rules.concept import _F
from kindly.decide.rules.concept_words import (
    _HANDS_ON_SAID,
    _PAID_TO_SWAY,
    _SPEAKS_FOR_A_GROUP,
    TAKE_HOME,
    favour_asked,
)
from kindly.decide.rules.concepts import CONCEPTS
from kindly.decide.rules.ideas import _WEEKEND_IDEAS
from kindly.decide.split_fee import split_offered
from kindly.decide.white_label import white_label_offered, work_offered
from kindly.decide.words import fold
from kindly.model import Intent

_NOT_FULL_TIME = re.compile(
    r"\b(freelance\w*|contract(or)?s?|part[- ]time|interim|fractional|temporary|temp|day rate|per diem)\b", _F
)


# Work paid in money, whatever else the message says of equity ("we'd pay your usual rate").
_PAID_IN_CASH = re.compile(
    r"\b(pay|paid|paying) (at )?(your|a|the) (usual |standard |full )?(day rate|rate|fee|fees)|your (usual |day )?rate\b",
    _F,
)


# A price said to be for a place at an event, where no table, seat or ticket is named: "$60 per person".
_A_PLACE_PRICED = re.compile(
    r"\b(?:per (?:person|head|attendee|guest|couple|delegate)|admission|entry|registration|to attend)\b", _F
)


def _pay_stated(text: str) -> bool:
    """Whether the sender pays for the work ("we pay $500 for the take-home") or states a rate for it."""
    return bool(first_fee_paid(PAYS_YOU, text) or first_fee_paid(_RATE_STATED, text))


def _concepts_shown(
    concepts: tuple[str, ...],
    text: str,
    intent: Intent,
    work: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> list[str] | None:
    """Evidence for every concept, or None as soon as one is missing from the message. `work` is the user's own
    work, as _users_work reads it; `beat` the names the user covers, as _users_beat reads them."""
    evidence = []
    if ("evening" in concepts or "morning" in concepts) and not _one_time_of_day(concepts, text):
        return None  # "Sunday brunch at 11am ... drinks on Thursday at 7pm" is no Sunday evening
    if "unpaid" in concepts and (first_fee_paid(SPEAKER_PAID, text) or _pay_stated(text)):
        return (
            None  # a stated pay for the work makes it paid, whatever else it says ("... and great exposure")
        )
    if "pay_to_play" in concepts and speaker_paid(text):
        return None  # "our speaker fee is CAD 5,000" is paid to the speaker, not charged
    if "equity" in concepts and _PAID_IN_CASH.search(text):
        return None  # equity is mentioned, but the work is paid
    for name in concepts:
        if (
            name == "unpaid"
            and "posts_for_perks" in concepts
            and (traded := CONCEPTS[name].shown_by(text) or CONCEPTS["posts_for_perks"].shown_by(text))
        ):
            # "free care in exchange for social media posts": what is given for posts is given for no pay ("if you
            # waived the fee, I'd post a glowing write-up")
            evidence.append(f'unpaid: "{traded}"')
            continue
        if name == "paid_entry" and not CONCEPTS["pay_to_play"].shown_by(text):
            # a price for the reader's place: "seats at $295 per person", "tickets are £40" (not one waived,
            # covered or paid to them)
            from kindly.decide.costs import cost_to_attend

            cost = cost_to_attend(text)
            if cost is None or not (cost.thing or _A_PLACE_PRICED.search(cost.words)):
                return None  # "a fixed-fee review for $1,450" prices a service, not a place
            evidence.append(f'paid_entry: "{cost.words}"')
            continue
        if name == "award_sold":
            # "To confirm your place, please complete ... the one-time feature fee of $595": a place at the award
            # sold to the one it names, however the rule words it
            sold = award_for_sale(text)
            if sold is None:
                return None
            evidence.append(f'award_sold: "{sold}"')
            continue
        if name == "paid_feature":
            # a place charged to the user ("a placement fee of $400"; not a talk paid to them), or one the sender
            # buys on the user's own show ("We're happy to pay $750 for a guaranteed interview slot")
            paid_to_them = speaker_paid(text)
            charged = None if paid_to_them else CONCEPTS["pay_to_play"].shown_by(text)
            bought = None if charged else place_bought(text)
            if charged is None and bought is None:
                return None
            evidence.append(f'pay_to_play: "{charged}"' if charged else f'{PLACE_BOUGHT} "{bought}"')
            continue
        if name == "playlist":
            placed = CONCEPTS[name].shown_by(text)
            if placed is None or not AN_AMOUNT.search(text):
                return None  # "we added your track to our playlist" sells nothing
            evidence.append(f'playlist: "{placed}"')
            continue
        if name == "white_label":
            offered = white_label_offered(text)
            if offered is None:
                return None
            evidence.append(f'white_label: "{offered}" ({work_offered(text)})')
            continue
        if name == "split_fee":
            offered = split_offered(text)
            if offered is None:
                return None
            evidence.append(f'split_fee: "{offered}"')
            continue
        if name == "full_time":  # a role is full-time unless it says otherwise
            if _NOT_FULL_TIME.search(text):
                return None
            evidence.append("full_time: no freelance, contract or part-time terms")
            continue
        if name == "lobbying" and _SPEAKS_FOR_A_GROUP.search(text) and not _PAID_TO_SWAY.search(text):
            return (
                None  # a volunteer for their own residents' group is no lobbyist, whatever matter they raise
            )
        concept = CONCEPTS[name]
        if intent in concept.intents:
            evidence.append(f"{name}: the message is a {intent.value}")
            continue
        shown = concept.shown_by(text) or (
            (
                _no_budget_for(text, work)
                or _fee_taken_back(text)
                or favour_asked(text)
                # a take-home set to win a job pays nothing unless it says so (a pay said returned None above)
                or ("spec_work" in concepts and (take_home := TAKE_HOME.search(text)) and take_home.group(0))
            )
            if name == "unpaid"
            else None
        )
        if not shown and name == "covered":
            shown = next((who for who in beat if re.search(rf"\b{re.escape(who)}\b", text, _F)), None)
        if shown and name == "spec_work" and _pay_stated(text):
            return None  # "we pay $500 for the take-home": paid for, no spec work
        if not shown and name == "consulting":
            # a call to do the work on their own system: "a quick call to look at our setup", "debug it with us"
            # (after the words the concept names, which its evidence quotes where both are said)
            shown = (hands_on := _HANDS_ON_SAID.search(text)) and hands_on.group(0)
        if not shown:
            return None
        evidence.append(f'{name}: "{shown}"')
    return evidence


# The evidence note of a place on the user's own show or page that a sender offers to buy (paid_feature).
PLACE_BOUGHT = "paid_feature: a place bought from you:"


_WHEN_IDEAS = (*_WEEKEND_IDEAS, "evening", "morning")
# not words.SENTENCE_END: a blank line ends none, so an invitation card's lines (its day, then "Cocktails 6:30 p.m.")
# stay one sentence, and a mark ends one only before a capital
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _one_time_of_day(concepts: tuple[str, ...], text: str) -> bool:
    """Whether one sentence of the message shows every idea of when a rule names ("Sunday" and "7pm" of "events
    on Sunday evenings"): a day and a part of the day said of two different things are not that day's evening."""
    when = [CONCEPTS[name] for name in concepts if name in _WHEN_IDEAS]
    return any(
        all(concept.shown_by(sentence) for concept in when) for sentence in _SENTENCE_BREAK.split(text)
    )


# Pay stated for the work, by the day or the hour: "the day rate is £550", "we'd pay £400 a day" (not the
# sender's own: "my day rate is £550").
_RATE_STATED = re.compile(
    rf"(?<!\bmy )(?<!\bour )\b(?:day|daily|hourly|half[- ]day|weekly|monthly)\s+rate\s+(?:is|of|will be|would be|at)\s+"
    rf"(?:around\s+|about\s+|roughly\s+|up to\s+)?{MONEY}|"
    rf"\b(?:we|i)(?:'d|'ll| will| can| could| would)?\s+(?:pay|offer)\b[^.!?\n]{{0,30}}?{MONEY}\s*(?:/|per|a)\s*"
    r"(?:day|hour|session)\b",
    _F,
)
# A budget said to be missing for a trade's work: "we don't have a budget for photography this time".
_NO_BUDGET = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not) have (?:a |any )?budget for (?!(?:a|an|the|it|this|that)\b)([^\W\d_]+)",
    _F,
)


def _fee_taken_back(text: str) -> str | None:
    """The fee the sender says they cannot pay ("We can't pay the $500 honorarium this year"), or None: the talk
    is unpaid, whatever amount it names."""
    for pattern in (SPEAKER_PAID, PAYS_YOU):
        for found in pattern.finditer(text):
            if (denial := denial_before(text, found.start())) is not None:
                return text[denial.start() : found.end()]
    return None


def _no_budget_for(text: str, work: frozenset[str]) -> str | None:
    """The words that say there is no budget for the user's own work ("we don't have a budget for photography",
    to a photographer); not another trade's ("we don't have a budget for videography, so the photos matter")."""
    for found in _NO_BUDGET.finditer(text):
        if fold(found.group(1))[:5] in work:
            return found.group(0)
    return None
