"""The user's usual terms, offered with a no to work asked for free: "could you send us five candidate profiles for
free before we sign?" meets "unpaid recruiting 'trials' or free trial searches", and the no keeps the door open to
the would-be client with the user's own answer about what they charge ("My fee is 20% of first-year base salary
...") - the free trial is refused, not the client.

Pure: reads the rule's words and the profile's answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from kindly.decide.rules import CONCEPTS
from kindly.profile import Answer
from kindly.reply.answers import about_money


def usual_terms(rule: str, answers: Sequence[Answer]) -> str:
    """The user's answer about what they charge, where the rule that declined is one against unpaid work or
    trials; "" otherwise, or where no answer says what they charge."""
    if not rule or not (CONCEPTS["unpaid"].rule.search(rule) or CONCEPTS["spec_work"].rule.search(rule)):
        return ""
    return next((answer.answer for answer in answers if about_money(answer)), "")
