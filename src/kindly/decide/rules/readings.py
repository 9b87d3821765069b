"""How a never-rule is read: the ideas of each of its alternatives, and the words a message must say where no known
idea reads a part."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kindly.decide.donation import donation_cap
from kindly.decide.rule_parts import (
    rule_not_first,
    rule_prerequisite,
)
from kindly.decide.rules.concepts import _F, CONCEPTS
from kindly.decide.rules.forms import _NEGATION, _forms
from kindly.decide.rules.ideas import (
    _FILLER,
    _GENERAL_THINGS,
    _KINDS,
    _QUALIFIERS,
    _WEEKEND_IDEAS,
    _ideas_named,
    _one_weekend,
    _segment_concepts,
    _unread_words,
)
from kindly.decide.rules.segments import _A_WORD, _segments
from kindly.decide.thresholds import RATE_WORDS, Threshold, limit_in
from kindly.decide.words import STOPWORDS, fold
from kindly.hours import rule_windows


def rule_ideas(rule: str) -> tuple[tuple[str, ...], ...]:
    """The ideas of each alternative of a never-rule ("unpaid talks or podcasts": unpaid and speaking, twice)."""
    return _alternatives(rule)


@lru_cache(maxsize=256)
def _alternatives(rule: str) -> tuple[tuple[str, ...], ...]:
    """The ideas each alternative of a never-rule names ("X or Y"), read once per rule. An alternative that
    names only a kind of ask takes the qualifiers of the others: "unpaid talks or podcasts" never means every
    podcast, nor "pay-to-play awards, and summits or conferences that charge speakers" every talk."""
    named = [concepts for concepts in map(_segment_concepts, _segments(rule)) if concepts]
    alternatives = []
    for concepts in named:
        kinds = set(concepts)
        # "unpaid talks or podcasts": the podcasts are unpaid too; "unpaid talks or weekend events": not so
        shared = [
            q
            for q in _QUALIFIERS
            if kinds <= _KINDS and any(q in other and kinds & set(other) for other in named)
        ]
        alternatives.append((*shared, *concepts) if shared else tuple(concepts))
    return tuple(alternatives)


@lru_cache(maxsize=256)
def _alternative_limits(rule: str) -> tuple[Threshold | None, ...]:
    """The limit on a number each alternative of `_alternatives` names beside its ideas, in the same order: "free
    'pick your brain' sessions longer than 30 minutes" holds only for a session past half an hour; None where an
    alternative names none."""
    found = (limit_in(segment) for segment in _segments(rule) if _segment_concepts(segment))
    return tuple(None if limit is None else limit[0] for limit in found)


# The evidence note of a yes that offers the paid way where a never-rule rules out giving advice unpaid.
PAID_INSTEAD = "offered paid instead of:"


def words_needed(rule: str) -> tuple[tuple[str, ...], ...] | None:
    """For a rule none of whose alternatives kindly's ideas read, the words each alternative needs in a message
    (none at all: the rule can never hold, as "panels with no women speakers"); None for a rule read by its
    ideas. The user may want to reword such a rule: "one-off coffees with service providers selling to VCs"
    holds only where a message says every one of those words."""
    if (
        _alternatives(rule)
        or donation_cap(rule) is not None
        or rule_prerequisite(rule) is not None
        or rule_not_first(rule) is not None
        or rule_windows(rule) is not None
    ):
        # read by its ideas, a cap on donations kindly counts from its own store, what must come first, or the
        # hours a meeting may start
        return None
    return tuple(tuple(word.text for word in reading) for reading in _word_readings(rule))


def words_needed_beside_ideas(rule: str) -> tuple[tuple[str, ...], ...]:
    """For a rule kindly's ideas read only in part, the words each of its other alternatives needs in a message:
    "free spec work or unpaid pitches" is read by its ideas for the spec work, word for word for "unpaid,
    pitches"; () for a rule read whole by its ideas, or whole word for word (`words_needed`)."""
    if words_needed(rule) is not None or not _alternatives(rule):
        return ()
    if (
        donation_cap(rule) is not None
        or rule_prerequisite(rule) is not None
        or rule_not_first(rule) is not None
    ):
        return ()
    if rule_windows(rule) is not None:
        return ()
    # the alternatives that name no kind of ask, only a word the ideas qualify ("unpaid pitches"): not those
    # whose idea is read and whose words are only a second reading ("white-label work for offshore resellers"),
    # nor a fragment that borrows the next one's words ("paying" of "paying or accepting referral fees")
    by_words = [
        segment.strip()
        for segment in _segments(rule)
        if not _segment_concepts(segment) and _ideas_named(segment)
    ]
    return tuple(
        tuple(word.text for word in reading) for segment in by_words for reading in _word_readings(segment)
    )


def words_a_beat_meets(rule: str) -> frozenset[str]:
    """The words of a rule read word for word that a name of the user's beat meets as well as the word itself ("beat"
    of "companies on my beat", "cover" of "companies I cover"): a company the user's goals name is one they cover,
    whatever the message says of it."""
    return frozenset(
        word.text for reading in _word_readings(rule) for word in reading if "covered" in word.ideas
    )


@dataclass(frozen=True, slots=True)
class _Word:
    """A word of a rule read word for word, and the ideas whose wording takes it in ("talks": speaking)."""

    text: str
    forms: tuple[str, ...]  # its stem first, then its short bases (_forms): read once per rule
    ideas: tuple[str, ...] = ()
    paid_for: bool = False  # "paying for leads": the price must be for the words after it
    paid_by: bool = False  # "paid for by product providers": a price, or what the sender treats the user to
    limit: Threshold | None = None  # "below 0.10 EUR per word": a quantity past it, not these words


