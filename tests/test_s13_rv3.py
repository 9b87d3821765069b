"""Thirteenth session, code review: a client's proposed time to talk is not the day of the work; a bare "4:30" in a
meeting proposal is the afternoon's; "10am Central Station" is a place, not a time zone; a calendar invitation
given in UTC is weighed in its organiser's own clock, never in UTC's. Each case is the reviewer's, through
`kindly triage`."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from support import PHOTOGRAPHER, Kindly

# -- profiles ---------------------------------------------------------------------------------------------------


BOOKKEEPER = """\
[user]
name = "Dana Reyes"
email = "dana@example.com"
signature = "Dana"
date_style = "us"
holidays = "US-OR"
{extra}

[[goals]]
kind = "find_clients"
description = "Owners of small design and architecture studios who need monthly bookkeeping"
targets = ["design studios", "architecture firms", "small business owners", "studio owners"]
"""
AFTER_SCHOOL = 'meeting_hours = "16:00-18:00"'
PORTLAND = 'time_zone = "America/Los_Angeles"'

PHYSIO = """\
[user]
name = "Grace Liu"
email = "grace@liuphysio.com.au"
signature = "Grace"
date_style = "international"
time_zone = "Australia/Sydney"

[[goals]]
kind = "find_community"
description = "Two-way referral relationships with local GPs and personal trainers in Sydney"
targets = ["GPs", "personal trainers"]
"""


def profile(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text)
    return path


def mail(
    tmp_path: Path,
    body: str,
    sender: str,
    to: str,
    subject: str,
    date: str = "Mon, 30 Nov 2026 10:00:00 -0800",
    calendar: str = "",
) -> Path:
    note = EmailMessage()
    note["From"] = sender
    note["To"] = to
    note["Subject"] = subject
    note["Date"] = date
    note["Message-ID"] = "<m1@sender.example>"
    note.set_content(body)
    if calendar:
        note.add_attachment(calendar.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(note))
    return path


def triage(kindly: Kindly, source: Path, profile_file: Path) -> dict[str, Any]:
    result = kindly("triage", str(source), "--profile", str(profile_file), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept", (record["reason_code"], record["reason"])
    return record


def draft_text(record: dict[str, Any]) -> str:
    draft = record["draft"]
    return " ".join(str(draft["text"] if isinstance(draft, dict) else draft).split())


def calendar_reply_of(kindly: Kindly, tmp_path: Path, profile_file: Path) -> str:
    """The calendar reply attached to the one draft, exported."""
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile_file)).exit_code == 0
    [eml] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(eml.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    return str(calendar.get_content())


# -- 1. a time to talk about the wedding is a time to meet, not the wedding's day --------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "Would Thursday, December 10 at 2pm work for you to talk through our wedding plans and your packages?",
            id="talk-through",
        ),
        pytest.param(
            "Could we speak on Thursday, December 10 at 2pm about our wedding and your packages?", id="speak"
        ),
        pytest.param(
            "Could we go over our wedding plans together on Thursday, December 10 at 2pm?", id="go-over"
        ),
    ],
)
def test_a_couples_time_to_talk_about_their_wedding_is_taken_as_a_time_to_meet(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    body = (
        "Hi Maya,\n\nWe're getting married next summer in Bellingham and we love your work. "
        f"{ask}\n\nThanks,\nPriya"
    )
    source = mail(
        tmp_path,
        body,
        "Priya Shah <priya.shah@outlook.com>",
        "maya@lindqvistphoto.com",
        "Wedding photography inquiry",
    )
    profile_file = profile(tmp_path, PHOTOGRAPHER)
    record = triage(kindly, source, profile_file)
    assert "Thursday, December 10 at 2pm works for me." in draft_text(record), draft_text(record)
    shown = kindly("show", str(record["id"]), "--profile", str(profile_file)).stdout
    assert "work day" not in shown


def test_the_day_of_the_wedding_itself_is_still_the_work_day(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Maya,\n\nOur wedding is on Saturday, August 14, 2027 at the Chuckanut Manor. Could we talk next week "
        "about your packages?\n\nPriya"
    )
    source = mail(
        tmp_path,
        body,
        "Priya Shah <priya.shah@outlook.com>",
        "maya@lindqvistphoto.com",
        "Wedding photography inquiry",
    )
    profile_file = profile(tmp_path, PHOTOGRAPHER)
    record = triage(kindly, source, profile_file)
    assert "August 14" not in draft_text(record) and "work for you?" in draft_text(record)
    shown = " ".join(kindly("show", str(record["id"]), "--profile", str(profile_file)).stdout.split())
    assert "work day" in shown and "August 14" in shown


# -- 2. a bare hour in a meeting proposal ----------------------------------------------------------------------


def studio(ask: str) -> str:
    return (
        f"Hi Dana,\n\nI run a small design studio in Portland and we need monthly bookkeeping. {ask}\n\nLena"
    )


def test_a_bare_half_past_four_is_the_afternoons_and_fits_after_school_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = studio("Could we meet for a coffee on Tuesday, December 8 at 4:30 to talk it through?")
    source = mail(tmp_path, body, "Lena Park <lena@studio-a.example>", "dana@example.com", "Bookkeeping")
    text = draft_text(triage(kindly, source, profile(tmp_path, BOOKKEEPER.format(extra=AFTER_SCHOOL))))
    assert "Tuesday, December 8 at 4:30 works for me." in text, text
    assert "only free" not in text and "4:00 pm" not in text


@pytest.mark.parametrize(
    ("ask", "fits"),
    [
        # the part of the day said beside it places a bare hour
        pytest.param(
            "Could we meet on Tuesday, December 8 at 7:30 for a drink after work?", True, id="evening"
        ),
        pytest.param("Could we meet for breakfast on Tuesday, December 8 at 7:30?", False, id="morning"),
        # nothing places it: either half of the day that fits the user's hours is taken
        pytest.param("Could we meet for a coffee on Tuesday, December 8 at 7:30?", True, id="either-half"),
    ],
)
def test_a_bare_hour_is_read_in_the_part_of_the_day_the_sender_names(
    kindly: Kindly, tmp_path: Path, ask: str, fits: bool
) -> None:
    source = mail(
        tmp_path, studio(ask), "Lena Park <lena@studio-a.example>", "dana@example.com", "Bookkeeping"
    )
    hours = 'meeting_hours = "16:00-20:00"'
    text = draft_text(triage(kindly, source, profile(tmp_path, BOOKKEEPER.format(extra=hours))))
    assert ("Tuesday, December 8 at 7:30 works for me." in text) == fits, text
    assert ("Tuesday, December 8 at 7:30 doesn't work for me" in text) == (not fits), text


# -- 3. a place named after a region is not its time zone -------------------------------------------------------


def test_central_station_is_a_place_not_us_central_time(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Grace,\n\nI'm a GP at Surry Hills GP and several of our patients have seen you for knee rehab. I'd like "
        "to set up a two-way referral relationship so we can help each other's patients. Could we meet for a "
        "coffee on Thursday 10 December, 10am Central Station (the Eddy Ave cafe)?\n\nBest,\nTom"
    )
    source = mail(
        tmp_path,
        body,
        "Dr Tom Baxter <tom@surryhillsgp.com.au>",
        "grace@liuphysio.com.au",
        "Cross-referrals between our practices",
        date="Mon, 30 Nov 2026 10:00:00 +1100",
    )
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO)))
    assert "Thursday 10 December, 10am works for me." in text, text
    assert "my time" not in text and "03:00" not in text


@pytest.mark.parametrize(
    ("place", "zoned"),
    [
        pytest.param("6pm Eastern Suburbs Leagues Club", False, id="eastern-suburbs"),
        pytest.param("6pm Pacific Highway entrance", False, id="pacific-highway"),
        pytest.param("6pm Eastern, at the Leagues Club", True, id="eastern-zone"),
        pytest.param("6pm Pacific time at the Leagues Club", True, id="pacific-time"),
    ],
)
def test_a_region_word_is_a_zone_only_where_it_ends_the_time(
    kindly: Kindly, tmp_path: Path, place: str, zoned: bool
) -> None:
    body = (
        "Hi Grace,\n\nI'm a personal trainer in Bondi and I'd like to set up cross-referrals for our clients. "
        f"Could we meet on Thursday 10 December at {place}?\n\nBest,\nSam"
    )
    source = mail(
        tmp_path,
        body,
        "Sam Reid <sam@bondipt.com.au>",
        "grace@liuphysio.com.au",
        "Cross-referrals",
        date="Mon, 30 Nov 2026 10:00:00 +1100",
    )
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO)))
    assert ("my time" in text) == zoned, text


# -- 4. a calendar invitation given in UTC, for a user without a time zone --------------------------------------

COFFEE_UTC = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Studio//Cal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:coffee-lena-20261208@studio-a.example
SEQUENCE:0
DTSTAMP:20261201T170000Z
DTSTART:20261209T003000Z
DTEND:20261209T013000Z
SUMMARY:Coffee: bookkeeping for our design studio
DESCRIPTION:Hi Dana\\, I run a small design studio in Portland and we need monthly bookkeep
 ing. Could we meet for a coffee after work to talk it through?\\n\\nLena
LOCATION:Case Study Coffee\\, Portland
ORGANIZER;CN=Lena Park:mailto:lena@studio-a.example
ATTENDEE;CN=Dana Reyes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana@example.com
END:VEVENT
END:VCALENDAR
"""


