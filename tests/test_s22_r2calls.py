"""Session 22, round two: calls for talks left to the user say where and by when; times offered before the day
a meeting is needed by; an introduction to a hiring manager; a paying user asking for support."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.reply.talk_submission import how_to_submit, submission_link
from kindly.understand.extract import handle_signed_name
from kindly.understand.needed_by import needed_by
from personas import agency_profile, job_seeker_profile, oss_profile, to_seeker, to_tom
from support import Kindly, profile_file, triaged_one
from test_s22_board import _to_maggie
from test_s22_jobseek import PYDATA

# -- a call for talks from speakers@: no draft, but the reason says where to submit and by when ----------------

SUMMIT = (
    "Dear Tom,\n\nThe Northern Design Summit returns to Manchester Central on 22-23 April 2027. Our call for "
    "speakers is open and we'd especially welcome talks on brand strategy and design systems from agency "
    "founders.\n\nSubmit a proposal at northerndesignsummit.example/cfp - proposals close 15 January.\n\n"
    "The Northern Design Summit team\n"
)
SUMMIT_FROM = "Northern Design Summit <speakers@northerndesignsummit.example>"


def _to_tom(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = to_tom(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))


def test_a_call_for_speakers_from_speakers_at_says_where_to_submit_and_by_when(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(kindly, tmp_path, SUMMIT, SUMMIT_FROM, "Call for speakers")
    assert (record["decision"], record["draft"]) == ("accept", None), record["reason"]
    assert record["reason"].endswith(
        "It is a call for talks: submit through its own form at northerndesignsummit.example/cfp by Friday 15 "
        "January."
    )
    shown = kindly("show", "1").output
    assert "submit through its own form at northerndesignsummit.example/cfp by Friday 15 January" in " ".join(
        shown.split()
    )


def test_a_call_that_gives_no_link_says_so_with_its_deadline(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_seeker(
        tmp_path / "m.eml",
        PYDATA,
        sender="PyData Austin <organizers@pydata-austin.example>",
        subject="PyData Austin 2027: lightning talk proposals open",
    )
    record = triaged_one(kindly, mail, profile_file(job_seeker_profile(), tmp_path))
    assert (record["decision"], record["draft"]) == ("accept", None), record["reason"]
    assert record["reason"].endswith(
        "It is a call for talks: submit through its own form by Friday, January 8 (the mail gives no link to it)."
    )


def test_a_call_with_no_deadline_gives_its_link_alone(kindly: Kindly, tmp_path: Path) -> None:
    body = SUMMIT.replace(" - proposals close 15 January", "")
    record = _to_tom(kindly, tmp_path, body, SUMMIT_FROM, "Call for speakers")
    assert record["reason"].endswith(
        "It is a call for talks: submit through its own form at northerndesignsummit.example/cfp."
    ), record["reason"]


def test_a_programme_chair_writing_herself_is_answered_as_before(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a person's own address, signed by her - the reply is hers to send, not a form's
    body = SUMMIT.replace(
        "The Northern Design Summit team", "Grace Oduya\nProgramme Chair, Northern Design Summit"
    )
    record = _to_tom(
        kindly, tmp_path, body, "Grace Oduya <grace@northerndesignsummit.example>", "Call for speakers"
    )
    assert "It is a call for talks" not in record["reason"]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Submit at https://pydata.org/austin/cfp.", "https://pydata.org/austin/cfp"),
        ("Proposals via www.summit.example (closes Friday).", "www.summit.example"),
        (
            "Submit a proposal at northerndesignsummit.example/cfp - by Friday.",
            "northerndesignsummit.example/cfp",
        ),
        # near misses: an address, a firm's name, two sentences run together
        ("Questions to speakers@summit.example please.", ""),
        ("We are sponsored by Acme.io this year.", ""),
        ("It was great.Thanks again", ""),
        ("word " * 4000 + "a.b" * 3000, ""),
    ],
)
def test_the_link_a_call_gives(text: str, link: str) -> None:
    assert submission_link(text) == link


def test_a_deadline_gone_by_is_not_given() -> None:
    today = datetime(2027, 1, 20, 9, tzinfo=UTC)
    written = datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert how_to_submit(SUMMIT, today, written, "international") == (
        "submit through its own form at northerndesignsummit.example/cfp"
    )


# -- "before my interview on Dec 17": the times proposed fall before the day she needs them by --------------------

MENTEE = """Hi Maggie,

