"""Tessa Marlowe, the agency recruiter, round two (session 24, recruiter2): a VP who wants five candidate profiles
"for free before we sign anything" meets her rule against unpaid recruiting trials; another recruiter's 50/50 split
meets her rule against splitting fees; a client's follow-up that withdraws the reply to his fee question still gets
her fee answer; and a candidate who sends a CV is thanked for the CV, not "for the invitation"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import words_needed
from kindly.decide.split_fee import split_offered
from kindly.profile import Answer
from kindly.reply.carried_answers import answers_still_open
from personas import RECRUITER_NEVER, agency_recruiter_profile, to_tessa
from support import Kindly, profile_file, triaged, triaged_one

FEE_ANSWER = "My fee is 20% of first-year base salary"


def _to_tessa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> Any:
    """The triage record of a mail to Tessa against her profile."""
    mail = to_tessa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_recruiter_profile(), tmp_path))


# -- 1. work asked for free before an agreement is an unpaid recruiting trial -------------------------------------

FREE_PROFILES = (
    "Hi Tessa,\n\nI'm VP of Engineering at Vellum Software and we're growing the team by six senior engineers next "
    "year. Before we sign anything, could you send us five candidate profiles for free so we can see the quality "
    "of your network? If they're good we'll talk terms.\n\nTom\n"
)


def test_five_free_candidate_profiles_before_signing_meet_her_rule_against_unpaid_trials(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tessa(
        kindly, tmp_path, FREE_PROFILES, sender="Tom Becker <tom@vellum.example>", subject="Senior engineers"
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "unpaid recruiting" in record["reason"]
    assert "firm rule against" in record["draft"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # the reader is offered something free, no work of hers asked free
            "Free webinar: hiring senior engineers in 2027",
            "Hi Tessa,\n\nI'm Head of Talent at Fernbrook Health and we need to hire three senior backend engineers "
            "next quarter. Could we find 30 minutes next week to talk about working together? You can also join "
            "our free webinar on engineering hiring on December 10 if you like.\n\nPriya\n",
        ),
        (  # "feel free to" is no free work
            "Senior engineers for Vellum",
            "Hi Tessa,\n\nI'm VP of Engineering at Vellum Software and we're growing the team by six senior "
            "engineers next year. Could we find 30 minutes to talk about working together? Feel free to send us "
            "candidate profiles whenever you have some.\n\nTom\n",
        ),
    ],
)
def test_a_client_who_asks_no_work_for_free_is_still_a_client(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_tessa(kindly, tmp_path, body, sender="Tom Becker <tom@vellum.example>", subject=subject)
    assert record["reason_code"] != "never_do", record["reason"]
    assert "firm rule" not in (record["draft"] or "")


# -- 2. another recruiter's split of a placement's fee --------------------------------------------------------------

BRETTS_SPLIT = (
    "Hey Tessa,\n\nSaw you're working the Fernbrook backend roles. I've got a couple of great senior engineers in "
    "my pipeline who'd be perfect. Want to do a 50/50 split? I can send you names today and you submit them - no "
    "need to screen, they're solid.\n\nBrett Callahan\nSummit Peak Talent\n"
)


def test_another_recruiters_split_is_declined_by_her_split_fee_rule(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tessa(
        kindly,
        tmp_path,
        BRETTS_SPLIT,
        sender="Brett Callahan <brett@summitpeak.example>",
        subject="Split on your Fernbrook backend role?",
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do", record["reason"]  # before: "serves none of your goals"
    assert "splitting fees with other recruiters" in record["draft"]


def test_her_split_fee_rule_is_one_kindly_can_check() -> None:
    # before: the run's note said "nothing kindly can check: it never holds"
    assert words_needed(RECRUITER_NEVER[0]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Want to do a 50/50 split? I can send you names today and you submit them.",
        "Happy to split the fee on the Fernbrook placement if you take my candidate.",
        "Would you be open to a split placement on your backend search?",
    ],
)
def test_a_split_placement_is_read_as_one(text: str) -> None:
    assert split_offered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunch is on Thursday - we usually do a 50/50 split of the bill.",
        "We could split the cost of the venue with the other recruiters' group.",
        "We split the team into two squads last year, so we need two senior engineers.",
        "A 50/50 split between remote and office days.",  # no placement talked of
    ],
)
def test_a_bill_a_cost_or_a_team_split_is_no_fee_split(text: str) -> None:
    assert split_offered(text) is None


def test_a_peers_lunch_that_splits_the_bill_is_no_split_placement(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nA few of us independent recruiters have lunch on the second Thursday of each month to swap "
        "notes on candidates and clients. Would you like to join us on December 10 at noon? We do a 50/50 split of "
        "the bill.\n\nRachel\n"
    )
    record = _to_tessa(
        kindly, tmp_path, body, sender="Rachel Nguyen <rachel@nguyen.example>", subject="Recruiters lunch"
    )
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]


# -- 3. a follow-up that withdraws the earlier draft keeps its saved answer ----------------------------------------

DANIELS_QUESTION = (
    "Hi Tessa,\n\nI'm an engineering manager at Quarry Labs and I'm hiring a senior platform engineer (Kubernetes, "
    "Terraform). We've never used an agency before. What's your fee for a placement like this, and how do you "
    "usually work?\n\nBest,\nDaniel\n"
)


def _daniels_thread(kindly: Kindly, tmp_path: Path, follow_up: str) -> list[dict[str, Any]]:
    """Daniel's fee question and his follow-up, triaged in one run."""
    folder = tmp_path / "mails"
    folder.mkdir()
    sender, subject = "Daniel Osei <daniel@quarrylabs.example>", "Senior platform engineer - your fee?"
    to_tessa(folder / "1.eml", DANIELS_QUESTION, sender=sender, subject=subject)
    to_tessa(
        folder / "2.eml",
        follow_up,
        sender=sender,
        subject=f"Re: {subject}",
        date="Tue, 1 Dec 2026 08:27:00 -0700",
    )
    return triaged(kindly, folder, profile=profile_file(agency_recruiter_profile(), tmp_path))