def test_a_utc_invitation_of_unknown_origin_is_not_refused_by_its_utc_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    # 00:30 UTC on Wednesday is 16:30 on Tuesday in Portland; nothing says where the organiser is
    source = tmp_path / "coffee.ics"
    source.write_text(COFFEE_UTC)
    profile_file = profile(tmp_path, BOOKKEEPER.format(extra=AFTER_SCHOOL))
    text = draft_text(triage(kindly, source, profile_file))
    assert "12:30 am" not in text and "doesn't work for me" not in text and "only free" not in text
    assert "I'd be glad to join - see you then." in text, text  # no UTC day named either
    assert "PARTSTAT=ACCEPTED" in calendar_reply_of(kindly, tmp_path, profile_file)


def test_a_utc_invitation_in_a_mail_is_weighed_at_the_senders_own_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the mail that carries it was written at -0800: 00:30 UTC is 16:30 on Tuesday there
    source = mail(
        tmp_path,
        studio("Could we meet for a coffee after work to talk it through? I've sent an invitation."),
        "Lena Park <lena@studio-a.example>",
        "dana@example.com",
        "Coffee: bookkeeping for our design studio",
        calendar=COFFEE_UTC,
    )
    profile_file = profile(tmp_path, BOOKKEEPER.format(extra=AFTER_SCHOOL))
    text = draft_text(triage(kindly, source, profile_file))
    assert "see you on Tuesday, December 8 at 4:30 pm." in text and "only free" not in text, text
    assert "PARTSTAT=ACCEPTED" in calendar_reply_of(kindly, tmp_path, profile_file)


