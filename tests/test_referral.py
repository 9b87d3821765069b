"""The referral directory's ranking, and `refer` decisions that point to someone or something better."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kindly.decide.policy import Context, decide
from kindly.decide.referral import DirectoryEntry, asks_for_recommendation, rank
from kindly.model import Decision, Intent, Message, Understanding
from kindly.profile import load_profile
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
DIRECTORY = (
    DirectoryEntry(
        "Gordon Whitfield",
        "financial planning",
        "Evergreen Path Financial",
        "gordon@evergreen.example",
        "Fee-only planner for consultants: retirement plans, SEP-IRA vs Solo 401(k).",
    ),
    DirectoryEntry(
        "Kayla Moss", "web design", "Moss Web", "kayla@moss.example", "Websites for small studios."
    ),
    DirectoryEntry(
        "Ravi Shah", "legal services", "Shah Law", "ravi@shah.example", "Contracts and trademarks."
    ),
)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        pytest.param("Can you recommend a financial planner?", "Gordon Whitfield", id="names-the-trade"),
        pytest.param("who do you use for your website?", "Kayla Moss", id="lexicon-phrase"),
        pytest.param(
            "need help with a trademark for our studio name", "Ravi Shah", id="words-of-the-overview"
        ),
    ],
)
def test_entries_are_ranked_by_how_well_their_service_matches(query: str, first: str) -> None:
    matches = rank(query, DIRECTORY)
    assert matches and matches[0].entry.name == first
    assert all(0 < m.score <= 1 for m in matches)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_nothing_matches_an_unrelated_request() -> None:
    assert rank("Would you like to grab a beer?", DIRECTORY) == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        pytest.param("Could you recommend a good web designer?", True, id="recommend"),
        pytest.param("Do you know anyone who does bookkeeping for restaurants?", True, id="know-anyone"),
        pytest.param("Who do you use for IT support?", True, id="who-do-you-use"),
        pytest.param("Let's grab coffee next week.", False, id="plain-invitation"),
    ],
)
def test_asking_for_a_recommendation(text: str, asks: bool) -> None:
    assert asks_for_recommendation(text) is asks


def message(body: str, sender: str = "Lena Fox") -> Message:
    return Message(
        source="t",
        from_name=sender,
        from_addr="lena@fox.example",
        subject="Question",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 10, tzinfo=UTC),
    )


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def test_a_request_for_a_recommendation_is_referred_to_the_directory() -> None:
    msg = message("Hi Dana! Could you recommend a financial planner? Mine just retired.")
    verdict = decide(msg, understood(Intent.INTRODUCTION), PROFILE, Context(directory=DIRECTORY))
    assert (verdict.decision, verdict.reason_code) == (Decision.REFER, "refer_directory")
    assert verdict.referral is not None and verdict.referral.name == "Gordon Whitfield"
    draft = compose(msg, understood(Intent.INTRODUCTION), verdict, PROFILE)
    assert draft is not None and draft.steps == ("refer",)
    assert "Gordon Whitfield" in draft.text and "gordon@evergreen.example" in draft.text
    assert check_draft(draft, msg, PROFILE, verdict.referral).ok


def test_a_question_a_resource_answers_is_referred_to_it() -> None:
    msg = message(
        "I'm a bookkeeper thinking about starting my own practice. Could I pick your brain about "
        "finding first clients and pricing a bookkeeping practice?"
    )
    verdict = decide(msg, understood(Intent.MENTORSHIP_REQUEST), PROFILE, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.REFER, "refer_resource")
    draft = compose(msg, understood(Intent.MENTORSHIP_REQUEST), verdict, PROFILE)
    assert draft is not None and "https://example.com/going-independent" in draft.text
    assert check_draft(draft, msg, PROFILE, verdict.referral).ok


def test_without_a_matching_entry_there_is_no_referral() -> None:
    msg = message("Could you recommend a good plumber?")
    verdict = decide(msg, understood(Intent.INTRODUCTION), PROFILE, Context(directory=DIRECTORY))
    assert verdict.decision is not Decision.REFER


def test_a_resource_the_sender_says_they_have_read_is_not_sent_again() -> None:
    msg = message(
        "I've read your 'Going independent' post about five times. I'm a bookkeeper thinking about starting my "
        "own practice - could I ask how you found your first clients and priced a bookkeeping practice?"
    )
    verdict = decide(msg, understood(Intent.MENTORSHIP_REQUEST), PROFILE, Context())
    assert verdict.referral is None or "Going independent" not in verdict.referral.name
    draft = compose(msg, understood(Intent.MENTORSHIP_REQUEST), verdict, PROFILE)
    assert draft is None or "going-independent" not in draft.text


def test_thinking_about_going_independent_is_not_having_read_the_post() -> None:
    msg = message(
        "I'm a bookkeeper thinking about going independent. Could I ask how you found your first clients and "
        "priced your bookkeeping practice when you started your own practice?"
    )
    verdict = decide(msg, understood(Intent.MENTORSHIP_REQUEST), PROFILE, Context())
    assert verdict.referral is not None and verdict.referral.name.startswith("Going independent")


def test_who_read_the_post_and_asks_beyond_it_is_not_sent_another_resource() -> None:
    msg = message(
        "I read your blog post « Going independent » twice. How did you find your first five clients, how do "
        "you price monthly bookkeeping, and which certifications matter? Could we talk for 30 minutes?"
    )
    verdict = decide(msg, understood(Intent.MENTORSHIP_REQUEST), PROFILE, Context())
    assert verdict.reason_code != "refer_resource"
