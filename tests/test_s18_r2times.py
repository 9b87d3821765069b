"""Times and threads, round two: a vague ask that its sender explains before the user answered, public holidays
taken from the user's time zone, slots that fall on the sender's working days, and notes that name the
activity an hour rule is for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kindly.days_off import zone_country
from support import (
    EXAMPLE_PROFILE_FILE,
    Correspondent,
    Kindly,
    eml,
    profile_file,
    triaged,
    triaged_one,
    written_profile,
)

# the early riser and the podcast host whose hour rules s18's first gaps named for one activity
from test_s18_gapsa import EARLY_RISER, HOST, from_maya, to_nadia

# -- a vague ask explained by a follow-up before the user replied ----------------------------------------------

JORDAN = "Jordan Blake <jordan@blakeandfinch.example.com>"
VAGUE = "Hi Dana,\n\nDo you have 20 minutes for a call next week?\n\nThanks,\nJordan"
EXPLAINED = (
    "Hi Dana,\n\nFollowing up on my note - I should have said why. I run Blake & Finch, a small architecture "
    "firm in Portland (8 people), and our bookkeeping has fallen behind. We're looking for someone to take over "
    "monthly bookkeeping and cash-flow forecasting, and a friend said you work with studios like ours.\n\nJordan"
)
BARE_NUDGE = "Hi Dana,\n\nJust following up on my note below - any thoughts?\n\nJordan"


@pytest.fixture
def jordan(kindly: Kindly, tmp_path: Path) -> Correspondent:
    return Correspondent(kindly, tmp_path, EXAMPLE_PROFILE_FILE.read_text(encoding="utf-8"), JORDAN)


def test_a_follow_up_that_says_what_the_call_is_for_replaces_the_unsent_question(
    jordan: Correspondent,
) -> None:
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    assert vague["decision"] == "ask_details" and "something specific" in vague["draft"]

    explained = jordan.writes("jb2", "Re: Quick call?", EXPLAINED, "Mon, 23 Nov 2026 15:00:00 -0800", "jb1")

    # "is there something specific you wanted to discuss?" would ask what Jordan has just said
    assert (explained["decision"], explained["reason_code"]) == ("accept", "goal_fit")
    assert "I'd be glad to talk" in explained["draft"]
    assert jordan.pending() == {explained["id"]: "accept"}
    assert f"draft withdrawn: a later message of this thread (#{explained['id']})" in jordan.show(vague["id"])


def test_the_question_and_its_answer_read_in_one_run_leave_only_the_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    eml(
        inbox / "1.eml",
        VAGUE,
        sender=JORDAN,
        subject="Quick call?",
        message_id="jb1@mail.example.com",
        date="Mon, 23 Nov 2026 09:00:00 -0800",
    )
    eml(
        inbox / "2.eml",
        EXPLAINED,
        sender=JORDAN,
        subject="Re: Quick call?",
        message_id="jb2@mail.example.com",
        in_reply_to="jb1@mail.example.com",
        references=("jb1@mail.example.com",),
        date="Mon, 23 Nov 2026 15:00:00 -0800",
    )

    vague, explained = triaged(kindly, inbox)

    assert (vague["decision"], vague["draft"]) == ("ask_details", None)  # as `kindly drafts` has it
    assert explained["decision"] == "accept" and explained["draft"]
    drafts = json.loads(kindly("drafts", "--json").stdout)
    assert [d["message_pk"] for d in drafts] == [explained["id"]]


def test_a_bare_reminder_leaves_the_question_waiting(jordan: Correspondent) -> None:
    # near miss: a nudge that explains nothing is answered by the question that waits
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    nudge = jordan.writes("jb2", "Re: Quick call?", BARE_NUDGE, "Tue, 24 Nov 2026 15:00:00 -0800", "jb1")
    assert nudge["draft"] is None
    assert jordan.pending() == {vague["id"]: "ask_details"}


def test_a_question_already_exported_is_not_taken_back(jordan: Correspondent, tmp_path: Path) -> None:
    # near miss: once the user has approved the question (exported it to send), it has been asked
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    exported = jordan.kindly(
        "drafts", "export", "--dir", str(tmp_path / "out"), "--profile", str(jordan.profile)
    )
    assert exported.exit_code == 0, exported.output

    explained = jordan.writes("jb2", "Re: Quick call?", EXPLAINED, "Mon, 23 Nov 2026 15:00:00 -0800", "jb1")

    assert "draft withdrawn" not in jordan.show(vague["id"])
    assert "their answer to your question in this thread" in jordan.show(explained["id"])


# -- public holidays of the user's time zone where the profile names none --------------------------------------

BOOKKEEPER_IN_TORONTO = """
[user]
name = "Priya Shah"
email = "priya@shahbooks.example.ca"
signature = "Priya"
tone = "warm"
weekly_networking_hours = 4
time_zone = "America/Toronto"
{holidays}

