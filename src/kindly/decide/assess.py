"""What an invitation is worth to the user's goals, before any decision: the fit with every goal, the goal
served best, and whether it pitches a service the user already has (and from whom)."""

from __future__ import annotations

from dataclasses import dataclass

from kindly.decide.fit import Evidence, best_fit, goal_fits
from kindly.decide.rules import ProviderHit, provider_hit
from kindly.model import GoalFit, Intent, Message
from kindly.profile import Profile


@dataclass(frozen=True, slots=True)
class Assessment:
    fits: tuple[GoalFit, ...]
    best: GoalFit | None
    provider: ProviderHit | None


def evidence_text(message: Message) -> str:
    """What an invitation is judged on: the subject and the sender's words, with any calendar details."""
    text = f"{message.subject}\n{message.own_text}\n{message.signature}"
    if message.event is not None:
        text += "\n" + message.body
    return text


def assess(message: Message, intent: Intent, profile: Profile) -> Assessment:
    text = evidence_text(message)
    fits = goal_fits(profile, intent, Evidence(sender=message.sender, text=text))
    return Assessment(tuple(fits), best_fit(profile, fits), provider_hit(profile, text, intent))
