"""Goal fit: for every goal a score in [0, 1] with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass

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
from kindly.model import GoalFit, Intent
from kindly.profile import Goal, GoalKind, Profile

# How well each kind of ask can serve each kind of goal, before looking at who and what.
AFFINITY: dict[GoalKind, dict[Intent, float]] = {
    GoalKind.FIND_CLIENTS: {
        Intent.CLIENT_INQUIRY: 1.0,
        Intent.INTRODUCTION: 0.6,
        Intent.PARTNERSHIP_PROPOSAL: 0.5,
        Intent.EVENT_INVITATION: 0.5,
        Intent.COMMUNITY_INVITATION: 0.5,
        Intent.COFFEE_CHAT: 0.4,
        Intent.SPEAKING_INVITATION: 0.4,
    },
    GoalKind.BUILD_CREDIBILITY: {
        Intent.SPEAKING_INVITATION: 1.0,
        Intent.EVENT_INVITATION: 0.4,
        Intent.PARTNERSHIP_PROPOSAL: 0.4,
        Intent.COMMUNITY_INVITATION: 0.4,
        Intent.INTRODUCTION: 0.3,
        Intent.COFFEE_CHAT: 0.2,
    },
    GoalKind.MEET_PERSON: {
        Intent.INTRODUCTION: 0.5,
        Intent.EVENT_INVITATION: 0.4,
        Intent.COFFEE_CHAT: 0.4,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.PARTNERSHIP_PROPOSAL: 0.3,
    },
    GoalKind.HELP_CLIENT: {
        Intent.INTRODUCTION: 0.6,
        Intent.PARTNERSHIP_PROPOSAL: 0.4,
        Intent.EVENT_INVITATION: 0.3,
        Intent.COFFEE_CHAT: 0.3,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.SALES_PITCH: 0.2,
    },
    GoalKind.FIND_COMMUNITY: {
        Intent.COMMUNITY_INVITATION: 1.0,
        Intent.EVENT_INVITATION: 0.7,
        Intent.COFFEE_CHAT: 0.3,
        Intent.INTRODUCTION: 0.4,
        Intent.SPEAKING_INVITATION: 0.3,
    },
    GoalKind.FIND_MENTOR: {
        Intent.INTRODUCTION: 0.6,
        Intent.COMMUNITY_INVITATION: 0.5,
        Intent.EVENT_INVITATION: 0.4,
        Intent.COFFEE_CHAT: 0.4,
    },
    GoalKind.AMPLIFY_CAMPAIGN: {
        Intent.PARTNERSHIP_PROPOSAL: 0.8,
        Intent.SPEAKING_INVITATION: 0.7,
        Intent.COMMUNITY_INVITATION: 0.4,
        Intent.INTRODUCTION: 0.4,
        Intent.EVENT_INVITATION: 0.3,
    },
    GoalKind.CUSTOM: {
        Intent.COFFEE_CHAT: 0.3,
        Intent.EVENT_INVITATION: 0.3,
        Intent.INTRODUCTION: 0.3,
        Intent.PARTNERSHIP_PROPOSAL: 0.3,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.SPEAKING_INVITATION: 0.3,
        Intent.CLIENT_INQUIRY: 0.3,
    },
}

# An event serves a goal of finding a community when it is the right event: an ask that names few of a
# goal's people or subjects keeps only BASE of its kind's weight, unless that kind serves the goal directly.
# Measured by bench/goal_fit_quality.py.
W_AFFINITY, W_TARGET, W_TOPIC, BASE = 0.5, 0.3, 0.2, 0.4


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text a fit is judged on: who sent it, and what they wrote (with any event details)."""

    sender: str
    text: str

    @property
    def folded(self) -> str:
        return fold(f"{self.sender}\n{self.text}")


def goal_fits(profile: Profile, intent: Intent, evidence: Evidence) -> list[GoalFit]:
    folded = evidence.folded
    stems = set(content_stems(folded))
    sender = fold(evidence.sender)
    return [_fit(index, goal, intent, folded, stems, sender) for index, goal in enumerate(profile.goals)]


def best_fit(profile: Profile, fits: list[GoalFit]) -> GoalFit | None:
    """The goal served best; among near-equal scores the higher-priority goal wins."""
    if not fits:
        return None
    priorities = {i: goal.priority for i, goal in enumerate(profile.goals)}
    return max(fits, key=lambda f: (round(f.score, 2), -priorities[f.goal_index]))


def _fit(index: int, goal: Goal, intent: Intent, folded: str, stems: set[str], sender: str) -> GoalFit:
    notes: list[str] = []
    namesake = ""
    for target in goal.targets:
        if looks_like_person(target) and phrase_in(target, folded):
            where = "is the sender" if phrase_in(target, sender) else "is named in the message"
            elsewhere = _namesake_of(goal, target, folded, sender) if where == "is the sender" else ""
            if elsewhere:
                notes.append(
                    f"the sender shares {target}'s name but writes from {elsewhere}: perhaps someone else"
                )
                namesake = target
                continue
            # A matched target person outweighs everything else.
            score = 0.95 if where == "is the sender" else 0.85
            return GoalFit(
                index, goal.kind.value, goal.description, score, (f"target person {target} {where}",)
            )

    affinity = AFFINITY.get(goal.kind, {}).get(intent, 0.0)
    notes.append(f"a {intent.value} serves {goal.kind.value} {_strength(affinity)} ({affinity:.1f})")

    target_score = 0.0
    for target in goal.targets:
        if target == namesake:
            continue
        if phrase_in(target, folded):
            target_score = 1.0
            notes.append(f'target "{target}" mentioned')
            break
        coverage = stem_coverage(target, stems)
        if coverage >= 0.6 and coverage > target_score:
            target_score = coverage
            notes.append(f'target "{target}" partly matched ({coverage:.0%})')

    goal_stems = set(content_stems(goal.description)) - set(content_stems(namesake))
    shared = sorted(goal_stems & stems)
    topic = min(1.0, 2 * len(shared) / len(goal_stems)) if goal_stems else 0.0
    if shared:
        notes.append(f"topic overlap with the goal: {', '.join(shared[:6])} ({topic:.2f})")

    # The kind of ask counts in full where it serves the goal directly (a client enquiry, a talk) or the
    # message is about the goal; otherwise it keeps BASE of its weight.
    relevance = max(target_score, topic)
    gate = 1.0 if affinity >= 0.8 else BASE + (1 - BASE) * min(1.0, 2 * relevance)
    score = W_AFFINITY * affinity * gate + W_TARGET * target_score + W_TOPIC * topic
    if affinity == 0.0:
        score *= 0.5  # talk of the right topic does not make a pitch serve a goal
    return GoalFit(index, goal.kind.value, goal.description, round(min(score, 1.0), 3), tuple(notes))


def _namesake_of(goal: Goal, target: str, folded: str, sender: str) -> str:
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
        distinctive = [
            alphanumeric(w) for w in fold(organisation).split() if w not in _GENERIC_ORGANISATION_WORDS
        ]
        if phrase_in(organisation, folded) or any(len(w) >= 4 and w in label for w in distinctive):
            return ""
    # The message names the sender's organisation as their address spells it ("Lumen Haus").
    body = folded.partition("\n")[2]
    return domain if label in alphanumeric(body) else ""


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


def _strength(affinity: float) -> str:
    if affinity >= 0.8:
        return "directly"
    if affinity >= 0.4:
        return "partly"
    if affinity > 0:
        return "weakly"
    return "not at all"