[[goals]]
kind = "find_clients"
description = "Owners of small design studios in Toronto who need monthly bookkeeping"
targets = ["design studios", "studio owners", "small business owners"]
priority = 1
"""
STUDIO_OWNER = (
    "Hi Priya,\n\nI run Lumen & Co, a six-person design studio in Leslieville, and our books are a mess. I'm "
    "looking for someone to take over our monthly bookkeeping. Could we have a 30-minute call about it?\n\n"
    "Thanks,\nNadia Okoro"
)


def studio_owners_call(kindly: Kindly, tmp_path: Path, written: str, holidays: str = "") -> str:
    """The draft answering Nadia's call, written on `written`, for Priya with this `holidays` line."""
    profile = profile_file(BOOKKEEPER_IN_TORONTO.format(holidays=holidays), tmp_path)
    mail = eml(
        tmp_path / "call.eml",
        STUDIO_OWNER,
        sender="Nadia Okoro <nadia@lumenco.example.ca>",
        to="priya@shahbooks.example.ca",
        subject="Bookkeeping for our studio",
        date=written,
    )
    [record] = triaged(kindly, mail, profile=profile)
    assert record["decision"] == "accept"
    return str(record["draft"])


def test_new_years_day_is_not_proposed_in_toronto(kindly: Kindly, tmp_path: Path) -> None:
    draft = studio_owners_call(kindly, tmp_path, "Thu, 31 Dec 2026 08:00:00 -0500")
    assert "1 January" not in draft
    assert "Monday 4 January at 10:00" in draft


def test_canada_day_is_not_proposed_in_toronto(kindly: Kindly, tmp_path: Path) -> None:
    draft = studio_owners_call(kindly, tmp_path, "Mon, 28 Jun 2027 09:00:00 -0400")
    assert "1 July" not in draft
    assert "Friday 2 July" in draft


def test_the_holidays_the_profile_names_win_over_its_zones(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a Torontonian who keeps the US holidays (her clients are in Buffalo) meets on Canada Day
    draft = studio_owners_call(kindly, tmp_path, "Mon, 28 Jun 2027 09:00:00 -0400", 'holidays = "US"')
    assert "Thursday 1 July" in draft


def test_holidays_none_keeps_no_public_holidays(kindly: Kindly, tmp_path: Path) -> None:
    draft = studio_owners_call(kindly, tmp_path, "Thu, 31 Dec 2026 08:00:00 -0500", 'holidays = "none"')
    assert "Friday 1 January at 10:00" in draft


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        pytest.param("America/Toronto", "CA", id="toronto"),
        pytest.param("Pacific/Auckland", "NZ", id="auckland"),
        pytest.param("Europe/Zurich", "CH", id="zurich-is-swiss-though-liechtenstein-keeps-its-clock"),
        pytest.param("UTC", "", id="no-ones-zone"),
        pytest.param("Etc/GMT+5", "", id="an-offset"),
    ],
)
def test_the_country_of_a_time_zone(zone: str, country: str) -> None:
    assert zone_country(zone) == country


def test_the_profile_says_whose_holidays_it_keeps(tmp_path: Path) -> None:
    def region(holidays: str, zone: str = "America/Toronto") -> str:
        text = BOOKKEEPER_IN_TORONTO.format(holidays=holidays).replace("America/Toronto", zone)
        return written_profile(text, tmp_path).user.holiday_region

    assert region("") == "CA"
    assert region('holidays = "US-NY"') == "US-NY"
    assert region('holidays = "None"') == ""
    assert region("", zone="UTC") == ""


# -- times on the sender's working days too --------------------------------------------------------------------

