"""A thank-you for something the user did for the sender, with a loose plan to meet some day: "Thanks for the
introduction to Tom yesterday - I owe you one. Let's get lunch in the new year." The two already know each other
and nothing is proposed to weigh: declining it as a coffee that serves no goal would answer a friend's thanks
with a no. A thanks that also proposes a day or a purpose ("... could we meet Tuesday at 9 about the seminar?")
is no such note: the plan must be loose."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# thanks for what the user did: an introduction, a referral, the help, "yesterday"
_THANKS_FOR_YOURS = re.compile(
    r"\b(?:thanks|thank you|many thanks|grateful)\s+(?:so much\s+|again\s+)?for\s+(?:the|your|that|making the)\s+"
    r"(?:warm\s+|kind\s+)?(?:intro(?:duction)?s?|referrals?|connection|recommendation|help|advice|yesterday|"
    r"(?:great\s+)?(?:chat|call|coffee|lunch|talk)\b(?!\s+(?:about|on|next|tomorrow)))\b",
    _F,
)

# a plan with no day: "let's get lunch in the new year", "we should grab coffee sometime", "lunch soon?"
_LOOSE_PLAN = re.compile(
    r"\b(?:let'?s|we should|we must|would be (?:great|nice|good) to)\s+(?:get|grab|have|do|catch up over)\s+"
    r"(?:a\s+)?(?:lunch|coffee|drinks?|dinner|breakfast|a beer|a bite)\s+"
    r"(?:sometime|soon|one of these days|in the new year|after the holidays|next year|early next year|"
    r"in (?:january|february|the spring)|when things (?:calm|slow) down)\b",
    _F,
)


def thanks_with_a_loose_plan(text: str) -> tuple[str, str] | None:
    """The thanks and the loose plan a note says, or None where it lacks either."""
    thanks = _THANKS_FOR_YOURS.search(text)
    plan = _LOOSE_PLAN.search(text)
    if thanks is None or plan is None:
        return None
    return " ".join(thanks.group(0).split()), " ".join(plan.group(0).split())
