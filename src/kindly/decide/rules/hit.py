"""Whether a message breaks one of the user's never-rules (or a conditional one), and which part of the rule held:
what decide's policy asks of the rules package."""

from __future__ import annotations

import re

from kindly.decide.donation import donation_cap
from kindly.decide.exposure_rule import advice_is_no_exposure
from kindly.decide.rule_except import spared_by, spared_kind
from kindly.decide.rule_parts import (
    Condition,
    rule_condition,
    rule_not_first,
    rule_prerequisite,
    without_reason,
)
from kindly.decide.rules.concepts import _F
from kindly.decide.rules.forms import _message_words
from kindly.decide.rules.ideas import _KINDS, _segment_concepts
from kindly.decide.rules.place_limit import place_limit, place_outside
from kindly.decide.rules.readings import _alternative_limits, _alternatives, _word_readings
from kindly.decide.rules.segments import _A_LONE_VERB, _segments
from kindly.decide.rules.shown import _concepts_shown
from kindly.decide.rules.spared import _only_the_standard
from kindly.decide.rules.words_shown import PLEASANTRIES, _words_shown
from kindly.decide.thresholds import Threshold, in_another_currency, past_limit
from kindly.decide.white_label import with_own_rate
from kindly.decide.words import content_stems, fold
from kindly.hours import rule_windows
from kindly.model import Intent
from kindly.profile import GoalKind, Profile


def part_that_held(rule: str, text: str, intent: Intent) -> str:
    """The words of a never-rule's alternative that alone held for a message, where they stand by themselves: "MLM
    or commission-only roles" held by a commission-only sales job is "commission-only roles", "crypto, gambling or
    pharmaceutical promotions" held by a drug company's sponsored video is "pharmaceutical promotions". Only the
    last alternative carries the words the others share: an earlier one is told with the last one's noun where the
    message says that noun too ("crypto promotions" of a crypto app's "video promoting the app"; "MLM" alone names
    no roles), and only one that borrows no qualifier ("unpaid talks or podcasts": no bare "podcasts"); else, or
    where several held, the whole rule."""
    segments = _segments(rule)
    alternatives = iter(_alternatives(rule))
    if len(segments) < 2 or len(_alternatives(rule)) != sum(1 for s in segments if _segment_concepts(s)):
        return rule
    flat = PLEASANTRIES.sub(" ", " ".join(text.split()))
    held, borrows = [], False
    for i, segment in enumerate(segments):
        if concepts := tuple(_segment_concepts(segment)):
            ideas = next(alternatives)
            if _concepts_shown(ideas, flat, intent) is not None:
                held.append(i)
                borrows = ideas != concepts
        elif not _A_LONE_VERB.fullmatch(segment.strip()) and _read_word_for_word(segment, flat, intent):
            held.append(i)
    if len(held) != 1 or borrows:
        return rule
    last = segments[-1].strip()
    if held == [len(segments) - 1]:
        return last
    return _told_with_the_last_noun(segments[held[0]].strip(), last, flat) or rule


def _read_word_for_word(segment: str, text: str, intent: Intent) -> bool:
    """Whether a message says every word of an alternative kindly's ideas do not read ("pharmaceutical
    promotions")."""
    said = _message_words(text)
    return any(_words_shown(reading, text, said, intent) is not None for reading in _word_readings(segment))


def _told_with_the_last_noun(part: str, last: str, text: str) -> str:
    """An alternative of one word told with the noun the rule's last alternative gives every one ("crypto" of
    "crypto, gambling or pharmaceutical promotions": "crypto promotions"), where the message says that noun too;
    "" where it does not, or where the part is more than a word or a kind of ask of its own ("weekends")."""
    words = last.split()
    if len(part.split()) != 1 or len(words) < 2 or set(_segment_concepts(part)) & _KINDS:
        return ""
    noun, said = words[-1], _message_words(text)
    forms = {form for reading in _word_readings(noun) for word in reading for form in word.forms}
    return f"{part} {noun}" if forms & said.keys() else ""