def test_a_utc_invitation_is_said_yes_to_on_the_users_own_day(kindly: Kindly, tmp_path: Path) -> None:
    source = tmp_path / "coffee.ics"
    source.write_text(COFFEE_UTC)
    extra = f"{AFTER_SCHOOL}\n{PORTLAND}"
    text = draft_text(triage(kindly, source, profile(tmp_path, BOOKKEEPER.format(extra=extra))))
    assert "see you on Tuesday, December 8 at 4:30 pm my time." in text, text
    assert not re.search(r"Wednesday, December 9", text)


# -- 5. a greeting to the user by a name ending in "s" is no greeting to a group ---------------------------------

COUNCILLOR = """\
[user]
name = "Sam {surname}"
email = "sam@council.example.nz"
signature = "Sam"
date_style = "international"

[[goals]]
kind = "find_community"
description = "Peers among local councillors working on housing"
targets = ["councillors", "housing"]
"""


def opening(tmp_path: Path, greeting: str) -> Path:
    body = (
        f"{greeting}\n\nI run the bakery on Cuba Street and we're opening a second shop in Newtown. We'd love you "
        "to come to the opening on Thursday 10 December at 5pm - cake, coffee and a short speech from our "
        "founder.\n\nAna"
    )
    return mail(
        tmp_path,
        body,
        "Ana Lopez <ana@cubabakery.example.nz>",
        "sam@council.example.nz",
        "Opening of our second bakery",
        date="Mon, 30 Nov 2026 10:00:00 +1300",
    )


@pytest.mark.parametrize("surname", ["Harris", "Jones", "Bennett"])
def test_the_users_own_title_in_a_greeting_is_not_what_the_invitation_is_about(
    kindly: Kindly, tmp_path: Path, surname: str
) -> None:
    # "Dear Councillor Harris," greets the user: a bakery's opening is no gathering of councillors
    source = opening(tmp_path, f"Dear Councillor {surname},")
    result = kindly(
        "triage",
        str(source),
        "--profile",
        str(profile(tmp_path, COUNCILLOR.format(surname=surname))),
        "--json",
    )
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert (record["decision"], record["reason_code"]) == ("decline", "not_a_fit"), record["reason"]


def test_a_greeting_to_the_councillors_says_whom_the_invitation_is_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = opening(tmp_path, "Dear councillors,")
    record = triage(kindly, source, profile(tmp_path, COUNCILLOR.format(surname="Harris")))
    assert record["reason_code"] == "goal_fit" and "councillors" in record["reason"]
