"""Goal fit: for every goal a score in [0, 1] with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass

from kindly.decide.fit_reading import (
    Reading,
    clients_of,
    is_name,
    names_organisation,
    namesake_of,
    read,
    writes_from,
)
from kindly.decide.words import content_stems, fold, looks_like_person, phrase_in, stem_coverage
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
        Intent.WORK_MEETING: 0.5,  # sitting down with the client, or for them, about the matter
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
W_AFFINITY, W_TARGET, W_TOPIC, BASE, DIRECT_UNRELATED = 0.5, 0.3, 0.2, 0.4, 0.5
# How much naming the client of a goal to help a client counts as a target: with what they need, or alone.
CLIENT_WITH_MATTER, CLIENT_ALONE = 0.5, 0.2
# How much an audience of the user's own clients counts as a target, when the ask is to be seen by them.
AUDIENCE = 0.5
# A sender who does what the user's peers do: what they say about clients counts this much for finding
# clients, and they count this much as a target of a community goal.
PEER_DISCOUNT, PEER = 0.5, 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text a fit is judged on: who sent it, and what they wrote (with any event details)."""

    sender: str
    text: str

    @property
    def folded(self) -> str:
        return fold(f"{self.sender}\n{self.text}")


# Asks that serve a goal whoever makes them and whatever they say: anyone who wants to hire you is a client.
_SERVED_BY_ANYONE = frozenset({(GoalKind.FIND_CLIENTS, Intent.CLIENT_INQUIRY)})

# Goals served by being in front of the people the user works for: a talk to them builds credibility.
_AUDIENCE_GOALS = frozenset({GoalKind.BUILD_CREDIBILITY, GoalKind.AMPLIFY_CAMPAIGN})


def goal_fits(profile: Profile, intent: Intent, evidence: Evidence) -> list[GoalFit]:
    reading = read(profile, evidence.sender, evidence.folded)
    return [_fit(index, goal, intent, reading) for index, goal in enumerate(profile.goals)]


def best_fit(profile: Profile, fits: list[GoalFit]) -> GoalFit | None:
    """The goal served best; among near-equal scores the higher-priority goal wins."""
    if not fits:
        return None
    priorities = {i: goal.priority for i, goal in enumerate(profile.goals)}
    return max(fits, key=lambda f: (round(f.score, 2), -priorities[f.goal_index]))


def _fit(index: int, goal: Goal, intent: Intent, reading: Reading) -> GoalFit:
    folded, stems, sender = reading.folded, reading.stems, reading.sender
    notes: list[str] = []
    namesake = ""
    for target in goal.targets:
        if looks_like_person(target) and phrase_in(target, folded):
            where = "is the sender" if phrase_in(target, sender) else "is named in the message"
            elsewhere = namesake_of(goal, target, folded, sender) if where == "is the sender" else ""
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

    # A client to help is who the goal is for, not what it is about: naming them is not enough.
    clients = clients_of(goal)
    target_score = 0.0
    for target in goal.targets:
        if target == namesake or target in clients:
            continue
        if phrase_in(target, folded) or writes_from(target, sender):
            target_score = 1.0
            notes.append(f'target "{target}" mentioned')
            break
        coverage = stem_coverage(target, set(stems))
        if coverage >= 0.6 and coverage > target_score:
            target_score = coverage
            notes.append(f'target "{target}" partly matched ({coverage:.0%})')

    # Names are matched whole, as targets: "Priya" of Fieldstone Capital shares no topic with "Priya
    # Natarajan of Fieldwork Capital". Each word counts as much as it tells this goal from the others.
    names = set().union(*(content_stems(t) for t in goal.targets if is_name(t)))
    goal_stems = set(content_stems(goal.description))
    shared = sorted((goal_stems - names) & stems)
    weight = reading.weights
    whole = sum(weight.get(s, 1.0) for s in goal_stems)
    topic = min(1.0, 2 * sum(weight.get(s, 1.0) for s in shared) / whole) if goal_stems else 0.0
    if shared:
        notes.append(f"topic overlap with the goal: {', '.join(shared[:6])} ({topic:.2f})")

    client = next((c for c in clients if names_organisation(c, reading)), "")
    if client:
        # Any word of what the client needs will do: the client's own mail about "the lender" is the matter.
        matter = set(content_stems(" ".join(t for t in goal.targets if t not in clients))) | goal_stems
        about_matter = bool((matter - names) & stems)
        target_score = max(target_score, CLIENT_WITH_MATTER if about_matter else CLIENT_ALONE)
        notes.append(f'client "{client}" named' + ("" if about_matter else ", but not what they need"))

    if reading.peer and goal.kind is GoalKind.FIND_CLIENTS and intent is not Intent.CLIENT_INQUIRY:
        # A fellow professional's clients are theirs: the studios they name are not coming to the user.
        target_score, topic = target_score * PEER_DISCOUNT, topic * PEER_DISCOUNT
        notes.append(f'the sender does what you do ("{reading.peer}"): the clients named are theirs')
    if reading.peer and goal.kind is GoalKind.FIND_COMMUNITY and target_score < PEER:
        target_score = PEER
        notes.append(f'the sender is a peer ("{reading.peer}")')
    if reading.audience and goal.kind in _AUDIENCE_GOALS and affinity >= 0.7 and target_score < AUDIENCE:
        target_score = AUDIENCE
        notes.append(f'the audience is who you work for ("{reading.audience}")')

    # The kind of ask counts in full where it serves the goal directly (a client enquiry, a talk) or the
    # message is about the goal; otherwise it keeps BASE of its weight. A direct ask that touches nothing
    # of the goal (a talk on retirement savings, a merchants' association) keeps DIRECT_UNRELATED.
    relevance = max(target_score, topic)
    if affinity >= 0.8:
        anyone = (goal.kind, intent) in _SERVED_BY_ANYONE
        gate = 1.0 if relevance > 0 or anyone else DIRECT_UNRELATED
    else:
        gate = BASE + (1 - BASE) * min(1.0, 2 * relevance)
    score = W_AFFINITY * affinity * gate + W_TARGET * target_score + W_TOPIC * topic
    if affinity == 0.0:
        score *= 0.5  # talk of the right topic does not make a pitch serve a goal
    return GoalFit(index, goal.kind.value, goal.description, round(min(score, 1.0), 3), tuple(notes))


def _strength(affinity: float) -> str:
    if affinity >= 0.8:
        return "directly"
    if affinity >= 0.4:
        return "partly"
    if affinity > 0:
        return "weakly"
    return "not at all"