def never_rule_hit(profile: Profile, text: str, intent: Intent) -> tuple[str, list[str]] | None:
    """The never-rule the message falls under, with the evidence; None when none does. Of several that hold
    (two rules about paying to be present), the one sharing most words with the message: a stall's fee
    falls under "events that charge for a stall", not "paid entries to awards".

    A rule is read as alternatives ("X or Y"); an alternative holds when every idea it names shows
    in the message, so "unpaid speaking engagements" needs both an unpaid ask and a speaking ask. A rule with a
    condition kindly cannot check ("... without council staff present") is conditional_rule_hit's.
    """
    # a cap on donations ("... more than once a month") is counted from the store, never read word for word
    # and a rule about the hour of a meeting ("meetings before 9:30") narrows the hours drafts propose instead
    # "below my day rate" is read at the rate the user's answers state ("My day rate is EUR 650")
    kept = {
        read: r.what
        for r in profile.never
        if rule_condition(r.what) is None
        and donation_cap(r.what) is None
        and rule_prerequisite(r.what) is None
        and rule_not_first(r.what) is None
        and rule_windows(r.what) is None
        for read in with_own_rate(r.what, profile.answers)
    }
    # "no unpaid speaking outside my state": the rest of the rule read as any is, and the place weighed after
    limits = {}
    for read in list(kept):
        if (limit := place_limit(read, profile)) is not None:
            if limit.rest in kept:  # "no unpaid speaking" besides: that rule holds wherever
                kept.pop(read)
                continue
            kept[limit.rest] = kept.pop(read)
            limits[limit.rest] = limit
    hit = _rule_hit(
        list(kept), text, intent, _users_work(profile), _users_trade(profile), _users_beat(profile)
    )
    while hit is not None and hit[0] in limits:
        limit = limits.pop(hit[0])
        if limit.region and (where := place_outside(limit, text)) is not None:
            hit = (hit[0], [*hit[1], f'"{limit.said}": "{where}" is outside {limit.region}'])
            break
        if not limit.region:
            # no state or country of the user's own to weigh it by: read as before, the place unweighed
            hit = (hit[0], [*hit[1], f'"{limit.said}": your own region is not in your profile, not weighed'])
            break
        kept = {read: what for read, what in kept.items() if read != hit[0]}
        hit = _rule_hit(
            list(kept), text, intent, _users_work(profile), _users_trade(profile), _users_beat(profile)
        )
    while hit is not None and _only_the_standard(kept[hit[0]], hit[1], text):
        # "commissions to planners on top of standard agency commission": the standard one asked is no kickback
        kept = {read: what for read, what in kept.items() if what != kept[hit[0]]}
        hit = _rule_hit(
            list(kept), text, intent, _users_work(profile), _users_trade(profile), _users_beat(profile)
        )
    return None if hit is None else (kept[hit[0]], hit[1])


def limit_not_weighed(profile: Profile, text: str, intent: Intent) -> str:
    """What a message shows of a never-rule whose limit is money in another currency than the message's sum
    ('never-rule "gifts above SGD 500": "$800" is in another currency, not weighed against it'), or "": the rule does
    not hold on a guessed rate, and the evidence says why."""
    text = PLEASANTRIES.sub(" ", " ".join(text.split()))
    work = _users_work(profile)
    for rule in profile.never:
        for concepts, limit in zip(_alternatives(rule.what), _alternative_limits(rule.what), strict=True):
            other = _unweighed(limit, text)
            if other and _concepts_shown(concepts, text, intent, work) is not None:
                return f'never-rule "{rule.what}": "{other}" is in another currency, not weighed against it'
        for reading in _word_readings(rule.what):
            limits = [word for word in reading if word.limit is not None]
            other = _unweighed(limits[0].limit, text) if len(limits) == 1 else None
            rest = tuple(word for word in reading if word.limit is None)
            if other and _words_shown(rest, text, _message_words(text), intent, work) is not None:
                return f'never-rule "{rule.what}": "{other}" is in another currency, not weighed against it'
    return ""


def _unweighed(limit: Threshold | None, text: str) -> str | None:
    """A sum of a message in another currency than a limit on money it does not pass, or None."""
    if limit is None or not limit.money or past_limit(limit, text) is not None:
        return None
    return in_another_currency(limit, text)


def _users_trade(profile: Profile) -> frozenset[str]:
    """The stems of what the user sells ("design" of "... who want sustainable, passive-house residential
    design"): a rule's word for it ("unpaid design competitions") goes without saying in a message to them."""
    from kindly.decide.client_need import trade_named  # client_need reads rules' patterns

    return trade_named(profile)


def _users_beat(profile: Profile) -> tuple[str, ...]:
    """The people and organisations the user's goals to meet people name ("Marcus Hale", "Brewline Logistics"): to
    a reporter whose rule is about "companies I cover", the companies of her beat, whether or not a message says
    she wrote about them. Names only (a capital letter opens one of their words), never an audience ("startup
    founders")."""
    return tuple(
        target
        for goal in profile.goals
        if goal.kind is GoalKind.MEET_PERSON
        for target in goal.targets
        if re.search(r"\b[A-Z]", target)
    )


