"""Nineteenth session, debts: a fact decide reads back of a goal's fit is carried as a mark beside its note, so the
note may be reworded for people without changing what is decided."""

from __future__ import annotations

from datetime import UTC, datetime

from kindly.decide.policy import Context, decide
from kindly.model import Decision, DecisionMark, Intent, Message, Understanding
from kindly.profile import parse_profile

HR_MANAGER = parse_profile(
    """
[user]
name = "Amara Osei"
email = "amara.osei@hartwellhealth.org"
signature = "Amara"
weekly_networking_hours = 3

[[goals]]
kind = "find_mentor"
description = "An experienced HR director who can guide my step up from HR manager to HR director"
targets = ["HR directors", "chief people officers"]
priority = 1
"""
)
OFFER = (
    "Hi Amara,\n\nSam mentioned you are thinking about the step up to HR director. I have been HR director here for"
    " nine years, and I would be glad to mentor you - perhaps a monthly coffee to start?\n\nBest,\nRuth\n\n"
    "Ruth Kline\nHR Director, Hartwell Health"
)


def _colleagues_offer(body: str = OFFER) -> Message:
    return Message(
        source="test",
        channel="email",
        from_name="Ruth Kline",
        from_addr="ruth.kline@hartwellhealth.org",
        subject="Your step up to director",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )


def _decided(message: Message) -> tuple[Decision, frozenset[DecisionMark]]:
    understanding = Understanding(
        is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=True, confidence=0.9
    )
    verdict = decide(message, understanding, HR_MANAGER, Context())
    assert verdict.best is not None
    return verdict.decision, verdict.best.marks


def test_a_colleagues_offer_to_mentor_the_user_is_marked_on_the_find_mentor_goals_fit() -> None:
    assert _decided(_colleagues_offer()) == (Decision.ACCEPT, frozenset({DecisionMark.MENTOR_OFFERED}))


def test_a_colleague_asking_to_be_mentored_is_no_mentor_offered() -> None:
    asks = (
        "Hi Amara,\n\nI'm stepping into my first HR manager role and would love your advice on employee relations."
        " Would you be open to mentoring me? Even a monthly coffee would mean a lot.\n\nThanks,\nTom"
    )
    _, marks = _decided(_colleagues_offer(asks))
    assert DecisionMark.MENTOR_OFFERED not in marks
