"""What hurt Priya Natarajan, maintainer of the open-source validation library Valora (the twenty-first session's
persona review): a warm introduction to a company that wants to pay for support turned away, her rules about what
comes first read as rules against the call itself. Each near miss here must stay as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personas import oss_profile, to_priya
from support import Kindly, profile_file, triaged_one

PRIYA = oss_profile()

# 1. An introducer who says the person introduced is asking how to pay for what the user sells introduces a client.
INTRO = """Hi Priya, hi Marta,

Priya - Marta leads the data platform team at Helio Retail, where Valora sits in the middle of the order
pipeline. She's been asking how they can pay for support and help fund the project, so I thought you two
should talk.

Marta - Priya is the lead maintainer of Valora. I'll let you take it from here!

Lukas
"""


def _intro(tmp_path: Path, body: str) -> Path:
    return to_priya(
        tmp_path / "intro.eml",
        body,
        sender="Lukas Meyer <lukas.meyer@heliotech.example>",
        subject="Intro: Priya <> Marta (data platform)",
    )


def test_an_introduction_of_someone_asking_how_to_pay_for_support_is_a_client_introduced(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _intro(tmp_path, INTRO), profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert "I'll have to pass" not in record["draft"]


@pytest.mark.parametrize(
    "asking",
    [
        "She's been asking how she can contribute to the project as a volunteer",
        "She's been asking how to get started with open source",
        "She's been asking about your talk at PyCon",
    ],
)
def test_an_introduction_of_someone_asking_how_to_help_or_learn_is_no_client(
    kindly: Kindly, tmp_path: Path, asking: str
) -> None:
    body = INTRO.replace("She's been asking how they can pay for support and help fund the project", asking)
    record = triaged_one(kindly, _intro(tmp_path, body), profile_file(PRIYA, tmp_path))
    assert record["goal"] != "find_clients" or record["decision"] != "accept"


# 2. "recruiter calls without a salary range" wants the range first, as "pitch calls without a deck first" wants the
# deck: the recruiter is asked for it, and one who gives it is not.
RECRUITER = """Hi Priya,

I came across your work on Valora. I'm hiring a Staff Engineer (Python platform) for a well-funded Series B in
Munich - hybrid, great equity. Open to a quick 15-minute call this week?

Martin Vogel
Senior Talent Partner, Quantyc Recruiting
"""


def _recruiter(tmp_path: Path, body: str) -> Path:
    return to_priya(
        tmp_path / "recruiter.eml",
        body,
        sender="Martin Vogel <martin@quantyc-recruiting.example>",
        subject="Staff Engineer opportunity",
    )


def test_a_recruiter_without_a_salary_range_is_asked_for_it_first(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage",
        str(_recruiter(tmp_path, RECRUITER)),
        "--profile",
        str(profile_file(PRIYA, tmp_path)),
        "--json",
    )
    assert "it never holds" not in result.output  # the rule is read, not dropped at start
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert (record["decision"], record["reason_code"]) == ("ask_details", "asks_first")
    assert "salary range" in record["draft"]
    assert "I'm not looking for a new role" not in record["draft"]


def test_a_recruiter_who_gives_the_salary_range_is_not_asked_for_it(kindly: Kindly, tmp_path: Path) -> None:
    body = RECRUITER.replace("hybrid, great equity.", "hybrid, salary range EUR 110-130k plus equity.")
    record = triaged_one(kindly, _recruiter(tmp_path, body), profile_file(PRIYA, tmp_path))
    assert record["reason_code"] != "asks_first"


@pytest.mark.parametrize(
    "rule",
    [
        "panels without women speakers",  # no order of things: a condition kindly cannot check
        "meetings with lobbyists without council staff present",  # a condition of who is there
        "calls without a colleague present",
    ],
)
def test_a_without_that_names_who_or_what_is_there_is_no_thing_sent_first(rule: str) -> None:
    from kindly.decide.rules import rule_prerequisite

    assert rule_prerequisite(rule) is None


# 3. "NDAs before a first call" rules out the NDA ahead of the call, not the call: a lead who sends an NDA first is
# offered the call, and told the NDA waits.
NDA_LEAD = """Dear Priya,

Our data engineering team runs Valora in 60 services and we would like to discuss a support contract for 2027.
Before we can hold an introductory call, our legal department requires both parties to sign the attached mutual
NDA. Could you kindly return it signed by Friday, after which I will propose times for a first call?

Best regards,
Henrik Olsen
Head of Data Engineering, Nordbank
"""


def _nda(tmp_path: Path, body: str) -> Path:
    return to_priya(
        tmp_path / "nda.eml",
        body,
        sender="Henrik Olsen <h.olsen@nordbank.example>",
        subject="Support contract for Valora",
    )


def test_an_nda_asked_before_the_first_call_does_not_turn_the_call_away(
    kindly: Kindly, tmp_path: Path
) -> None:
    result = kindly(
        "triage", str(_nda(tmp_path, NDA_LEAD)), "--profile", str(profile_file(PRIYA, tmp_path)), "--json"
    )
    assert "NDAs before a first call" not in result.stderr  # no longer read word for word
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] in ("accept", "ask_details")
    assert record["goal"] == "find_clients"
    assert "I'll have to pass" not in record["draft"]
    assert (
        "I have a firm rule against NDAs before a first call, so I'd suggest we talk first" in record["draft"]
    )


def test_a_lead_who_asks_for_no_nda_is_not_told_the_rule(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Priya,

Our data engineering team runs Valora in 60 services and we would like to discuss a support contract for 2027.
No NDA needed at this stage. Could we have a first call next week?

Henrik Olsen
Head of Data Engineering, Nordbank
"""
    record = triaged_one(kindly, _nda(tmp_path, body), profile_file(PRIYA, tmp_path))
    assert record["decision"] in ("accept", "ask_details")
    assert "firm rule" not in record["draft"]


