"""What still hurt Jonah Reyes, the jazz pianist of the twentieth session's review, after his never-rules were
mended: a student's "Do you give lessons?" ignored as a work meeting, a paid gig offered to him declined as an event
that serves no goal, his own band's rehearsal declined, a client's booking answered with times for a call, an
artist manager's pitch not seen as the trade of the booking agent he has, and his hours told in full beside a morning
they hold. Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import dm_to_jonah, invite_to_jonah, music_profile, to_jonah
from support import Kindly, profile_file, triaged_one

JONAH = music_profile()


def _triaged(kindly: Kindly, tmp_path: Path, mail: Path) -> dict[str, Any]:
    return triaged_one(kindly, mail, profile_file(JONAH, tmp_path))


# 1. A prospective client asks whether the user offers the work his find-clients goal sells ("jazz piano lessons",
#    "private piano students"): a client's ask however short, never an ordinary work meeting.
STUDENT = (
    "Hey Jonah, saw your clip of the Skylark reharm, insane. I'm a sophomore at Columbia College and want to get "
    "serious about comping and voicings. {ask} Could do Monday or Wednesday mornings."
)


def _student_asks(kindly: Kindly, tmp_path: Path, ask: str) -> dict[str, Any]:
    """Marcus's Instagram DM to Jonah with `ask` in it, triaged."""
    mail = dm_to_jonah(
        tmp_path / "dm.txt",
        STUDENT.format(ask=ask),
        sender="Marcus Bell (Instagram @marcusbell.keys)",
        subject="Instagram DM",
    )
    return _triaged(kindly, tmp_path, mail)


@pytest.mark.parametrize(
    ("ask", "yes"),
    [
        ("Do you give lessons?", "Yes, I give lessons - I'd be glad to find a time."),
        ("Are you taking new students?", "Yes, I'm taking new students - I'd be glad to find a time."),
        ("Do you have room for a new piano student?", "Yes, I have room for a new piano student"),
        # how he teaches is not what his goal says he sells: the yes is to the lessons, never "online" promised
        ("Do you give lessons online?", "Yes, I give lessons - I'd be glad to find a time."),
    ],
)
def test_a_student_asking_for_lessons_by_dm_is_a_client_said_yes_to(
    kindly: Kindly, tmp_path: Path, ask: str, yes: str
) -> None:
    record = _student_asks(kindly, tmp_path, ask)
    assert (record["intent"], record["decision"], record["goal"]) == (
        "client_inquiry",
        "accept",
        "find_clients",
    )
    assert yes in record["draft"]
    # the mornings he offered, inside Jonah's hours: no call at another hour
    assert "Monday, December 7" in record["draft"] or "Wednesday, December 9" in record["draft"]


