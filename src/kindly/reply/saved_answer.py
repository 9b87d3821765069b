"""A request for the user's own work that no goal weighs (a wedding to officiate, left "yours to answer") still
gets a draft where one of the user's saved answers is about what is asked: that answer, in their own words, ready
to send if they take the request on. The decision stays theirs; the draft only saves them the typing.

Pure: reads the message's words, the verdict and the profile's answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kindly.decide.client_need import CLIENT_REQUEST
from kindly.decide.work_asked import WORK_ASKED, work_asked
from kindly.model import Decision, DecisionMark, Message, Verdict
from kindly.profile import Answer
from kindly.reply.answers import answers_for, answers_to_use

_NO_GOAL = frozenset({"not_a_fit", "not_current_focus"})  # declined only for serving no goal


def saved_answers_asked(message: Message, intent: str, answers: Sequence[Answer]) -> list[str]:
    """The user's saved answers about what the message asks, its subject included ("Wedding - would you
    officiate?", "Do we need premarital counseling first?"), in the user's words; [] where none is about it. To
    someone asking to work for the user (`intent` WORK_ASKED) any answer: what the user pays is no price of theirs."""
    usable = list(answers) if intent == WORK_ASKED else answers_to_use(answers, intent)
    return answers_for(f"{message.subject}\n{message.own_text}", usable)


def with_saved_answer(verdict: Verdict, message: Message, intent: str, answers: Sequence[Answer]) -> Verdict:
    """A request for the user's work left to them, marked to get a draft of their saved answer where one is about
    what is asked (the reason says so); so is someone asking to work for the user, declined as serving no goal,
    where the user saved how they take such help on (`work_asked`); any other verdict as it is."""
    asked = work_asked(f"{message.subject}\n{message.own_text}") if verdict.reason_code in _NO_GOAL else ""
    if asked and saved_answers_asked(message, WORK_ASKED, answers):
        return Verdict(
            Decision.IGNORE,
            f'They ask to work for you ("{asked}"): yours to decide. Your saved answer about it is drafted, for '
            "you to send if you take them on.",
            WORK_ASKED,
            evidence=(
                *verdict.evidence,
                f"weighed on its own words: {verdict.decision.value} ({verdict.reason_code})",
            ),
            marks=frozenset({DecisionMark.SAVED_ANSWER}),
        )
    if verdict.reason_code != CLIENT_REQUEST or not saved_answers_asked(message, intent, answers):
        return verdict
    return replace(
        verdict,
        reason=f"{verdict.reason} Your saved answer about it is drafted, for you to send if you take it on.",
        marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
    )
