"""What a reply asks a client who wants the user's work at a price of their own (decide.discount_asked): the rate they
have in mind, before any yes - never "tell me about your business", which they did."""

from __future__ import annotations

from kindly.decide.discount_asked import DISCOUNT_ASKED
from kindly.model import Verdict


def terms_asked(verdict: Verdict, formal: bool) -> str:
    """The question of a reply to a request for the user's work at a cut price; "" for any other verdict."""
    if verdict.reason_code != DISCOUNT_ASKED:
        return ""
    # the rate is what they left unsaid: how many and how often, where they gave them, are not asked again
    if formal:
        return "I would be glad to consider it. Could you tell me what rate you had in mind?"
    return "I'd be glad to consider it - what rate did you have in mind?"