# "paying for leads": what a price is for follows (not "coverage for anything": what it is traded for, no price)
_FOR_A_PRICE = re.compile(r"\s+for\b(?!\s+(?:anything|something|everything)\b)", _F)
# "job interviews": the job says whose interview it is - the user's, for a role - so it is no filler there (a podcast's
# "interview you" and a candidate "actively interviewing" are no job interview); elsewhere "job" is ("speaking jobs")
_JOB_INTERVIEW = re.compile(r"(?:jobs?|roles?)\s+interview", _F)


@lru_cache(maxsize=256)
def _word_readings(rule: str) -> tuple[tuple[_Word, ...], ...]:
    """The alternatives of a rule that its ideas do not say all of, each as the words it needs in a message:
    "pharmaceutical company sponsored talks" also holds for a talk at a dinner "sponsored by Novacardia
    Pharmaceuticals", where no speaker pays to appear."""
    readings = []
    listed = _segments(rule)
    segments = _shared_objects(listed)
    read_by_ideas = bool(_alternatives(rule))
    for at, segment in enumerate(segments):
        named = _ideas_named(segment)
        if named and not _unread_words(segment, named):
            continue  # its ideas say all of it
        if not named and read_by_ideas and not _lends_words(at, listed) and len(_rule_words(segment)) < 2:
            # a fragment of a rule its ideas read ("paying" of "paying or accepting referral fees"), not a thing of
            # its own ("lead marketplaces" of "pay-per-lead services or lead marketplaces")
            continue
        if _NEGATION.search(segment):
            continue  # "podcasts if I'm not paid": its words alone would say the opposite of the rule
        # the weekend as the rule narrows it: "weekend brunches on Sundays" needs a Sunday for its every word
        day = next((name for name in _one_weekend(named) if name in _WEEKEND_IDEAS), "")
        spans = [
            (found.start(), found.end(), day if name in _WEEKEND_IDEAS else name)
            for name, concept in CONCEPTS.items()
            for found in concept.rule.finditer(segment)
        ]
        needed = []
        # a limit on a number ("over 300 words") is one thing a message must pass, never its digits one by one;
        # where it prices something ("rates below 0.10 EUR per word"), the amount is the rate
        limit = limit_in(segment)
        if limit is not None:
            found_limit, at, until = limit
            needed.append(_Word(found_limit.words, (), limit=found_limit))
            segment = segment[:at] + " " * (until - at) + segment[until:]
        # "invitations from clients" of a longer rule: the invitation is the thing, however general its word,
        # where only whom it is from is left (one word alone is no alternative of a longer rule)
        thing_said = len(segments) > 1 and len(_rule_words(segment)) == 1
        for found in re.finditer(r"[^\W_]+(?:'[^\W_]+)?", segment):
            word = found.group(0).lower()
            filler = word in _FILLER and not (thing_said and word in _GENERAL_THINGS)
            if (filler and not _JOB_INTERVIEW.match(segment, found.start())) or word in STOPWORDS:
                continue
            if limit is not None and limit[0].money and word in RATE_WORDS:
                continue
            ideas = tuple(name for start, end, name in spans if start <= found.start() < end)
            # (not "coverage for anything": what it is traded for, no price of it)
            paid_for = _FOR_A_PRICE.match(segment, found.end()) is not None
            # "lunches paid for by product providers": who pays follows, not what is paid for
            paid_by = (
                word == "paid" and re.match(r"\s+(?:for\s+)?by\b", segment[found.end() :], _F) is not None
            )
            needed.append(_Word(word, _forms(fold(word)), ideas, paid_for and not paid_by, paid_by=paid_by))
        # one word alone is a whole rule ("crypto"), never a fragment ("paying" of "paying or accepting ...")
        if len(needed) >= 2 or (needed and len(segments) == 1):
            readings.append(tuple(needed))
    return tuple(readings)


def _shared_objects(segments: list[str]) -> list[str]:
    """Alternatives with what a lone word shares with the next alternative of more words: "selling or renting out
    our customers' email list" is also "selling our customers' email list", "buying or selling leads" also "buying
    leads", and "crypto, gambling or pharmaceutical promotions" are crypto promotions and gambling promotions."""
    shared = []
    for at, segment in enumerate(segments):
        words = _rule_words(segment)
        following = next((s for s in segments[at + 1 :] if len(_rule_words(s)) > 1), "")
        if len(words) == 1 and len(_A_WORD.findall(following)) > 1:
            segment = f"{segment} {_A_WORD.sub('', following, count=1)}"  # the next one less its own verb
        shared.append(segment)
    return shared


def _rule_words(segment: str) -> list[str]:
    """The words of a rule's alternative that say what it is ("pharmaceutical promotions"), in lower case."""
    return [w for w in _A_WORD.findall(segment.lower()) if w not in _FILLER and w not in STOPWORDS]


def _lends_words(at: int, segments: list[str]) -> bool:
    """Whether a lone word before alternative `at` shares its words ("pharmaceutical promotions" of "crypto or
    pharmaceutical promotions"): the alternative is then a whole kind the rule lists, not a fragment of it."""
    longer = [later for later, segment in enumerate(segments) if len(_rule_words(segment)) > 1]
    return any(
        len(_rule_words(before)) == 1 and next((later for later in longer if later > earlier), None) == at
        for earlier, before in enumerate(segments[:at])
    )
