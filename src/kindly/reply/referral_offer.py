"""A referral offered to the user for a job ("I'd be glad to refer you", "happy to put in a referral for you"): the
yes takes it up, and promises the resume where they asked for it, rather than thanking them for a meeting."""

from __future__ import annotations

import re

# "I'd be glad to refer you", "happy to refer you for the role", "I can put in a referral for you", "want a
# referral?" (not "could you refer me?", which asks the user for one, nor "refer clients to each other")
_OFFERS_A_REFERRAL = re.compile(
    r"\b(?:glad|happy|delighted|keen|willing|able|can|could|would love) (?:to )?(?:refer you|put (?:in|forward) "
    r"(?:a|my) referral for you|put you forward)\b|\bwant (?:me to refer you|a referral)\b",
    re.IGNORECASE,
)
# ...and the resume asked for: "just send me your latest resume", "send over your CV"
_RESUME_ASKED = re.compile(
    r"\bsend (?:me |over |along )?(?:me )?your (?:latest |updated |current )?(?:resume|résumé|cv)\b",
    re.IGNORECASE,
)


def referral_yes(text: str, formal: bool) -> str:
    """The yes to a referral offered for a job, or "" where none is offered."""
    if _OFFERS_A_REFERRAL.search(text) is None:
        return ""
    if _RESUME_ASKED.search(text):
        return (
            "Yes, please - I would be glad of the referral, and I will send you my latest resume."
            if formal
            else "Yes, please - I'd be glad of the referral, and I'll send you my latest resume."
        )
    return (
        "Yes, please - I would be glad of the referral."
        if formal
        else "Yes, please - I'd be glad of the referral."
    )
