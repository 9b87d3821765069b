"""A request for the user's own work that no goal weighs (a wedding to officiate, left "yours to answer") still
gets a draft where one of the user's saved answers is about what is asked: that answer, in their own words, ready
to send if they take the request on. The decision stays theirs; the draft only saves them the typing. So does a
job seeker's ask one of those answers is about ("any openings for PhD students in your lab?", to a professor whose
answer says how new students apply): referred to the way in the user's own words rather than told "I do not have a
role to offer". And a yes whose saved answer says no ("I review for two journals a quarter and am full until March",
to a journal's review request) is that no: the answer is the reply, never a "Yes, I would be glad to" before it.

Pure: reads the message's words, the verdict and the profile's answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kindly.decide.candidates import asks_for_work
from kindly.decide.client_need import CLIENT_REQUEST
from kindly.decide.funding_sought import funding_sought, way_to_apply
from kindly.decide.work_asked import WORK_ASKED, work_asked
from kindly.model import Decision, DecisionMark, Message, Verdict
from kindly.profile import Answer
from kindly.reply.answers import about_money, answers_about, answers_for, answers_to_use

SAVED_NO = "saved_no"  # reason code of an ask the user's own saved answer about it turns down
# A saved answer that turns the ask down: "am full until March", "I'm not taking new students this year", "I no longer
# review for ...", "I can't take on more".
_SAYS_NO = re.compile(
    r"\b(?:am|I'm|I’m|we're|we’re|are)\s+(?:fully\s+booked|full|booked\s+up|at\s+capacity)\b(?!\s+(?:of|day|time|"
    r"service|range|price)\b)"
    r"|\b(?:am|I'm|I’m|we're|we’re|are)\s+not\s+(?:taking|accepting)\s+(?:on\s+)?(?:any\s+)?(?:new|more)\b"
    r"|\bI\s+no\s+longer\s+(?:take|accept|do|review|write|give|speak)\b"
    r"|\bI\s+(?:can't|can’t|cannot|can\s+not)\s+take\s+on\s+(?:any\s+)?(?:more|new|another)\b",
    re.IGNORECASE,
)
# What an answer about the way into the user's team is about: "openings", "PhD position", "join your lab", "internships".
_A_WAY_IN = re.compile(
    r"\b(?:openings?|positions?|vacanc\w+|jobs?|roles?|careers?|hiring|apply|applications?|applicants?|admissions?|"
    r"internships?|apprenticeships?|placements?|join\s+(?:your|the)|prospective\s+students?)\b",
    re.IGNORECASE,
)
REFER_ANSWER = "refer_answer"  # reason code of a job seeker pointed the way in by the user's saved answer
APPLY_ANSWER = (
    "apply_answer"  # reason code of an organisation seeking the user's funding, pointed to how to apply
)

_NO_GOAL = frozenset({"not_a_fit", "not_current_focus"})  # declined only for serving no goal
POINTED_ANSWER = (
    "refer_saved"  # reason code of an ask the user's saved answer sends elsewhere (press to their office)
)
# A saved answer that sends the ask elsewhere: an address or a link to write to, or who handles it ("our
# communications director ... arranges interviews", "applications go through our portal").
_POINTS_ELSEWHERE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|\b[\w-]+\.(?:org|com|edu|net|gov)/\S+"
    r"|\b(?:arranges|handles|coordinates|schedules|takes)\s+(?:all\s+)?(?:our\s+|my\s+|the\s+)?[\w-]+\b"
    r"|\bgo(?:es)?\s+through\b",
    re.IGNORECASE,
)


def _pointed_elsewhere(verdict: Verdict, message: Message, intent: str, answers: Sequence[Answer]) -> bool:
    """Whether a no for serving no goal meets a saved answer about what is asked that sends it elsewhere."""
    return (
        verdict.decision is Decision.DECLINE
        and verdict.reason_code in _NO_GOAL
        and any(_POINTS_ELSEWHERE.search(said) for said in saved_answers_asked(message, intent, answers))
    )


def _job_seeker_declined(verdict: Verdict, message: Message) -> bool:
    """Whether the verdict is the plain no to a job seeker asking the user for work (no careers page, no recruiter),
    or one that points them to a resource kindly chose for them: the user's own saved answer on the way in is the
    answer they wrote for this very ask ("Is Halvorsen hiring?": "Our openings are posted at ...")."""
    return (
        (verdict.decision is Decision.DECLINE and verdict.reason_code == "not_a_fit")
        or (verdict.decision is Decision.REFER and verdict.reason_code == "refer_resource")
    ) and asks_for_work(message.own_text)


def saved_answers_asked(
    message: Message, intent: str, answers: Sequence[Answer], *, seeker: bool = False
) -> list[str]:
    """The user's saved answers about what the message asks, its subject included ("Wedding - would you
    officiate?", "Do we need premarital counseling first?"), in the user's words; [] where none is about it. To
    someone asking to work for the user (`intent` WORK_ASKED) any answer: what the user pays is no price of theirs. A
    job seeker's (`seeker`) ask is often no question ("I would like to ask whether you expect any openings"): an
    answer about what their mail names is about it."""
    text = f"{message.subject}\n{message.own_text}"
    usable = list(answers) if intent == WORK_ASKED else answers_to_use(answers, intent)
    if seeker:
        # only an answer about the way in ("openings", "PhD position", "join your lab"): a candidate who names the
        # software they know is not asking how the user's books are kept
        ways_in = [
            a for a in usable if not about_money(a) and any(_A_WAY_IN.search(term) for term in a.about)
        ]
        return answers_for(text, ways_in) or answers_about(text, ways_in)
    return answers_for(text, usable)


def with_saved_answer(verdict: Verdict, message: Message, intent: str, answers: Sequence[Answer]) -> Verdict:
    """A request for the user's work left to them, marked to get a draft of their saved answer where one is about
    what is asked (the reason says so); so is someone asking to work for the user, declined as serving no goal,
    where the user saved how they take such help on (`work_asked`), and a job seeker the user's saved answer shows
    the way in; an ask the user's own saved answer turns down is declined with it; an organisation seeking a
    grantmaker's funding is pointed to their saved answer on how to apply; any other verdict as it is."""
    # (a request for the user's work left to them is no reason to keep a funding ask from the way to apply)
    weighed = verdict.decision is not Decision.IGNORE or verdict.reason_code == CLIENT_REQUEST
    apply = way_to_apply(answers) if weighed else None
    sought = funding_sought(f"{message.subject}\n{message.own_text}") if apply is not None else ""
    if sought:
        return Verdict(
            Decision.REFER,
            f'They seek your funding ("{sought}"): your saved answer says how to apply, drafted for you to send.',
            APPLY_ANSWER,
            evidence=(
                *verdict.evidence,
                f"weighed on its own words: {verdict.decision.value} ({verdict.reason_code})",
            ),
            marks=frozenset({DecisionMark.SAVED_ANSWER}),
        )
    if _job_seeker_declined(verdict, message) and saved_answers_asked(message, intent, answers, seeker=True):
        return replace(
            verdict,
            decision=Decision.REFER,
            reason="A job seeker asking about work with you: your saved answer says how to apply, drafted for you "
            "to send.",
            reason_code=REFER_ANSWER,
            marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
        )
    if _pointed_elsewhere(verdict, message, intent, answers):
        # "a quick interview for a story" to a user whose saved answer says their communications director arranges
        # interviews: the way it goes, in their words, rather than a bare no (or a no that wishes their event well)
        return replace(
            verdict,
            decision=Decision.REFER,
            reason=f"{verdict.reason} Your saved answer about it says where it goes; it is drafted for you to send.",
            reason_code=POINTED_ANSWER,
            marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
            hours=0.0,
        )
    if verdict.decision is Decision.ACCEPT and any(
        _SAYS_NO.search(said) for said in saved_answers_asked(message, intent, answers)
    ):
        return replace(
            verdict,
            decision=Decision.DECLINE,
            reason="Your saved answer about it says no; it is drafted as your reply.",
            reason_code=SAVED_NO,
            marks=verdict.marks | {DecisionMark.SAVED_ANSWER},
            hours=0.0,
        )
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
