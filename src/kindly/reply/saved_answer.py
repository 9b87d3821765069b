"""A request for the user's own work that no goal weighs (a wedding to officiate, left "yours to answer") still
gets a draft where one of the user's saved answers is about what is asked: that answer, in their own words, ready
to send if they take the request on. The decision stays theirs; the draft only saves them the typing.

Pure: reads the message's words, the verdict and the profile's answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kindly.model import DecisionMark, Message, Verdict
from kindly.profile import Answer
from kindly.reply.answers import answers_for, answers_to_use

CLIENT_REQUEST = "client_request"


def saved_answers_asked(message: Message, intent: str, answers: Sequence[Answer]) -> list[str]:
    """The user's saved answers about what the message asks, its subject included ("Wedding - would you
    officiate?", "Do we need premarital counseling first?"), in the user's words; [] where none is about it."""
    return answers_for(f"{message.subject}\n{message.own_text}", answers_to_use(answers, intent))


def with_saved_answer(verdict: Verdict, message: Message, intent: str, answers: Sequence[Answer]) -> Verdict:
    """A request for the user's work left to them, marked to get a draft of their saved answer where one is about
    what is asked (the reason says so); any other verdict as it is."""
    if verdict.reason_code != CLIENT_REQUEST or not saved_answers_asked(message, intent, answers):
        return verdict
    return replace(
        verdict,
        reason=f"{verdict.reason} Your saved answer about it is drafted, for you to send if you take it on.",
        marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
    )
