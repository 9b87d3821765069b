"""Tessa Marlowe, an agency recruiter in Denver who places senior engineers, as she meets kindly (session 24,
recruiter): to someone who recruits for others, a mail about hiring is her own trade, not a recruiter's approach
to be told "I'm not looking for a new role" - a head of talent who needs to hire is a client, an engineer looking
for their next role is a candidate her goal wants to meet, and a friend introducing one offers a clear meeting;
a fake-cheque "job" for her candidates is a scam."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import RECRUITER_CANDIDATES, agency_recruiter_profile, eng_manager_profile, to_renata, to_tessa
from support import Kindly, profile_file, triaged_one

MARCO = "Marco Villanueva <marco@mail.example>"


def _to_tessa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, toml: str = "") -> Any:
    """The triage record of a mail to Tessa against her profile (or `toml`)."""
    mail = to_tessa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(toml or agency_recruiter_profile(), tmp_path))


# -- 1. a company that needs to hire asks for her work: a client, not a recruiter's approach ----------------------

CLIENTS = [
    (
        "Help hiring senior backend engineers?",
        "Hi Tessa,\n\nI'm Head of Talent at Fernbrook Health (Series B, about 120 people). We need to hire three "
        "senior backend engineers in the next quarter and our in-house team is stretched thin. Would you have time "
        "for a call next week to talk about whether you could help?\n\nThanks,\nPriya Raman\n",
    ),
    (
        "Senior engineers for Vellum",
        "Hi Tessa,\n\nI'm VP of Engineering at Vellum Software and we're growing the team by six senior engineers "
        "next year. Could we find 30 minutes to talk about working together?\n\nTom\n",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CLIENTS)
def test_a_company_that_needs_to_hire_is_a_client_she_says_yes_to(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_tessa(
        kindly, tmp_path, body, sender="Priya Raman <priya@fernbrook.example>", subject=subject
    )
    assert record["intent"] == "client_inquiry", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert "new role" not in record["draft"]


def test_a_recruiter_offering_her_an_in_house_role_is_still_a_recruiters_approach(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Tessa,\n\nI'm recruiting a Head of Engineering Recruiting for a Series D company in Boulder - we're "
        "hiring fast and the package is great. Your background looks like a strong fit. Open to a quick chat this "
        "week?\n\nChris\n"
    )
    record = _to_tessa(
        kindly, tmp_path, body, sender="Chris Doyle <chris@apextalent.example>", subject="In-house lead role"
    )
    assert record["intent"] == "recruiting"
    assert record["decision"] == "decline"
    assert "not looking for a new role" in record["draft"]  # a role of her own offered: the usual no


def test_a_company_hiring_her_as_its_own_recruiter_is_no_client(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nWe're hiring an in-house technical recruiter at Fernbrook Health and we'd love you to join us "
        "to build out the engineering pipeline. Would you be open to a chat this week?\n\nPriya\n"
    )
    record = _to_tessa(
        kindly, tmp_path, body, sender="Priya Raman <priya@fernbrook.example>", subject="A role"
    )
    assert record["intent"] != "client_inquiry", record["reason"]


# -- 2. an engineer looking for their next role is a candidate her goal seeks, not a job seeker to refer away ----

CANDIDATES = [
    (
        "Senior Go engineer - CV attached",
        "Hi Tessa,\n\nI'm a senior backend engineer (8 years, mostly Go and Postgres) and I'm starting to look for "
        "my next role, ideally remote or in Denver. I've attached my CV.\n\nWould you have 20 minutes for a call "
        "sometime next week to talk about what's out there?\n\nThanks,\nMarco\n",
    ),
    (
        "Hello",
        "Hi Tessa - I'm a senior platform engineer in Boulder (Kubernetes, Go) and starting to look around for my "
        "next role. Would love to connect and hear what you're working on.\n\nLena\n",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CANDIDATES)
def test_a_candidate_asking_to_talk_is_met(kindly: Kindly, tmp_path: Path, subject: str, body: str) -> None:
    record = _to_tessa(kindly, tmp_path, body, sender=MARCO, subject=subject)
    assert record["decision"] == "accept", (record["intent"], record["reason"])
    assert "How I run" not in record["draft"]  # not referred to her page for hiring managers


def test_a_friend_introducing_a_candidate_says_what_it_is_for(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tessa,\n\nYou placed me at Kestrel two years ago - thank you again! My former colleague Leo Marsh is a "
        "senior platform engineer and is quietly looking. Could I introduce you two by email?\n\nPriya\n"
    )
    record = _to_tessa(
        kindly,
        tmp_path,
        body,
        sender="Priya Desai <priya.desai@mail.example>",
        subject="A friend you should meet",
    )
    assert record["decision"] == "accept", record["reason"]


def test_without_a_goal_of_clients_who_hire_a_candidate_is_not_her_trade(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the same engineer to a user whose only goal names candidates (no clients who hire): nothing changes
    record = _to_tessa(
        kindly,
        tmp_path,
        CANDIDATES[1][1],
        sender="Lena Fischer <lena@mail.example>",
        subject="Hello",
        toml=agency_recruiter_profile(RECRUITER_CANDIDATES),
    )
    assert record["intent"] == "recruiting", record["reason"]


def test_an_engineering_manager_who_hires_for_her_own_team_is_no_agency(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Renata hires for her own team (her goal says "Hire ..."): a candidate's CV stays a job seeker's ask of her
    mail = to_renata(
        tmp_path / "mail.eml", CANDIDATES[0][1].replace("Tessa", "Renata"), sender=MARCO, subject="CV"
    )
    record = triaged_one(kindly, mail, profile_file(eng_manager_profile(), tmp_path))
    assert record["intent"] == "recruiting", record["reason"]
    assert record["fit"] < 0.7, record[
        "reason"
    ]  # weighed as before, not as the candidate an agency's goal seeks


# -- 3. a fake-cheque "job" to pass on to her candidates is a scam: no reply -------------------------------------

FAKE_CHEQUE_JOB = (
    "Dear Recruiter,\n\nWe are urgently hiring 50 remote data entry clerks, $45/hour, no experience needed. Please "
    "forward this offer to all your candidates. Selected applicants will receive a check to buy their home office "
    "equipment from our approved vendor and must send back the remaining balance via wire transfer.\n\nReply with "
    "candidate names and phone numbers.\n\nHR Department\n"
)


def test_a_fake_cheque_job_for_her_candidates_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tessa(
        kindly,
        tmp_path,
        FAKE_CHEQUE_JOB,
        sender="HR Department <careers@remotejobs-hiring.example>",
        subject="Remote job openings for your candidates - $45/hr",
    )
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam"
    assert not record["draft"]


@pytest.mark.parametrize(
    "body",
    [
        # a deposit returned is no scam
        "Hi Tessa,\n\nThanks for booking the meeting room with us last month. We'll send back the remaining balance "
        "of your deposit by Friday. Would you like to book the room again for your January roundtable?\n\nAmy\n",
        # a speaker's fee paid by cheque is no scam
        "Hi Tessa,\n\nWould you speak at our HR meetup on January 14? Speakers receive a check for $300 after the "
        "event.\n\nJordan\n",
    ],
)
def test_money_sent_back_or_a_cheque_alone_is_no_scam(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _to_tessa(kindly, tmp_path, body, sender="Amy Cho <amy@venue.example>", subject="Your booking")
    assert record["reason_code"] != "scam", record["reason"]


# -- 4. another recruiter's split is turned down without "I'm not looking for a new role" ----------------------

SPLIT_FEE = (
    "Hey Tessa,\n\nSaw you're working the Fernbrook backend roles. I've got a couple of great senior engineers in my "
    "pipeline who'd be perfect. Want to do a 50/50 split? I can send you names today and you submit them - no need "
    "to screen, they're solid.\n\nBrett Callahan\nSummit Peak Talent\n"
)


def test_another_recruiters_split_is_declined_without_a_new_role_in_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tessa(
        kindly,
        tmp_path,
        SPLIT_FEE,
        sender="Brett Callahan <brett@summitpeak.example>",
        subject="Split on your Fernbrook backend role?",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "new role" not in record["draft"]
    # session 24 (recruiter2): her split-fee rule now holds, so the no says "I'll have to pass" by her rule
    # (was the "I'll pass" of a recruiter's approach that serves no goal)
    assert "pass." in record["draft"]
