"""A request for the user's own work that no goal weighs (a wedding to officiate, left "yours to answer") still
gets a draft where one of the user's saved answers is about what is asked: that answer, in their own words, ready
to send if they take the request on. The decision stays theirs; the draft only saves them the typing. So does a
job seeker's ask one of those answers is about ("any openings for PhD students in your lab?", to a professor whose
answer says how new students apply): referred to the way in the user's own words rather than told "I do not have a
role to offer".

Pure: reads the message's words, the verdict and the profile's answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kindly.decide.candidates import asks_for_work
from kindly.decide.client_need import CLIENT_REQUEST
from kindly.model import Decision, DecisionMark, Message, Verdict
from kindly.profile import Answer
from kindly.reply.answers import about_money, answers_about, answers_for, answers_to_use

REFER_ANSWER = "refer_answer"  # reason code of a job seeker pointed the way in by the user's saved answer


def _job_seeker_declined(verdict: Verdict, message: Message) -> bool:
    """Whether the verdict is the plain no to a job seeker asking the user for work (no careers page, no recruiter)."""
    return (
        verdict.decision is Decision.DECLINE
        and verdict.reason_code == "not_a_fit"
        and asks_for_work(message.own_text)
    )


def saved_answers_asked(
    message: Message, intent: str, answers: Sequence[Answer], *, seeker: bool = False
) -> list[str]:
    """The user's saved answers about what the message asks, its subject included ("Wedding - would you
    officiate?", "Do we need premarital counseling first?"), in the user's words; [] where none is about it. A job
    seeker's (`seeker`) ask is often no question ("I would like to ask whether you expect any openings"): an answer
    about what their mail names is about it."""
    text = f"{message.subject}\n{message.own_text}"
    usable = answers_to_use(answers, intent)
    if seeker:
        return answers_for(text, usable) or answers_about(text, [a for a in usable if not about_money(a)])
    return answers_for(text, usable)


def with_saved_answer(verdict: Verdict, message: Message, intent: str, answers: Sequence[Answer]) -> Verdict:
    """A request for the user's work left to them, marked to get a draft of their saved answer where one is about
    what is asked (the reason says so); any other verdict as it is."""
    if _job_seeker_declined(verdict, message) and saved_answers_asked(message, intent, answers, seeker=True):
        return replace(
            verdict,
            decision=Decision.REFER,
            reason="A job seeker asking about work with you: your saved answer says how to apply, drafted for you "
            "to send.",
            reason_code=REFER_ANSWER,
            marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
        )
    if verdict.reason_code != CLIENT_REQUEST or not saved_answers_asked(message, intent, answers):
        return verdict
    return replace(
        verdict,
        reason=f"{verdict.reason} Your saved answer about it is drafted, for you to send if you take it on.",
        marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
    )
