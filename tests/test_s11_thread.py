"""Threads are answered for their newest message (found by a seed investor, an employment lawyer and a job-seeker
of the eleventh session reading their own triage), each reproduced here before it was fixed.

A later message in a thread, while kindly's draft for an earlier one waits unsent, replaces that draft and is
answered on its own words; a nudge that changes nothing does not. A draft nobody sent asked nobody anything.
A reply in an accepted thread that asks something new is left to the user with its question listed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.thread import (
    History,
    Said,
    asked_by_user,
    asks_in_accepted_thread,
    brings_news,
    moves_on,
    quotes_the_user,
)
from kindly.model import Decision, Verdict
from support import Correspondent, Kindly

INVESTOR = """
[user]
name = "Amara Osei"
email = "amara@kestrelridge.example.com"
signature = "Amara Osei"
tone = "formal"
date_style = "international"
weekly_networking_hours = 6

[[goals]]
kind = "find_clients"
description = "Founders building B2B climate software who are raising a pre-seed or seed round"
targets = ["climate tech founders", "B2B climate software", "energy software", "seed round"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at a few European climate-tech events about investing in climate software"
targets = ["European climate-tech events", "panels", "podcasts", "climate software investing"]
priority = 2
"""

JOB_SEEKER = """
[user]
name = "Jordan Patel"
email = "jordan.patel@example.com"
signature = "Jordan"
weekly_networking_hours = 10

[[goals]]
kind = "custom"
description = "Land a senior or group product manager role at a climate-tech or fintech company (Toronto, hybrid or remote in Canada); recruiters and hiring managers with relevant roles are very welcome"
targets = ["climate tech", "fintech", "senior product manager", "product roles", "recruiters", "payments", "Toronto"]
priority = 1

[[providers]]
category = "resume writing"
name = "Renée Lavoie, Northbound Careers"
"""


KEYNOTE = (
    "Dear Amara,\n\nI organise GreenStack, a two-day gathering of climate software founders in Milan (around 600 "
    "people). We would be honoured to have you give a 20-minute keynote on how seed investors assess climate "
    "software companies, on Wednesday 17 February 2027.\n\nWould you be interested? I can send more details on "
    "the programme and audience.\n\nGiulia Romano\nFounder, GreenStack"
)
THE_KEYNOTE_COSTS = (
    "Dear Amara,\n\nJust following up on my note below. I should also have mentioned that keynote speakers join "
    "our Partner Programme, which carries a contribution of €2,500 towards production and hospitality - this "
    "includes your logo on the stage screen and two delegate passes.\n\nLet me know if you'd like to go ahead "
    "and I'll send the agreement.\n\nGiulia"
)


@pytest.fixture
def giulia(kindly: Kindly, tmp_path: Path) -> Correspondent:
    return Correspondent(kindly, tmp_path, INVESTOR, "Giulia Romano <giulia@greenstackevents.example.eu>")


def test_a_follow_up_that_turns_the_yes_into_a_no_replaces_the_unsent_yes(giulia: Correspondent) -> None:
    subject = "Speaking at GreenStack Milan - investor keynote"
    invited = giulia.writes("m20", subject, KEYNOTE, "Thu, 12 Nov 2026 10:10:00 +0000")
    assert invited["decision"] == "accept" and "glad to speak" in invited["draft"]

    costs = giulia.writes(
        "m21", f"Re: {subject}", THE_KEYNOTE_COSTS, "Thu, 26 Nov 2026 15:55:00 +0000", "m20"
    )

    # "following up" in words, but it changes the answer: the thread is answered for its newest message
    assert costs["thread_id"] == invited["thread_id"]
    assert costs["decision"] == "decline" and costs["draft"]
    assert giulia.pending() == {costs["id"]: "decline"}  # no yes to a paid slot left to send
    assert "draft withdrawn: a later message of this thread (#2)" in giulia.show(invited["id"])
    assert "replaces the unsent draft for #1" in giulia.show(costs["id"])
    with sqlite3.connect(giulia.kindly.database) as db:  # the withdrawn yes no longer takes the week's hours
        [(hours,)] = db.execute("select networking_hours from analyses where message_pk = 1").fetchall()
    assert hours == 0.0


def test_a_nudge_that_changes_nothing_still_waits_for_the_first_reply(giulia: Correspondent) -> None:
    subject = "Speaking at GreenStack Milan - investor keynote"
    invited = giulia.writes("m20", subject, KEYNOTE, "Thu, 12 Nov 2026 10:10:00 +0000")
    # the model reads this reminder as an unclear introduction; it names nothing new, so the yes answers it
    nudge = giulia.writes(
        "m21",
        f"Re: {subject}",
        'Hi Amara, just bubbling this up in case it got buried. Even a quick "not for me" helps - and if you '
        "know someone who would be great, I would love a referral.",
        "Thu, 26 Nov 2026 15:55:00 +0000",
        "m20",
    )
    assert nudge["decision"] != "ignore" and nudge["draft"] is None
    assert giulia.pending() == {invited["id"]: "accept"}


def test_deciding_the_older_message_again_does_not_bring_its_draft_back(giulia: Correspondent) -> None:
    subject = "Speaking at GreenStack Milan - investor keynote"
    invited = giulia.writes("m20", subject, KEYNOTE, "Thu, 12 Nov 2026 10:10:00 +0000")
    costs = giulia.writes(
        "m21", f"Re: {subject}", THE_KEYNOTE_COSTS, "Thu, 26 Nov 2026 15:55:00 +0000", "m20"
    )

    corrected = giulia.kindly(
        "correct", str(invited["id"]), "--intent", "speaking_invitation", "--profile", str(giulia.profile)
    )
    assert corrected.exit_code == 0, corrected.output
    for name in ("m20", "m21"):  # and triaging the same mail again changes nothing either
        giulia.kindly("triage", str(giulia.folder / f"{name}.eml"), "--profile", str(giulia.profile))

    assert giulia.pending() == {costs["id"]: "decline"}
    assert "a later message of this thread (#2) holds the reply" in giulia.show(invited["id"])


VAGUE = (
    "Hi Amara,\n\nMarcus here - we met briefly at the Imperial climate mixer. Could I grab 20 minutes of your "
    "time sometime soon? Would really value your view.\n\nMarcus"
)
CLEARER = (
    "Sorry Amara, that was far too cryptic. Context: I'm the founder of HeatWise - we build heat-pump fleet "
    "optimisation software for social housing landlords (B2B, currently 3 housing associations, 11k homes). "
    "We're raising a £1.5m seed in Q1 and I'd like your view on the round and, honestly, whether Kestrel Ridge "
    "would consider leading.\n\nWould a call on Thursday 3 December or Friday 4 December, any time after 14:00, "
    "work for you?\n\nMarcus"
)


@pytest.fixture
def marcus(kindly: Kindly, tmp_path: Path) -> Correspondent:
    return Correspondent(kindly, tmp_path, INVESTOR, "Marcus Lindgren <marcus@heatwise.example.com>")


def test_a_question_never_sent_was_not_asked(marcus: Correspondent) -> None:
    vague = marcus.writes("m18", "20 minutes?", VAGUE, "Fri, 20 Nov 2026 18:30:00 +0000")
    assert vague["decision"] == "ask_details"

    clearer = marcus.writes("m19", "Re: 20 minutes?", CLEARER, "Mon, 23 Nov 2026 08:05:00 +0000", "m18")

    assert "their answer to your question" not in marcus.show(clearer["id"])
    # kindly's "what did you have in mind?" would now ask what Marcus has just said
    assert vague["id"] not in marcus.pending()
    assert "draft withdrawn" in marcus.show(vague["id"])


def test_the_answer_to_a_question_the_user_sent_is_called_so(marcus: Correspondent) -> None:
    vague = marcus.writes("m18", "20 minutes?", VAGUE, "Fri, 20 Nov 2026 18:30:00 +0000")
    [draft] = json.loads(marcus.kindly("drafts", "--json").stdout)
    out = str(marcus.folder / "out")
    exported = marcus.kindly(
        "drafts", "export", str(draft["id"]), "--dir", out, "--profile", str(marcus.profile)
    )
    assert exported.exit_code == 0, exported.output

    clearer = marcus.writes("m19", "Re: 20 minutes?", CLEARER, "Mon, 23 Nov 2026 08:05:00 +0000", "m18")

    assert "their answer to your question" in marcus.show(clearer["id"])
    assert "draft withdrawn" not in marcus.show(vague["id"])  # what went out stays out


def test_a_reply_to_the_users_own_answer_replaces_the_unsent_decline(kindly: Kindly, tmp_path: Path) -> None:
    marco = Correspondent(kindly, tmp_path, JOB_SEEKER, "Marco Bellini <marco.bellini@example.org>")
    first = marco.writes(
        "m06",
        "Hi Jordan!",
        "Hi Jordan! Would love to connect and pick your brain sometime. Free for a quick call this week?",
        "Tue, 10 Nov 2026 21:30:00 +0000",
    )
    assert first["draft"]
    # Jordan answered from their own mail, which kindly never stored; Marco answers that
    pitch = marco.writes(
        "m07",
        "Re: Hi Jordan!",
        "Thanks for getting back to me Jordan!\nSo I run ResumeRocket - we rewrite resumes and LinkedIn profiles "
        "for tech people who've been laid off, with an ATS-optimized template and a 48-hour turnaround. Since "
        "you're in product I'm thinking our Senior package ($349) would be perfect, and I can do 20% off this "
        "month.\nWant me to send over a couple of before/after samples?\n\n"
        "On Wed, Nov 11, 2026 at 9:02 AM Jordan Patel <jordan.patel@example.com> wrote:\n"
        "> Hi Marco, thanks for reaching out. Is there something specific you wanted to talk about?\n",
        "Thu, 12 Nov 2026 16:15:00 +0000",
        "jp-reply-06",
    )
    # a decline of the pitch itself, not silenced by the unsent decline of the first message (nor cooled off by it)
    assert pitch["decision"] == "decline" and pitch["draft"]
    assert marco.pending() == {pitch["id"]: "decline"}


def test_a_recruiters_new_question_in_an_accepted_thread_is_listed_for_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    kelsey = Correspondent(
        kindly, tmp_path, JOB_SEEKER, "Kelsey Tran <kelsey.tran@brightpathtalent.example.com>"
    )
    role = kelsey.writes(
        "m22",
        "Senior PM, Payments - Northwind Pay",
        "Hi Jordan,\nKelsey here from Brightpath Talent. I'm working on a Senior Product Manager, Payments role at "
        "Northwind Pay (Series C fintech, ~300 people). They're rebuilding their payouts platform and want "
        "someone who's shipped real-time payments at a bank - which is pretty much your last three years.\n"
        "Would Thursday 3 December at 10:00 or Friday 4 December at 14:00 work for a 20-minute call?\n"
        "Kelsey Tran\nSenior Recruiter, Brightpath Talent",
        "Wed, 25 Nov 2026 14:50:00 +0000",
    )
    assert role["decision"] == "accept"

    booked = kelsey.writes(
        "m29",
        "Re: Senior PM, Payments - Northwind Pay",
        "Perfect, Thursday at 10 is booked - I'll call your cell.\nOne heads-up so there are no surprises: if the "
        "hiring manager likes the first chat, the next step is a take-home product case (a fictional payouts "
        "product, about 3-4 hours of work) that you'd walk the panel through. They're aiming to have those back "
        "by Tuesday 15 December. Does that timing work?\n\nKelsey",
        "Tue, 01 Dec 2026 15:05:00 +0000",
        "m22",
    )

    assert (booked["decision"], booked["reason_code"]) == ("ignore", "thread_question")
    assert "Does that timing work?" in booked["reason"]
    shown = kelsey.show(booked["id"])
    assert "Questions for you to answer" in shown and "- Does that timing work?" in shown
    assert "ordinary work meeting" not in shown


# -- the rules themselves --------------------------------------------------------------------------------------

YES_WAITING = History((Said("accept", "goal_fit", drafted=True, intent="speaking_invitation"),))
DECLINE = Verdict(Decision.DECLINE, "", "not_a_fit")
YES = Verdict(Decision.ACCEPT, "", "goal_fit")


@pytest.mark.parametrize(
    ("verdict", "history", "asks", "expected"),
    [
        pytest.param(DECLINE, YES_WAITING, {}, True, id="a-new-answer"),
        pytest.param(YES, YES_WAITING, {"intent": "speaking_invitation"}, False, id="same-ask-same-answer"),
        pytest.param(YES, YES_WAITING, {}, True, id="another-ask"),
        # "just bubbling this up" read by the model as an unclear introduction: the yes waiting answers it
        pytest.param(
            Verdict(Decision.ASK_DETAILS, "", "purpose_unclear"),
            YES_WAITING,
            {"nudge": True},
            False,
            id="nudge",
        ),
        pytest.param(YES, YES_WAITING, {"answers_user": True}, True, id="answers-the-users-own-mail"),
        pytest.param(
            Verdict(Decision.IGNORE, "", "work_meeting"), YES_WAITING, {}, True, id="left-to-the-user"
        ),
        pytest.param(
            Verdict(Decision.IGNORE, "", "not_invitation"),
            YES_WAITING,
            {"invitation": False},
            False,
            id="asks-nothing",
        ),
        pytest.param(
            DECLINE,
            History((Said("accept", "goal_fit", drafted=True, sent=True),)),
            {},
            False,
            id="nothing-waits",
        ),
    ],
)
def test_what_moves_a_thread_past_the_drafts_waiting_there(
    verdict: Verdict, history: History, asks: dict[str, Any], expected: bool
) -> None:
    asks = {"invitation": True, "nudge": False, "intent": "partnership_proposal", **asks}
    assert moves_on(verdict, history, **asks) is expected


@pytest.mark.parametrize(
    ("reminder", "expected"),
    [
        pytest.param(THE_KEYNOTE_COSTS, True, id="a-price"),
        pytest.param("Following up on my note below - could we do Tuesday at 3pm instead?", True, id="a-day"),
        pytest.param(
            "Hi Amara, just bubbling this up in case it got buried. Even a quick no helps.", False, id="none"
        ),
        pytest.param(
            "Just following up - does Wednesday 17 February 2027 still work?", False, id="the-same-day"
        ),
    ],
)
def test_a_reminder_that_names_a_new_price_or_day_brings_news(reminder: str, expected: bool) -> None:
    assert brings_news(reminder, KEYNOTE) is expected


def test_only_a_question_that_went_out_was_asked() -> None:
    assert not asked_by_user(History((Said("ask_details", "purpose_unclear", drafted=True),)))
    assert asked_by_user(History((Said("ask_details", "purpose_unclear", drafted=True, sent=True),)))
    assert asked_by_user(History((Said("ask_details", "purpose_unclear", drafted=True, answered=True),)))
    assert asked_by_user(History((Said("ask_details", "purpose_unclear", drafted=True),)), answers_user=True)
    assert not asked_by_user(History((Said("accept", "goal_fit", drafted=True, sent=True),)))


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        pytest.param(
            "On Mon, 9 Nov 2026 at 14:02, Henrietta Blackwood wrote:\n> Dear Sam", True, id="by-name"
        ),
        pytest.param(
            "On Wed, Nov 11, 2026 at 9:02 AM Jordan Patel\n<jordan.patel@example.com> wrote:\n> Hi",
            True,
            id="wrapped",
        ),
        pytest.param("On Mon, 9 Nov 2026, Sam Kirkby wrote:\n> Catch up?", False, id="their-own"),
        pytest.param("> Henrietta Blackwood wrote a book", False, id="no-attribution"),
    ],
)
def test_a_reply_that_quotes_the_user_answers_the_user(quoted: str, expected: bool) -> None:
    for name, email in (
        ("Henrietta Blackwood", "henrietta@ashworthkerr.example.co.uk"),
        ("Jordan Patel", "jordan.patel@example.com"),
    ):
        if quotes_the_user(quoted, name, email):
            assert expected
            return
    assert not expected


def test_only_a_question_in_a_thread_kindly_said_yes_in_is_left_to_the_user_as_such() -> None:
    meeting = Verdict(Decision.IGNORE, "An ordinary work meeting, not a networking matter.", "work_meeting")
    asked = ["Does that timing work?"]
    mine = asks_in_accepted_thread(meeting, YES_WAITING, asked)
    assert mine.reason_code == "thread_question" and '("Does that timing work?")' in mine.reason
    assert (
        asks_in_accepted_thread(meeting, History((Said("decline", "not_a_fit", drafted=True),)), asked)
        == meeting
    )
    assert (
        asks_in_accepted_thread(meeting, YES_WAITING, []) == meeting
    )  # "Thursday at 10 is booked." asks nothing
    scam = Verdict(Decision.IGNORE, "Looks like a scam", "scam")
    assert asks_in_accepted_thread(scam, YES_WAITING, asked) == scam
