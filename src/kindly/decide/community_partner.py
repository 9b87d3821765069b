"""A request the model reads as a client's, to a user who seeks no clients but looks for community partners: "the
Westside Pantry Alliance is looking for a second distribution site ... your fellowship hall would be ideal. Could
you meet with me?" is the partner their goal names, not a request for their own work left unread. A colleague's
forward of it is read the same, on what it forwards."""

from __future__ import annotations

from kindly.decide.assess import assess
from kindly.decide.policy import ACCEPT_AT
from kindly.model import Intent, Message, Understanding
from kindly.profile import GoalKind, Profile


def with_community_partner(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A client's request read as the partnership it is, where the user seeks no clients and, as a partnership,
    it serves their goal of community partners well enough to accept; as it was otherwise."""
    if (
        understanding.intent is not Intent.CLIENT_INQUIRY
        or profile.has_goal(GoalKind.FIND_CLIENTS)
        or not profile.has_goal(GoalKind.FIND_COMMUNITY)
    ):
        return understanding
    best = assess(message, Intent.PARTNERSHIP_PROPOSAL, profile).best
    if best is None or best.kind != GoalKind.FIND_COMMUNITY.value or best.score < ACCEPT_AT:
        return understanding
    note = (
        f"partnership_proposal: read as a client's request, but you seek no clients, and as a partnership it "
        f'serves your goal "{best.description[:60]}" (fit {best.score:.2f})'
    )
    return understanding.read_as(Intent.PARTNERSHIP_PROPOSAL, note)