Thank you again for being my mentor through the Women in Capital Markets programme this year. {ask} I want to walk
you through how I'd answer the questions about leading the year-end audit.

Gratefully,
Priya
"""


def _mentee_asks(kindly: Kindly, tmp_path: Path, ask: str) -> str:
    record = _to_maggie(
        kindly,
        tmp_path,
        MENTEE.format(ask=ask),
        sender="Priya Sandhu <priya.sandhu@example.com>",
        subject="Could you help me prepare for a VP Finance interview?",
        date="Tue, 01 Dec 2026 07:45:00 -0500",
    )
    assert record["decision"] == "accept", record["reason"]
    draft: str = record["draft"]
    return draft


@pytest.mark.parametrize(
    "ask",
    [
        "Could we find 45 minutes before my final panel interview on Dec 7?",
        "Could we find 45 minutes ahead of my panel interview on the 7th?",
        "Could we find 45 minutes by the 7th?",
        "Could we find 45 minutes before Monday?",
        "My final panel interview is on December 7. Could we find 45 minutes before then?",
    ],
)
def test_the_times_offered_fall_before_the_day_she_needs_them_by(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    draft = _mentee_asks(kindly, tmp_path, ask)
    assert "Would Wednesday, December 2 at 10:00 am or Friday, December 4 at 2:30 pm work for you?" in draft
    assert "Dec 7" not in draft and "December 7" not in draft  # never on the day itself


def test_before_friday_leaves_friday_out(kindly: Kindly, tmp_path: Path) -> None:
    draft = _mentee_asks(kindly, tmp_path, "Could we find 45 minutes before Friday?")
    assert "Would Wednesday, December 2 at 10:00 am work for you?" in draft


def test_after_the_day_the_times_are_as_ever(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "after the 7th" sets no day to meet before
    draft = _mentee_asks(kindly, tmp_path, "Could we find 45 minutes after the 7th?")
    assert "Would Friday, December 4 at 10:00 am or Monday, December 7 at 2:30 pm work for you?" in draft


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Could we find 45 minutes before my interview on Dec 17?", date(2026, 12, 17)),
        ("Could we have a call before Friday?", date(2026, 12, 4)),
        ("Could we meet ahead of the board meeting on the 9th?", date(2026, 12, 9)),
        ("I'd love a coffee by the 17th.", date(2026, 12, 17)),
        ("The interview is on December 17.\n\nCould we find 45 minutes before then?", date(2026, 12, 17)),
        # near misses: after the day, a day only mentioned, a doer's "by", a deadline for no meeting
        ("Could we find 45 minutes after the 17th?", None),
        ("My interview is on December 17. Could we find 45 minutes sometime soon?", None),
        ("Could we have a call about the panel hosted by Acme on Friday?", None),
        ("Please send your bio before December 10.", None),
        ("Could we grab coffee before the holidays - say Tuesday, December 8 at 10am?", None),
        ("Could we meet before the summit (December 9)?", date(2026, 12, 9)),
    ],
)
def test_the_day_a_meeting_is_needed_by(text: str, day: date | None) -> None:
    assert needed_by(text, date(2026, 12, 1)) == day


# -- "Would your team offer paid support for it?": one asking to buy what she sells, greeted by the name signed ----

SUPPORT_ASK = (
    "Hi Priya, we run valora in production at Fintrack (about 40M events a day) and the 2.0 migration is blocking "
    "us. {ask} Happy to jump on a call.\n\n{signed}\n"
)


def _pasted_to_priya(kindly: Kindly, tmp_path: Path, ask: str, signed: str) -> dict[str, Any]:
    pasted = tmp_path / "dm.txt"
    pasted.write_text(SUPPORT_ASK.format(ask=ask, signed=signed), encoding="utf-8")
    return triaged_one(kindly, pasted, profile_file(oss_profile(), tmp_path))


def test_a_user_asking_whether_her_team_offers_paid_support_is_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_priya(
        kindly,
        tmp_path,
        "Would your team offer paid support for it?",
        "Tomás Rivera (GitHub Discussions @trivera)",
    )
    assert (record["intent"], record["decision"], record["goal"]) == (
        "client_inquiry",
        "accept",
        "find_clients",
    )
    assert record["draft"].startswith("Hi Tomás,")


def test_a_seller_asking_about_her_support_to_sell_his_own_is_still_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the question is a seller's opener, his own plan and price follow
    pasted = tmp_path / "dm.txt"
    pasted.write_text(
        "Hi Priya, do you offer paid support for valora? Our helpdesk platform lets maintainers sell support "
        "plans - pricing starts at $49/month. Happy to show you a demo.\n\nTomás Rivera (GitHub Discussions "
        "@trivera)\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, pasted, profile_file(oss_profile(), tmp_path))
    assert (record["intent"], record["decision"]) == ("sales_pitch", "decline"), record["reason"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can we talk?\n\nTomás Rivera (GitHub Discussions @trivera)\n", "Tomás Rivera"),
        ("Can we talk?\n\nAna Lopez (@ana.codes)", "Ana Lopez"),
        # near misses: a handle in the body, a name with no handle
        ("Ping me at (@trivera) on GitHub.\n\nThanks", ""),
        ("Can we talk?\n\nTomás Rivera\n", ""),
    ],
)
def test_the_name_a_paste_signs_beside_its_handle(text: str, name: str) -> None:
    assert handle_signed_name(text) == name


# -- a friend's introduction to someone who hires for the role she seeks serves the job search -----------------------

INTRO = (
    "Hi Priya, Marcus -\n\nPriya, meet Marcus Bell, director of data science at Northvale - {marcus}. Marcus, meet "
    "Priya, a data scientist I worked with at Kestrel{priya}. I'll let you two take it from here.\n\nSam\n"
)


def _introduced(kindly: Kindly, tmp_path: Path, marcus: str, priya: str = "") -> dict[str, Any]:
    mail = to_seeker(
        tmp_path / "m.eml",
        INTRO.format(marcus=marcus, priya=priya),
        sender="Sam Ortiz <sam@ortiz.example>",
        subject="Intro: Priya <> Marcus",
    )
    return triaged_one(kindly, mail, profile_file(job_seeker_profile(), tmp_path))


def test_an_introduction_to_a_hiring_manager_serves_the_job_search(kindly: Kindly, tmp_path: Path) -> None:
    record = _introduced(
        kindly,
        tmp_path,
        "he is hiring a senior data scientist for his forecasting team",
        " who is looking for her next role",
    )
    assert (record["intent"], record["decision"], record["goal"]) == ("introduction", "accept", "custom")
    assert "Land a senior or staff data scientist" in record["reason"]


@pytest.mark.parametrize(
    "marcus",
    [
        # near misses: a director of data science who offers to guide her, and one who only talks about hiring
        "he has mentored a dozen data scientists into staff roles and would be glad to share what he learned",
        "he knows a lot about hiring data scientists and would be glad to share what he learned",
    ],
)
def test_an_introduction_to_a_director_who_hires_no_one_serves_the_mentor_goal(
    kindly: Kindly, tmp_path: Path, marcus: str
) -> None:
    record = _introduced(kindly, tmp_path, marcus)
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor"), record["reason"]
