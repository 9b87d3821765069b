"""What goal fit reads in a message besides its words: who writes (a target's organisation, a peer of the
user, a namesake of the person to meet), whom it reaches (the user's own clients as an audience), which of a
goal's targets are names, and how much each word of a goal's description says about that goal."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kindly.decide.words import (
    PUBLIC_DOMAINS,
    alphanumeric,
    content_stems,
    domain_labels,
    fold,
    looks_like_person,
    phrase_in,
    stem_coverage,
)
from kindly.profile import Goal, GoalKind, Profile


@dataclass(frozen=True, slots=True)
class Reading:
    """One message as every goal's fit reads it."""

    folded: str  # sender and text, folded
    stems: frozenset[str]
    sender: str  # folded
    audience: str  # a client target of the profile the message names ("design studios"), or ""
    peer: str  # how the sender says they do what the user's peers do ("i'm a fractional cfo"), or ""
    weights: dict[str, float]  # how much each word of a goal's description says about that goal


def read(profile: Profile, sender: str, folded: str) -> Reading:
    stems = frozenset(content_stems(folded))
    return Reading(
        folded,
        stems,
        fold(sender),
        _audience_named(profile, stems),
        _peer_named(profile, folded),
        topic_weights(tuple(goal.description for goal in profile.goals)),
    )


@lru_cache(maxsize=64)
def topic_weights(descriptions: tuple[str, ...]) -> dict[str, float]:
    """1 over the number of goals whose description uses a word: "bookkeeping", in a profile whose clients
    need it and whose peers do it, tells those two goals apart less than "architecture" or "peer" does."""
    counts: Counter[str] = Counter()
    for description in descriptions:
        counts.update(set(content_stems(description)))
    return {stem: 1 / count for stem, count in counts.items()}


def _audience_named(profile: Profile, stems: frozenset[str]) -> str:
    """The first of the user's clients (a find-clients target, "design studios") the message names at least
    half of ("freelance designers"); "" when none."""
    for goal in profile.goals:
        if goal.kind is GoalKind.FIND_CLIENTS:
            for target in goal.targets:
                if not looks_like_person(target) and stem_coverage(target, set(stems)) >= 0.5:
                    return target
    return ""


# "I'm a fractional CFO too", "I'm a solo bookkeeper in Beaverton", "fellow fractional exec": the few words
# after the sender says what they are.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|as)\s+(?:a|an|also a|also an|another)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
    r"|\bfellow\s+((?:[\w-]+\s+){0,2}[\w-]+)"
)


def _peer_named(profile: Profile, folded: str) -> str:
    """How the sender describes themselves when it is as one of the peers a community goal looks for (any
    word of "fractional CFOs" or "independent bookkeepers" but the adjectives anyone may use); "" when not."""
    peers = {
        stem
        for goal in profile.goals
        if goal.kind is GoalKind.FIND_COMMUNITY
        for target in goal.targets
        if not is_name(target)
        for stem in content_stems(target)
    } - _ANYONE_MAY_BE
    if not peers:
        return ""
    for match in _SELF_DESCRIPTION.finditer(folded):
        description = match.group(1) or match.group(2)
        if peers & set(content_stems(description)):
            return match.group(0)
    return ""


# What a studio owner or a client may call themselves as readily as a peer ("an independent studio").
_ANYONE_MAY_BE = frozenset({"independent", "solo", "small", "creative", "local", "freelance", "new"})


def is_name(target: str) -> bool:
    """A target written as a name ("Ember & Oak Studio", "Priya Natarajan"), not a kind ("design studios")."""
    return any(word[:1].isupper() and word[1:2].islower() for word in target.split())  # not "CFOs"


def clients_of(goal: Goal) -> list[str]:
    """The client a goal to help a client names ("Ember & Oak Studio"): its targets written as names."""
    if goal.kind is not GoalKind.HELP_CLIENT:
        return []
    return [t for t in goal.targets if is_name(t) and not looks_like_person(t)]


def names_organisation(organisation: str, reading: Reading) -> bool:
    return (
        phrase_in(organisation, reading.folded)
        or stem_coverage(organisation, set(reading.stems)) >= 0.6
        or writes_from(organisation, reading.sender)
    )


def writes_from(organisation: str, sender: str) -> bool:
    """Whether the sender's address spells an organisation's name ("jonah@emberandoak.example" for
    "Ember & Oak Studio"): every distinctive word of the name, in order, in the domain's main label."""
    if not is_name(organisation) or looks_like_person(organisation) or "@" not in sender:
        return False  # "design studios" is a kind of sender, not an organisation an address can spell
    domain = sender.rpartition("@")[2].strip(" >").lower()
    labels = domain_labels(domain)
    if domain in PUBLIC_DOMAINS or not labels:
        return False
    label = alphanumeric(labels[-1])
    distinctive = [w for w in _distinctive_words(organisation) if len(w) >= 3]
    if not distinctive:
        return False
    position = 0
    for word in distinctive:
        position = label.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


def namesake_of(goal: Goal, target: str, folded: str, sender: str) -> str:
    """The organisation the sender writes for, when they bear a target person's name but neither write from
    nor name the organisation the goal gives for that person, and the message itself names the one of their
    address ("Priya Natarajan" of Lumen Haus, writing from lumenhaus.example.com about her studio's cash
    flow, is not Priya Natarajan of Fieldwork Capital); "" when nothing says so. Webmail, a personal domain
    or an address the message does not explain keeps the benefit of the doubt."""
    organisations = [t for t in goal.targets if not looks_like_person(t)]
    domain = sender.rpartition("@")[2].strip(" >").lower() if "@" in sender else ""
    if goal.kind is not GoalKind.MEET_PERSON or not organisations or domain in PUBLIC_DOMAINS:
        return ""
    labels = domain_labels(domain)
    label = alphanumeric(labels[-1]) if labels else ""
    person = [alphanumeric(w) for w in fold(target).split()]
    if len(label) < 5 or any(len(w) >= 3 and w in label for w in person):
        return ""  # a placeholder ("x.example") or the person's own domain ("priyanatarajan.com")
    for organisation in organisations:
        distinctive = _distinctive_words(organisation)
        if phrase_in(organisation, folded) or any(len(w) >= 4 and w in label for w in distinctive):
            return ""
    # The message names the sender's organisation as their address spells it ("Lumen Haus").
    body = folded.partition("\n")[2]
    return domain if label in alphanumeric(body) else ""


def _distinctive_words(organisation: str) -> list[str]:
    return [alphanumeric(w) for w in fold(organisation).split() if w not in _GENERIC_ORGANISATION_WORDS]


_GENERIC_ORGANISATION_WORDS = frozenset(
    [
        "capital",
        "partners",
        "group",
        "labs",
        "lab",
        "ventures",
        "studio",
        "studios",
        "company",
        "fund",
        "holdings",
        "consulting",
        "advisors",
        "associates",
        "llc",
        "inc",
        "ltd",
        "the",
        "of",
        "and",
        "co",
    ]
)