@pytest.mark.parametrize(
    "rule",
    [
        "calls before 07:00",
        "meetings before 9:30",
        "pitch calls before a deck",
        "recruiter calls before a written job description",
    ],
)
def test_a_rule_about_the_hour_or_what_comes_first_is_no_thing_kept_from_before_a_meeting(rule: str) -> None:
    from kindly.decide.rules import rule_not_first

    assert rule_not_first(rule) is None


# 4. A company asking the user onto a call to do the work on its own system - "look at our setup", "debug it with us" -
# with no word of paying is unpaid consulting, whether the model read it as a pitch or as a work meeting.
FREE_DEBUGGING = """Hi Priya,

We're a payments startup (Finlytics, ~80 engineers) and Valora is all over our codebase - love it! Since our
upgrade to 3.x our request validation got about 4x slower. Could you jump on a quick 30-minute call with our
platform team to look at our setup? It would mean a lot.

Cheers,
Daniel
Staff Engineer, Finlytics
"""

ISSUE_COMMENT = """From: Raj Mehta (GitHub @rajm-bigfin)
Subject: Comment on valora-dev/valora#2240 "Validation timeouts in production"

@priya-natarajan we're a large fintech and this is blocking our release on Friday. Our setup is a bit unusual
(custom validators generated from protobufs). Could you hop on a Zoom with us tomorrow for an hour and debug it
with us? We'd really appreciate it.
"""


def _from_finlytics(tmp_path: Path, body: str) -> Path:
    return to_priya(
        tmp_path / "finlytics.eml",
        body,
        sender="Daniel Reuter <daniel.reuter@finlytics.example>",
        subject="Quick call about Valora performance?",
    )


def test_a_company_asking_for_a_call_to_look_at_its_setup_is_declined_as_unpaid_consulting(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _from_finlytics(tmp_path, FREE_DEBUGGING), profile_file(PRIYA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "unpaid consulting for companies" in record["draft"]
    assert "short overview of what you do" not in record["draft"]


def test_a_pasted_issue_comment_asking_to_debug_it_together_is_no_work_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = tmp_path / "issue.txt"
    pasted.write_text(ISSUE_COMMENT, encoding="utf-8")
    record = triaged_one(kindly, pasted, profile_file(PRIYA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


def test_a_company_that_offers_to_pay_for_the_look_at_its_setup_is_not_asking_unpaid(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = FREE_DEBUGGING.replace("It would mean a lot.", "We'd pay your usual day rate, of course.")
    record = triaged_one(kindly, _from_finlytics(tmp_path, body), profile_file(PRIYA, tmp_path))
    assert record["reason_code"] != "never_do"


def test_a_company_asking_for_a_call_about_a_support_contract_is_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hello Priya,

I run the platform engineering group at Northwind Health. Valora validates every record in our 40-odd clinical
data services, and our procurement team now requires commercial support for critical open-source dependencies.
Could we schedule a call to look at our setup and discuss a support contract?

Kind regards,
Sarah Lindqvist
"""
    mail = to_priya(
        tmp_path / "northwind.eml",
        body,
        sender="Sarah Lindqvist <sarah.lindqvist@northwind-health.example>",
        subject="Commercial support for Valora at Northwind Health",
    )
    record = triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"


# 5. A conference's days written with their year ("12-18 July 2027", in November 2026) are next summer's, not
# this past July's: the yes asks which day is the user's session, not for "the details".
EUROPYTHON = """Hi Priya,

I'm on the EuroPython 2027 programme committee. We're planning a track on data quality - would you give an
invited talk about Valora and runtime validation? EuroPython 2027 takes place in Dublin, 12-18 July 2027; talks
are 30 or 45 minutes. We cover travel and accommodation for invited speakers.

Thanks a lot,
Ewa
"""


@pytest.mark.parametrize(
    ("days", "asked"),
    [
        ("12-18 July 2027", "Could you let me know the day and time of my session?"),
        (
            "7-9 May 2027",
            "Could you let me know the day and time of my session?",
        ),  # as before: more than 6 months on
    ],
)
def test_a_conference_whose_days_carry_next_years_date_asks_for_the_session(
    kindly: Kindly, tmp_path: Path, days: str, asked: str
) -> None:
    mail = to_priya(
        tmp_path / "europython.eml",
        EUROPYTHON.replace("12-18 July 2027", days),
        sender="Ewa Kowalczyk <ewa.kowalczyk@europython.example>",
        subject="EuroPython 2027: invited talk?",
        date="Fri, 20 Nov 2026 16:22:00 +0100",
    )
    record = triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"
    assert asked in record["draft"]
    assert "send me the details" not in record["draft"]