def test_a_follow_up_that_withdraws_the_fee_answer_carries_it_into_its_own_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    follow_up = (
        "Hi Tessa,\n\nOne more thing - could we do a call on Wednesday at 6:30pm? That's the only slot I have free "
        "this week.\n\nDaniel\n"
    )
    first, second = _daniels_thread(kindly, tmp_path, follow_up)
    assert not first["draft"]  # withdrawn: the thread is answered for its newest message
    assert second["decision"] == "accept", second["reason"]
    assert "9:00 am and 5:30 pm" in second["draft"]  # the 6:30pm call moved into her hours
    assert FEE_ANSWER in second["draft"]  # before: the fee question went unanswered


def test_a_follow_up_that_takes_the_fee_question_back_gets_no_fee_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    follow_up = (
        "Hi Tessa,\n\nScratch my question about the fee - a friend told me. One more thing - could we do a call on "
        "Wednesday at 6:30pm? That's the only slot I have free this week.\n\nDaniel\n"
    )
    _, second = _daniels_thread(kindly, tmp_path, follow_up)
    assert second["decision"] == "accept", second["reason"]
    assert FEE_ANSWER not in second["draft"]


FEE = Answer(about=["fee", "fees", "rate"], answer="My fee is 20% of first-year base salary.")
PLACES = Answer(about=["remote", "location"], answer="I place engineers in Denver and fully remote.")
WITHDRAWN = "Hi Daniel,\n\nThanks so much. My fee is 20% of first-year base salary.\n\nTessa"


def test_only_the_answers_the_withdrawn_draft_carried_are_carried() -> None:
    newer = "One more thing - could we do a call on Wednesday at 6:30pm?"
    assert answers_still_open([WITHDRAWN], newer, [FEE, PLACES]) == [FEE.answer]
    assert answers_still_open([], newer, [FEE, PLACES]) == []


@pytest.mark.parametrize(
    "newer",
    [
        "Scratch that - could we do a call on Wednesday instead?",
        "I found your fee on your site, so no need. Could we talk Wednesday?",
        "Please disregard my last email. Could we do a call on Wednesday?",
    ],
)
def test_an_answer_the_newer_message_takes_back_is_not_carried(newer: str) -> None:
    assert answers_still_open([WITHDRAWN], newer, [FEE, PLACES]) == []


# -- 4. a candidate is thanked for what they sent or asked ---------------------------------------------------------


def test_a_candidate_who_sends_a_cv_is_thanked_for_the_cv(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nI'm a senior backend engineer (8 years, mostly Go and Postgres, currently at a logistics "
        "startup) and I'm starting to look for my next role, ideally remote or in Denver. I've attached my CV.\n\n"
        "Would you have 20 minutes for a call sometime next week to talk about what's out there?\n\nThanks,\nMarco\n"
    )
    record = _to_tessa(
        kindly,
        tmp_path,
        body,
        sender="Marco Villanueva <marco@mail.example>",
        subject="Senior Go engineer - CV",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "for sending your CV" in record["draft"]
    assert "invitation" not in record["draft"]


def test_a_candidate_who_asks_to_talk_is_thanked_for_getting_in_touch(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nI'm a staff engineer at a fintech (distributed systems, Java and Kotlin) and I'd like to "
        "explore staff or principal roles in Denver. Could we talk on Thursday at 2pm?\n\nSam\n"
    )
    record = _to_tessa(
        kindly, tmp_path, body, sender="Sam Whitaker <sam@mail.example>", subject="Call about staff roles?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "for getting in touch" in record["draft"]
    assert "invitation" not in record["draft"]


def test_a_founders_coffee_is_still_thanked_as_an_invitation(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nI founded Park & Stone Search fifteen years ago and we're now twelve recruiters. Our mutual "
        "friend Luis mentioned you went out on your own this year and might like to compare notes with someone "
        "who's been through the early years of growing an agency. Coffee sometime in December? I'm near Union "
        "Station.\n\nHelen Park\n"
    )
    record = _to_tessa(
        kindly, tmp_path, body, sender="Helen Park <helen@parkandstone.example>", subject="Coffee?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "invitation" in record["draft"]
