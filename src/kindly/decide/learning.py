"""Goals of learning and the events that serve them: a goal to keep up with the tools of one's trade ("Stay
current on tax software", "Learn Kubernetes") or to earn the credits a licence asks for ("Earn the continuing
education credits for my license renewal"), and an event that teaches ("a hands-on workshop", "what's new for
2027", a clinical lecture) or carries such credit ("3 CPD hours", "2 CE credits (AGD PACE approved)"). Such an
event serves such a goal as directly as a meetup serves a goal of finding peers, whoever hosts it.

Pure: reads words only.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# A goal of learning, in the user's words.
_LEARNING_GOAL = re.compile(
    r"\b(?:learn\w*|stay(?:ing)? (?:current|up to date|on top)|keep(?:ing)? (?:up|current)|up to date|"
    r"upskill\w*|skills?|training|certif\w*|credits?|cpd|cpe|ceus?|continuing (?:professional )?"
    r"(?:education|development))\b",
    _F,
)
# An event that teaches: a workshop, a course, a lecture, the year's changes to the tools ("what's new for").
_TEACHES = re.compile(
    r"\b(?:hands-on|workshops?|training|(?<!of )courses?|masterclass(?:es)?|tutorials?|bootcamps?|lectures?|"
    r"what'?s new (?:for|in)|certification)\b",
    _F,
)
# ...or carries credit a licence or a membership asks for: "3 CPD hours", "2 CE credits", "AGD PACE approved".
_CREDIT = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s+)?(?:cpd|cpe|ce|ceus?|cme)\s+(?:hours?|credits?|points?|units?)\b|"
    r"\b\d+(?:\.\d+)?\s+hours?\s+of\s+(?:cpd|cpe|ceus?|cme)\b|"
    r"\bcontinuing (?:professional )?(?:education|development) (?:hours?|credits?|points?|units?)\b|"
    r"\b(?:pace|cpd)[- ](?:approved|accredited|certified)\b",
    _F,
)


def learning_goal(description: str) -> bool:
    """Whether a goal, by its description, is about learning or the credits a licence asks for."""
    return _LEARNING_GOAL.search(description) is not None


def what_it_teaches(text: str) -> str:
    """How an event says it teaches or carries credit ('carries credit ("3 CPD hours")', 'teaches ("hands-on
    workshop")'), or ""."""
    found = [
        f'{what} ("{m.group(0).strip()}")'
        for what, pattern in (("carries credit", _CREDIT), ("teaches", _TEACHES))
        if (m := pattern.search(text))
    ]
    return ", ".join(found)