DESIGNER_IN_LOS_ANGELES = """
[user]
name = "Maya Lindqvist"
email = "maya@lindqvistdesign.example.com"
signature = "Maya"
tone = "warm"
weekly_networking_hours = 4
time_zone = "America/Los_Angeles"
meeting_hours = "{hours}"

[[goals]]
kind = "find_clients"
description = "Hotels and restaurants that want a brand identity designed"
targets = ["hotels", "restaurants", "hospitality brands", "brand identity"]
priority = 1
"""
HOTEL = (
    "Dear Maya,\n\nI manage the Hotel Koharu, a 40-room boutique hotel, and we are looking for a designer to "
    "create a new brand identity before our reopening. Could we have a video call to talk about the project?"
    "\n\nBest regards,\nKenji Sato"
)


def hotel_managers_call(kindly: Kindly, tmp_path: Path, written: str, hours: str = "15:00-18:00") -> str:
    """The draft answering Kenji's call, his mail written at `written` (with his clock's offset)."""
    profile = profile_file(DESIGNER_IN_LOS_ANGELES.format(hours=hours), tmp_path)
    mail = eml(
        tmp_path / "call.eml",
        HOTEL,
        sender="Kenji Sato <kenji@hotelkoharu.example.com>",
        to="maya@lindqvistdesign.example.com",
        subject="Brand identity for our hotel",
        date=written,
    )
    [record] = triaged(kindly, mail, profile=profile)
    assert record["decision"] == "accept"
    return str(record["draft"])


def test_no_friday_afternoon_in_california_for_a_sender_in_tokyo(kindly: Kindly, tmp_path: Path) -> None:
    # 15:00 on a Friday in Los Angeles is 08:00 on a Saturday in Tokyo
    draft = hotel_managers_call(kindly, tmp_path, "Tue, 01 Dec 2026 10:00:00 +0900")
    assert "Saturday" not in draft
    assert "Friday 4 December" not in draft
    assert "Wednesday 2 December at 15:00 (Thursday 3 December at 08:00 your time)" in draft
    assert "Monday 7 December at 15:00 (Tuesday 8 December at 08:00 your time)" in draft


def test_a_friday_afternoon_suits_a_sender_in_the_users_own_clock(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same mail written in Seattle
    draft = hotel_managers_call(kindly, tmp_path, "Thu, 03 Dec 2026 09:00:00 -0800")
    assert "Friday 4 December at 15:00" in draft


def test_where_only_the_senders_weekend_is_free_the_times_stay(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the user meets on Friday afternoons only, Tokyo's Saturday mornings: better those than none
    draft = hotel_managers_call(kindly, tmp_path, "Tue, 01 Dec 2026 10:00:00 +0900", hours="Fri 15:00-18:00")
    assert "Friday 4 December at 15:00 (Saturday 5 December at 08:00 your time)" in draft


# -- the hours note names the activity its rule is for ---------------------------------------------------------


def test_a_call_outside_the_hours_a_calls_rule_leaves_is_told_so(kindly: Kindly, tmp_path: Path) -> None:
    call = from_maya(
        tmp_path, "Could we jump on a quick Zoom call on Thursday, December 3 at 6:30am, before we open?"
    )
    record = triaged_one(kindly, call, profile_file(EARLY_RISER.format(rule="calls before 07:00"), tmp_path))
    assert (
        "doesn't work for me, though - I'm only free for calls between 7:00 am and 9:00 am" in record["draft"]
    )


def test_a_recording_outside_the_hours_a_recording_rule_leaves_is_told_so(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch = to_nadia(
        tmp_path,
        "Hi Nadia,\n\nI run Grant & Sons, a fourth-generation tailoring shop in Queens - we went from near bankruptcy"
        " in 2019 to a waiting list by moving half our business to made-to-measure by video call. A friend who"
        " listens to Main Street Mic said I should pitch myself.\n\nIf you'd have me, could we record on Thursday,"
        " December 3 at 8:30am your time?\n\nBest,\nOliver Grant",
        "Oliver Grant <oliver@grantandsons.example>",
        "Guest pitch: 4th-generation tailor",
    )
    record = triaged_one(kindly, pitch, profile_file(HOST, tmp_path))
    assert "I'm only free for recordings between 10:00 am and 12:00 pm" in record["draft"]


def test_a_rule_for_every_meeting_is_told_as_meetings(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "meetings before 07:00" limits a call as any meeting, and says so
    call = from_maya(
        tmp_path, "Could we jump on a quick Zoom call on Thursday, December 3 at 6:30am, before we open?"
    )
    record = triaged_one(
        kindly, call, profile_file(EARLY_RISER.format(rule="meetings before 07:00"), tmp_path)
    )
    assert "I'm only free for meetings between 7:00 am and 9:00 am" in record["draft"]