def users_beat(profile: Profile) -> tuple[str, ...]:
    """The names the user covers, as _users_beat reads them (for the note on rules read word for word)."""
    return _users_beat(profile)


def _users_work(profile: Profile) -> frozenset[str]:
    """The first five letters of the words in which the user's client goals name their work ("photograph" of
    "... who need a wedding photographer"): what a sender may say they have no budget for."""
    said = " ".join(
        f"{goal.description} {' '.join(goal.targets)}"
        for goal in profile.goals
        if goal.kind in (GoalKind.FIND_CLIENTS, GoalKind.HELP_CLIENT)
    )
    return frozenset(word[:5] for word in re.findall(r"[a-z]{5,}", fold(said)))


def conditional_rule_hit(profile: Profile, text: str, intent: Intent) -> tuple[Condition, list[str]] | None:
    """The conditional never-rule whose subject the message shows ("meetings with lobbyists" of "... without
    council staff present": a government-relations manager's coffee), with the evidence; None when none does.
    Such a rule rules out only an ask without its condition: the reply states it."""
    conditions = {rule.what: c for rule in profile.never if (c := rule_condition(rule.what)) is not None}
    if not conditions:
        return None  # most profiles: no text to read
    hit = _rule_hit(list(conditions), text, intent)
    return (conditions[hit[0]], hit[1]) if hit else None


def _rule_hit(
    rules: list[str],
    text: str,
    intent: Intent,
    work: frozenset[str] = frozenset(),
    trade: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> tuple[str, list[str]] | None:
    # a phrase wrapped over two lines is still the phrase; "Have a lovely weekend!" asks for no weekend
    text = PLEASANTRIES.sub(" ", " ".join(text.split()))
    # the message's words, read once and only if a rule is read word for word
    said: dict[str, str] | None = None
    hits: list[tuple[str, list[str]]] = []
    for what in rules:
        if _meal_not_asked(what, text):
            continue  # "unpaid legal advice over coffee": a quick call to pick your brain is no coffee
        if (spared := spared_kind(what)) and spared_by(spared, text):
            continue  # "weekend appointments, except emergencies": an urgent case is what the rule spares
        for concepts, limit in zip(_alternatives(what), _alternative_limits(what), strict=True):
            evidence = _concepts_shown(concepts, text, intent, work, beat)
            if evidence is not None and advice_is_no_exposure(what, evidence):
                evidence = None  # "unpaid work for exposure": a brain to pick promises no audience
            if evidence is not None and limit is not None:
                # "free 'pick your brain' sessions longer than 30 minutes": its ideas and a length past the limit
                past = past_limit(limit, text)
                evidence = None if past is None else [*evidence, f'"{limit.words}": "{past}"']
            if evidence is not None:
                hits.append((what, evidence))
                break
        else:
            for reading in _word_readings(what):
                said = _message_words(text) if said is None else said
                evidence = _words_shown(reading, text, said, intent, work, trade, beat)
                if evidence is not None:
                    hits.append((what, evidence))
                    break
    if len(hits) <= 1:
        return hits[0] if hits else None
    stems = set(content_stems(text))
    return max(hits, key=lambda hit: len(set(content_stems(hit[0])) & stems))  # first of equals wins


# A rule about an ask over a meal or a drink ("unpaid legal advice over coffee", "pitches over lunch") holds only
# where the message asks to meet over one (any meal for "a meal").
_OVER_A_MEAL = re.compile(
    r"\b(?:over|at|during)\s+(?:a\s+)?(?P<meal>coffees?|lunch(?:es)?|breakfasts?|dinners?|drinks?|beers?|meals?)\b",
    _F,
)
_MEAL_WORDS = {
    "coffee": r"coffees?|caf[eé]s?|lattes?|cuppa|tea",
    "lunch": r"lunch(?:es)?|lunchtime",
    "breakfast": r"breakfasts?|brunch",
    "dinner": r"dinners?|supper",
    "drink": r"drinks?|beers?|pints?|happy hour|wine",
    "beer": r"drinks?|beers?|pints?|happy hour",
    "meal": r"coffees?|lunch(?:es)?|breakfasts?|brunch|dinners?|drinks?|beers?|meals?",
}


def _meal_not_asked(rule: str, text: str) -> bool:
    """Whether `rule` is about an ask over a meal or a drink that the message does not mention."""
    found = _OVER_A_MEAL.search(without_reason(rule))
    if found is None:
        return False
    meal = found.group("meal").lower()
    key = next((k for k in _MEAL_WORDS if meal.startswith(k)), "meal")
    return re.search(rf"\b(?:{_MEAL_WORDS[key]})\b", text, _F) is None