@pytest.mark.parametrize(
    "ask",
    [
        # what the user needs is a seller's question; what he is told is no question; a thing no goal sells
        "Do you need a booking app for your lessons?",
        "I know you give lessons.",
        "Do you do events like this often?",
    ],
)
def test_no_question_of_a_service_the_goal_sells_is_no_client(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = _student_asks(kindly, tmp_path, ask)
    assert "Yes, I" not in (record["draft"] or "")


# 2. A paid booking offered to the user is a client's paid work, said yes to on its own day and hours - not an event
#    that serves none of his goals, nor a call proposed at his hours for meetings.
GIG = "Hey Jonah it's Ray from the Owl. Our Thursday pianist cancelled for Dec 10, 7-10pm, {pay}. Want it? Let me know by tomorrow"


def _gig_offered(kindly: Kindly, tmp_path: Path, pay: str) -> dict[str, Any]:
    """Ray's text offering Jonah Thursday's gig, with `pay` said as written, triaged."""
    mail = dm_to_jonah(
        tmp_path / "sms.txt",
        GIG.format(pay=pay),
        sender="Ray Donnelly (Text message)",
        subject="Text message",
        date="Sun, 29 Nov 2026 19:45:00 -0600",
    )
    return _triaged(kindly, tmp_path, mail)


@pytest.mark.parametrize("pay", ["$300 + tips", "it pays $300", "$300 for the night"])
def test_a_paid_gig_offered_by_text_is_a_booking_said_yes_to_on_its_day(
    kindly: Kindly, tmp_path: Path, pay: str
) -> None:
    record = _gig_offered(kindly, tmp_path, pay)
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")
    assert "I'd be glad to take it - Dec 10, 7-10pm works for me." in record["draft"]
    assert "only free for meetings" not in record["draft"]


@pytest.mark.parametrize(
    "pay",
    [
        # the audience's price, and a fee the act pays, are no booking
        "tickets are $15 for the night",
        "performers pay $20 to play",
    ],
)
def test_an_event_whose_money_is_not_paid_to_the_user_is_no_booking(
    kindly: Kindly, tmp_path: Path, pay: str
) -> None:
    record = _gig_offered(kindly, tmp_path, pay)
    assert "I'd be glad to take it" not in (record["draft"] or "")
    assert "a booking that pays you" not in record["reason"]


@pytest.mark.parametrize(
    "price",
    ["Dinner is $45 plus drinks.", "It's $30 for the evening, food included.", "Spots are $150 for the day."],
)
def test_an_events_own_price_for_the_evening_is_no_booking(
    kindly: Kindly, tmp_path: Path, price: str
) -> None:
    mail = to_jonah(
        tmp_path / "dinner.eml",
        f"Hi Jonah,\n\nJoin us for the Chicago Music Makers holiday dinner on Thursday, December 10, 7-10pm at the "
        f"Hideout. {price} Hope you can make it!\n\nLena\n",
        sender="Lena Ortiz <lena@chicagomusicmakers.org>",
        subject="Holiday dinner - Dec 10",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert record["intent"] != "client_inquiry"
    assert "I'd be glad to take it" not in (record["draft"] or "")


# 4. A client's booking that asks whether he is free and for a set list is answered so: no call proposed.
LAUNCH = (
    "Hi Jonah,\n\nI'm planning a product launch for a client on March 4 in the West Loop and they want a solo jazz "
    "pianist for the reception (7-9 pm). {pay} {ask}\n\nBest,\nGreg Holt\nHolt Events\n"
)


def test_a_paid_booking_asking_if_free_and_for_a_set_list_is_answered_without_a_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_jonah(
        tmp_path / "launch.eml",
        LAUNCH.format(pay="Budget is $900.", ask="Are you available, and could you send a sample set list?"),
        sender="Greg Holt <greg@holtevents.com>",
        subject="Corporate gig - paid - March",
        date="Wed, 25 Nov 2026 20:15:00 -0600",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")
    assert "Yes, I'm available on March 4, and I'd be glad to do it." in record["draft"]
    assert "I'll send a sample set list over shortly." in record["draft"]
    assert "Would " not in record["draft"]  # no times for a call


def test_a_paid_booking_whose_sender_asks_for_a_call_first_gets_times_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the call asked makes it read as a work meeting; the pay for the evening makes it a client's
    mail = to_jonah(
        tmp_path / "launch.eml",
        LAUNCH.format(
            pay="They can do $900 for the evening.", ask="Could we hop on a quick call to go over it?"
        ),
        sender="Greg Holt <greg@holtevents.com>",
        subject="Corporate gig - paid - March",
        date="Wed, 25 Nov 2026 20:15:00 -0600",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")
    assert "I'd be glad to do it" not in record["draft"]
    assert "work for you?" in record["draft"]


# 3. A bandmate's calendar invitation to a rehearsal is the user's own work, not an event to decline.
def test_a_bandmates_rehearsal_invitation_is_an_ordinary_work_meeting(kindly: Kindly, tmp_path: Path) -> None:
    invite = invite_to_jonah(
        tmp_path / "rehearsal.ics",
        summary="Trio rehearsal - Hothouse set",
        location="Jonah's studio, Logan Square",
        organizer="Theo Banks <theo.banks.bass@gmail.com>",
    )
    record = _triaged(kindly, tmp_path, invite)
    assert (record["decision"], record["reason_code"]) == ("ignore", "work_meeting")
    assert record["draft"] is None


def test_an_open_rehearsal_for_an_audience_stays_an_event(kindly: Kindly, tmp_path: Path) -> None:
    invite = invite_to_jonah(
        tmp_path / "open.ics",
        summary="Open rehearsal - Chicago Jazz Orchestra",
        location="Symphony Center",
        description="Watch the orchestra rehearse the spring program. All welcome.",
        organizer="CJO Events <events@chicagojazzorchestra.org>",
    )
    record = _triaged(kindly, tmp_path, invite)
    assert record["intent"] == "event_invitation"
    assert record["reason_code"] != "work_meeting"


# 5. An artist manager's pitch is for the trade of the booking agent Jonah already has: the honest reason says so.
MANAGER = (
    "Hi Jonah,\n\nI've been following your work and I think you're seriously under-booked. At Elevate {firm} we "
    "represent 40+ jazz and crossover artists and get them into festivals, corporate events and private bookings "
    "across the Midwest.\n\nI'd love to jump on a 15-minute call to talk about what we could do for you - no "
    "commitment. Does Thursday work?\n\nBrett Kaplan\nElevate {firm}\n"
)


@pytest.mark.parametrize("firm", ["Artist Management", "Talent Agency"])
def test_an_artist_managers_pitch_is_declined_for_the_booking_agent_he_has(
    kindly: Kindly, tmp_path: Path, firm: str
) -> None:
    mail = to_jonah(
        tmp_path / "pitch.eml",
        MANAGER.format(firm=firm),
        sender="Brett Kaplan <brett@elevateartists.com>",
        subject="Taking your career to the next level",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "you already work with Dana Whitfield, Northside Artists" in record["reason"]
    assert "For a booking agent, I already work with someone I'm very happy with" in record["draft"]


def test_the_festival_programmer_naming_his_agent_is_still_the_meeting_he_wants(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a booker who speaks of his artist management is no seller of it
    mail = to_jonah(
        tmp_path / "renata.eml",
        "Hi Jonah,\n\nI program the Lakeshore Jazz Festival and we're shaping the 2027 lineup. Would you have time "
        "for a coffee in the next couple of weeks? Feel free to loop in your artist management too.\n\nRenata Okafor\n",
        sender="Renata Okafor <renata@lakeshorejazzfest.org>",
        subject="Lakeshore Jazz Festival 2027",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert (record["decision"], record["goal"]) == ("accept", "meet_person")


# 6. A part of the day offered that his hours hold in part: the yes says where in it, not his hours in full.
FOLLOW_UP = (
    "Hi Jonah,\n\nJust floating this back up in case it got buried - would next Tuesday or Wednesday {part} work "
    "for a coffee near the Loop? I'd love to hear the new suite.\n\nRenata\n"
)


@pytest.mark.parametrize(
    ("part", "said"),
    [
        (
            "morning",
            "Either next Tuesday or Wednesday morning works for me - whichever suits you best. Any time "
            "after 9:30 am is good for me.",
        ),
        ("afternoon", "Any time before 2:00 pm is good for me."),
    ],
)
def test_a_part_of_the_day_his_hours_hold_in_part_gets_where_in_it(
    kindly: Kindly, tmp_path: Path, part: str, said: str
) -> None:
    mail = to_jonah(
        tmp_path / "renata.eml",
        FOLLOW_UP.format(part=part),
        sender="Renata Okafor <renata@lakeshorejazzfest.org>",
        subject="Re: Lakeshore Jazz Festival 2027 - would love to talk",
        date="Mon, 30 Nov 2026 15:30:00 -0600",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert record["decision"] == "accept"
    assert said in record["draft"]
    assert "I'm only free for meetings" not in record["draft"]


def test_days_offered_without_a_part_of_the_day_still_get_his_hours(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "next Tuesday or Wednesday" says no hour at all, so his hours are told in full
    mail = to_jonah(
        tmp_path / "renata.eml",
        FOLLOW_UP.format(part="").replace("Wednesday  work", "Wednesday work"),
        sender="Renata Okafor <renata@lakeshorejazzfest.org>",
        subject="Re: Lakeshore Jazz Festival 2027 - would love to talk",
        date="Mon, 30 Nov 2026 15:30:00 -0600",
    )
    record = _triaged(kindly, tmp_path, mail)
    assert "I'm only free for meetings between 9:30 am and 2:00 pm on weekdays." in record["draft"]
