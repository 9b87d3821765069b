"""Seventeenth session, what three reviews left: a thread reply that answers the user's question and proposes a
call with its times; a council's consultation sent to every local business; a vendor's lunch-and-learn in the
user's own studio; a neighbour's proposal whose purpose its mail explains."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kindly.decide.reading import proposal_explained
from kindly.decide.thread import meeting_proposed
from kindly.understand.days import window_start
from personas import (
    ARCHITECT_CLIENTS,
    ARCHITECT_PEER_STUDIOS,
    PODCAST_PEERS,
    PODCAST_SPONSORS,
    WINE_GROWERS,
    WINE_TRADE,
    architect_profile,
    podcast_host_profile,
    varied,
    winemaker_profile,
)
from support import Kindly, eml, profile_file, triaged, triaged_one

HOST = podcast_host_profile(
    goals=[
        PODCAST_PEERS,
        varied(
            PODCAST_SPONSORS,
            description="Sponsors for Main Street Mic: brands that serve small-business owners",
            targets=["sponsorship", "sponsor", "host-read ads", "payroll"],
        ),
    ]
)

QUOTED_ASK = (
    "\n\nSam\n\nOn Tue, Nov 24, 2026 at 9:02 AM Nadia Brooks <nadia@mainstreetmic.fm> wrote:\n"
    "> Hi Sam, love this idea. How many downloads do you get per episode, roughly? Nadia\n>\n"
    "> On Mon, Nov 23, 2026 at 1:15 PM Sam Okafor <sam@makersmargin.fm> wrote:\n"
    ">> Want to do a promo swap in January?\n"
)


def sams_answer(tmp_path: Path, words: str) -> Path:
    return eml(
        tmp_path / "sam.eml",
        words + QUOTED_ASK,
        sender="Sam Okafor <sam@makersmargin.fm>",
        to="Nadia Brooks <nadia@mainstreetmic.fm>",
        subject="Re: Promo swap? (The Maker's Margin x Main Street Mic)",
        date="Fri, 27 Nov 2026 10:05:00 -0500",
        message_id="m17@mail.example",
        in_reply_to="nadia-out-2@mainstreetmic.fm",
    )


# -- a yes to the user's plan that proposes a call with its times --------------------------------------------------


def test_an_answer_to_her_question_that_proposes_a_call_with_times_takes_the_first_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    words = (
        "Great, thanks for getting back to me so fast! To answer your question: we average 5,200 downloads per "
        "episode (last 90 days), about 70% US. Want to hop on a quick call to pick the episodes?\n"
        "Tuesday, December 8 at 3pm or Wednesday, December 9 at 11am works for me."
    )
    record = triaged_one(kindly, sams_answer(tmp_path, words), profile=profile_file(HOST, tmp_path))
    # her own plan goes on: the call they propose for it is said yes to at the first time they offer
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request")
    assert "Tuesday, December 8 at 3pm works for me" in record["draft"]
    assert "downloads" not in record["draft"]  # her question is answered, none is asked back


def test_a_yes_to_her_plan_that_asks_more_than_a_time_stays_hers(kindly: Kindly, tmp_path: Path) -> None:
    words = (
        "Great, thanks for getting back to me so fast! To answer your question: we average 5,200 downloads per "
        "episode (last 90 days), about 70% US. Want to hop on a quick call to pick the episodes?\n"
        "Tuesday, December 8 at 3pm or Wednesday, December 9 at 11am works for me. Could you also send me your "
        "media kit beforehand?"
    )
    record = triaged_one(kindly, sams_answer(tmp_path, words), profile=profile_file(HOST, tmp_path))
    # a time is not all it asks: hers to answer, the questions named
    assert (record["decision"], record["reason_code"]) == ("ignore", "thread_question"), record["reason"]
    assert record["draft"] is None


@pytest.mark.parametrize(
    ("asked", "proposed"),
    [
        pytest.param(["Want to hop on a quick call to pick the episodes?"], True, id="a-call"),
        pytest.param(["Could we grab a coffee next week to plan it?"], True, id="a-coffee"),
        pytest.param(["Does that timing work?"], False, id="a-deadline"),
        pytest.param(
            ["Could you send your blurb and your subscriber count by Friday 4 December?"], False, id="blurb"
        ),
        pytest.param(["Want to hop on a call?", "Could you send your media kit?"], False, id="and-more"),
        pytest.param([], False, id="nothing-asked"),
    ],
)
def test_only_a_reply_whose_one_question_proposes_meeting_is_answered_with_a_time(
    asked: list[str], proposed: bool
) -> None:
    assert bool(meeting_proposed(asked)) is proposed


def test_a_call_with_times_proposed_in_a_thread_she_said_yes_in_takes_the_first_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    sender = "Jo Park <jo@indiepods.example.com>"
    swap = eml(
        tmp_path / "a1.eml",
        "Hi Nadia,\n\nI host Small Shop Talk, an independent podcast about shop owners. Want to do a promo swap in "
        "January? We'd each read a 30-second promo for the other's show. No money either way.\n\nJo",
        sender=sender,
        to="Nadia Brooks <nadia@mainstreetmic.fm>",
        subject="Promo swap with Small Shop Talk?",
        date="Mon, 23 Nov 2026 10:00:00 -0500",
        message_id="a1@indiepods.example.com",
    )
    call = eml(
        tmp_path / "a2.eml",
        "Hi Nadia,\n\nGreat! Want to hop on a quick call to pick the episodes? Tuesday, December 8 at 3pm or "
        "Wednesday, December 9 at 11am works for me.\n\nJo",
        sender=sender,
        to="Nadia Brooks <nadia@mainstreetmic.fm>",
        subject="Re: Promo swap with Small Shop Talk?",
        date="Thu, 26 Nov 2026 10:00:00 -0500",
        message_id="a2@indiepods.example.com",
        in_reply_to="a1@indiepods.example.com",
    )
    first, then = triaged(kindly, swap, call, profile=profile_file(HOST, tmp_path))
    assert first["decision"] == "accept"
    # the swap said yes to goes on: the call its sender proposes is taken at the first time they offer
    assert then["decision"] == "accept", then["reason"]
    assert "Tuesday, December 8 at 3pm works for me" in then["draft"]


# -- a council's consultation sent to every local business ----------------------------------------------------------

ARCHITECT = architect_profile(
    tone="warm",
    goals=[
        varied(
            ARCHITECT_CLIENTS,
            targets=["homeowners", "passive house", "sustainable homes", "small developers"],
        ),
        ARCHITECT_PEER_STUDIOS,
    ],
    providers=[],
)

CONSULTATION = (
    "{greeting}\n\nYarra City Council is consulting on the draft Fitzroy Housing Strategy. We invite local "
    "architects and designers to a community workshop on Tuesday 8 December, 6pm-8pm at Fitzroy Town Hall, to "
    "discuss medium-density housing and sustainability standards. Light refreshments provided.\n\n"
    "Please register at yarracity.example.vic.gov.au/haveyoursay.\n\n{signed}"
)


def councils_mail(tmp_path: Path, greeting: str, signed: str) -> Path:
    return eml(
        tmp_path / "council.eml",
        CONSULTATION.format(greeting=greeting, signed=signed),
        sender="Yarra City Council <haveyoursay@yarracity.example.vic.gov.au>",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        subject="Community consultation: draft Fitzroy Housing Strategy",
        date="Fri, 13 Nov 2026 09:30:00 +1100",
    )


@pytest.mark.parametrize(
    "greeting",
    [
        pytest.param("Dear local business owner,", id="business-owner"),
        pytest.param("Dear Residents and Businesses,", id="residents"),
        pytest.param("Dear fellow architects,", id="fellow-architects"),
    ],
)
def test_a_consultation_sent_to_a_class_of_people_gets_no_personal_reply(
    kindly: Kindly, tmp_path: Path, greeting: str
) -> None:
    mail = councils_mail(tmp_path, greeting, "Strategic Planning Team\nYarra City Council")
    record = triaged_one(kindly, mail, profile=profile_file(ARCHITECT, tmp_path))
    # everyone of the class got it, and its only ask is to register on the site: nobody waits for her answer
    assert record["draft"] is None, record["draft"]


def test_a_personal_invitation_with_a_registration_link_is_answered(kindly: Kindly, tmp_path: Path) -> None:
    mail = councils_mail(
        tmp_path, "Dear Mei Lin,", "Kind regards,\nPriya Nair\nStrategic Planning, Yarra City Council"
    )
    record = triaged_one(kindly, mail, profile=profile_file(ARCHITECT, tmp_path))
    # written to her by name: a person asks, and a reply is drafted whatever it says
    assert record["draft"], record


# -- a vendor's lunch-and-learn in the user's own studio ------------------------------------------------------------


def test_a_vendors_lunch_and_learn_for_her_own_team_is_a_sales_pitch(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "glazing.eml",
        "Hi Mei Lin,\n\nClearview Glazing runs a one-hour CPD lunch-and-learn on thermally broken aluminium and "
        "uPVC windows for passive-house projects. We cater for the team. We have availability on Tuesday 8 "
        "December or Wednesday 9 December at 12:30pm - would either work for your studio?\n\nBest regards,\n"
        "Daniel Cho\nArchitectural Sales Manager | Clearview Glazing",
        sender="Daniel Cho <daniel.cho@clearviewglazing.example.com.au>",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        subject="CPD session on thermally broken glazing",
        date="Thu, 19 Nov 2026 14:20:00 +1100",
    )
    record = triaged_one(kindly, mail, profile=profile_file(ARCHITECT, tmp_path))
    # a seller's session for her own people brings her no peers: a pitch, not her peer group
    assert (record["intent"], record["decision"]) == ("sales_pitch", "decline"), record["reason"]
    assert "December" not in (record["draft"] or "")


@pytest.mark.parametrize(
    ("sender", "words"),
    [
        pytest.param(
            "Jess Tran <jess@foldstudio.example.com.au>",
            "Hi Mei Lin,\n\nFold Studio is hosting a CPD evening for small sustainable architecture studios on "
            "Tuesday 8 December at 6pm at our studio in Brunswick: three principals will each present a "
            "passive-house project over drinks. Would you and your team like to come?\n\nJess Tran\n"
            "Principal, Fold Studio",
            id="a-peer-studio",
        ),
        pytest.param(
            "Anna Beck <anna.beck@architecture.example.com.au>",
            "Hi Mei Lin,\n\nThe Australian Institute of Architects' Victorian chapter runs a CPD evening for small "
            "architecture studios on passive-house detailing, on Tuesday 8 December at 6pm in Melbourne. Principals "
            "of sustainable practices will share their projects. Would you like to join us?\n\nAnna Beck\n"
            "Events, Australian Institute of Architects",
            id="a-professional-body",
        ),
    ],
)
def test_a_cpd_evening_of_her_peers_is_still_weighed_as_an_event(
    kindly: Kindly, tmp_path: Path, sender: str, words: str
) -> None:
    mail = eml(
        tmp_path / "cpd.eml",
        words,
        sender=sender,
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        subject="CPD evening, 8 December",
        date="Thu, 19 Nov 2026 14:20:00 +1100",
    )
    record = triaged_one(kindly, mail, profile=profile_file(ARCHITECT, tmp_path))
    assert record["intent"] != "sales_pitch"
    assert record["decision"] == "accept", record["reason"]


# -- a neighbour's proposal, its purpose in the mail -----------------------------------------------------------------

WINEMAKER = winemaker_profile(
    signature="Elena Marchetti",
    holidays=None,
    goals=[
        varied(WINE_TRADE, targets=["restaurants", "wine shops", "sommeliers", "wine buyers"]),
        WINE_GROWERS,
    ],
    providers=[],
    never=[],
)


def neighbours_mail(tmp_path: Path, subject: str, words: str) -> Path:
    return eml(
        tmp_path / "luis.eml",
        f"Elena,\n\n{words}\n\nLuis\nHerrera Vineyards",
        sender="Luis Herrera <luis@herreravineyards.com>",
        to="Elena Marchetti <elena@marchettivineyards.com>",
        subject=subject,
        date="Wed, 25 Nov 2026 17:10:00 -0800",
    )


def test_a_neighbours_proposal_to_share_a_crew_is_the_peer_group_she_wants(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = neighbours_mail(
        tmp_path,
        "Sharing a harvest crew next year?",
        "Hope you got some rest after crush. I've been thinking - we pick at different times (my Pinot is two "
        "weeks ahead of your Zin), so a shared crew could give the guys a full season with both of us and we'd "
        "both stop scrambling in September. A couple of other small growers on Westside Road are interested too."
        "\n\nCould we sit down for coffee one morning next week and sketch it out?",
    )
    record = triaged_one(kindly, mail, profile=profile_file(WINEMAKER, tmp_path))
    # the mail says what the coffee is for, and it is what her peer group is for: sharing crews
    assert record["purpose_clear"] is True
    assert (record["decision"], record["goal"]) == ("accept", "find_community"), record["reason"]
    # the coffee is next week's, not September's, when the crew is short
    assert "December" in record["draft"] and "September" not in record["draft"]


def test_a_coffee_to_talk_through_an_idea_it_does_not_say_is_still_asked_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = neighbours_mail(
        tmp_path,
        "Coffee?",
        "Hope you got some rest after crush. I've been thinking about something and would love your take.\n\n"
        "Could we sit down for coffee one morning next week and talk it through?",
    )
    record = triaged_one(kindly, mail, profile=profile_file(WINEMAKER, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), record["reason"]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        pytest.param(
            "We pick at different times, so a shared crew could give the guys a full season with both of us. "
            "Could we sit down and sketch it out?",
            True,
            id="a-shared-crew",
        ),
        pytest.param(
            "I think we could split the cost of a bottling line between the three of us every spring. Can we talk "
            "it through over lunch?",
            True,
            id="a-bottling-line",
        ),
        pytest.param(
            "I've been thinking about something and would love your take on it. Could we talk it through?",
            False,
            id="an-idea-unsaid",
        ),
        # a proposal, but no meeting to work it out: the model's reading stands
        pytest.param(
            "We pick at different times, so a shared crew could give the guys a full season with both of us.",
            False,
            id="no-meeting-to-work-it-out",
        ),
    ],
)
def test_a_proposal_explained_is_one_said_with_what_it_would_do(text: str, stated: bool) -> None:
    assert bool(proposal_explained(text)) is stated


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        pytest.param(
            "We pick at different times, so we'd both stop scrambling in September. Could we meet one morning next "
            "week?",
            None,
            id="the-month-is-the-crews",
        ),
        pytest.param(
            "I'm away next week, so could we meet in January?", date(2027, 1, 1), id="january-asked"
        ),
        pytest.param("Could we meet in January? I'm away next week.", date(2027, 1, 1), id="away-said-after"),
    ],
)
def test_a_month_named_beside_a_meeting_asked_for_next_week_is_not_its_time(
    text: str, starts: date | None
) -> None:
    assert window_start(text, date(2026, 11, 25)) == starts


def test_a_crew_for_hire_is_no_share_with_a_peer(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "crews.eml",
        "Hi Elena,\n\nWe supply harvest crews to small wineries in Sonoma: a shared crew that moves between "
        "neighbouring vineyards, $38 per hour per picker. Could we hop on a call next week to talk it through?"
        "\n\nTom Reyes\nHarvestCrews",
        sender="Tom Reyes <tom@harvestcrews.example.com>",
        to="Elena Marchetti <elena@marchettivineyards.com>",
        subject="Harvest crew for 2027",
        date="Wed, 25 Nov 2026 17:10:00 -0800",
    )
    record = triaged_one(kindly, mail, profile=profile_file(WINEMAKER, tmp_path))
    # a crew sold by the hour is a pitch, however shared: not what her peer group shares
    assert record["decision"] != "accept", record["reason"]
