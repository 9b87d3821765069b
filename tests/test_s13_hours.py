"""Thirteenth session: the user's own meeting hours, and the part of the day a sender asks for, in the times
kindly proposes and accepts."""

from __future__ import annotations

import json
import mailbox
import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from kindly.errors import ConfigError
from kindly.profile import parse_profile
from support import Kindly

# Mails are dated Monday 14 December 2026 (Portland), after the day the tests run: times are proposed from then.
MONDAY = "Mon, 14 Dec 2026 09:00 -0800"

PROFILE = """\
[user]
name = "Dana Reyes"
email = "dana@example.com"
signature = "Dana"
date_style = "{style}"
holidays = "US-OR"
{hours}

[[goals]]
kind = "find_clients"
description = "Owners of small design and architecture studios who need monthly bookkeeping"
targets = ["design studios", "architecture firms", "small business owners"]
"""
HEAD_TEACHER = 'meeting_hours = "Mon-Fri 16:00-18:00"'
PHYSIO = 'meeting_hours = ["Mon-Fri 07:00-08:00", "Mon-Fri 18:00-20:00"]'


def profile(tmp_path: Path, hours: str = "", style: str = "us") -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(PROFILE.format(hours=hours, style=style))
    return path


def mbox(
    tmp_path: Path, body: str, sender: str = "Lena Park <lena@studio-a.example>", date: str = MONDAY
) -> Path:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(path))
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "dana@example.com"
    note["Subject"] = "Bookkeeping for our studio"
    note["Date"] = date
    note["Message-ID"] = "<lena-1@studio-a.example>"
    note.set_content(body)
    box.add(note)
    box.close()
    return path


def triage(kindly: Kindly, source: Path, profile_file: Path) -> dict[str, Any]:
    result = kindly("triage", str(source), "--profile", str(profile_file), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept", record
    return record


def draft_text(record: dict[str, Any]) -> str:
    draft = record["draft"]
    return str(draft["text"] if isinstance(draft, dict) else draft)


def times_in(text: str) -> list[str]:
    """The times of day a draft proposes: "4:00 pm", "18:00"."""
    return re.findall(r"\bat (\d{1,2}:\d\d(?: [ap]m)?)", text)


def studio(ask: str) -> str:
    return (
        f"Hi Dana,\n\nI run a small design studio in Portland and we need monthly bookkeeping. {ask}\n\nLena"
    )


# -- the profile key --------------------------------------------------------------------------------------------


def test_meeting_hours_are_one_window_or_several_with_their_days() -> None:
    one = parse_profile(PROFILE.format(hours='meeting_hours = "16:00-18:00"', style="us"))
    assert one.user.hours.said() == "between 16:00 and 18:00"
    several = parse_profile(PROFILE.format(hours=PHYSIO, style="us"))
    assert (
        several.user.hours.said("us")
        == "between 7:00 am and 8:00 am or between 6:00 pm and 8:00 pm on weekdays"
    )
    days = parse_profile(PROFILE.format(hours='meeting_hours = ["Tue, Thu 12:00-13:00"]', style="us"))
    assert days.user.hours.said() == "between 12:00 and 13:00 on Tuesdays and Thursdays"
    assert parse_profile(PROFILE.format(hours="", style="us")).user.meeting_hours == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param('"after 4pm"', "'after 4pm' is not a window of hours such as '16:00-18:00'", id="words"),
        pytest.param('"18:00-16:00"', "ends before it begins", id="backwards"),
        pytest.param('"Mo-Fr 16:00-18:00"', "'Mo' is not a day of the week", id="day"),
        pytest.param('"16:00-25:00"', "'25:00' is not an hour of the day", id="hour"),
        pytest.param("4", "is not a window of hours ('16:00-18:00') or a list of them", id="number"),
        pytest.param('"Sat-Sun 09:00-12:00"', "names no weekday", id="weekend-only"),
    ],
)
def test_wrong_meeting_hours_are_refused_with_the_key_and_the_reason(value: str, reason: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_profile(PROFILE.format(hours=f"meeting_hours = {value}", style="us"), "my-profile.toml")
    message = str(error.value)
    assert message.startswith("my-profile.toml: line 7, key user.meeting_hours: ") and reason in message


def test_a_wrong_window_stops_triage_with_exit_code_2(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage",
        str(mbox(tmp_path, studio("Coffee?"))),
        "--profile",
        str(profile(tmp_path, 'meeting_hours = "4pm"')),
    )
    assert result.exit_code == 2 and "user.meeting_hours" in result.output
    assert "'4pm' is not a window of hours" in " ".join(result.output.split())


def test_init_writes_the_key_commented_and_it_reads_back(kindly: Kindly) -> None:
    assert kindly("init").exit_code == 0
    text = (kindly.home / "profile.toml").read_text()
    lines = [line for line in text.splitlines() if line.startswith("# meeting_hours = ")]
    assert len(lines) == 2
    for line in lines:  # each example, uncommented, is a valid profile
        value = line.removeprefix("# ").split("  #")[0]
        assert parse_profile(text.replace(line, value)).user.hours


# -- times kindly proposes fall inside the user's hours ---------------------------------------------------------


def test_times_proposed_fall_inside_the_users_hours(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Could we have a call to talk it through?"))
    text = draft_text(triage(kindly, source, profile(tmp_path, HEAD_TEACHER)))
    assert times_in(text) == ["4:00 pm", "4:00 pm"], text
    assert "only free" not in text  # they asked no time: nothing to explain


def test_without_meeting_hours_kindly_proposes_its_usual_hours(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Could we have a call to talk it through?"))
    assert times_in(draft_text(triage(kindly, source, profile(tmp_path)))) == ["10:00 am", "2:30 pm"]


def test_two_windows_give_a_time_in_each(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Could we have a call to talk it through?"))
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO, style="international")))
    # kindly's usual 10:00 and 14:30, each moved to the nearest time the user meets
    assert times_in(text) == ["07:30", "18:00"], text


# -- a time offered outside them is answered with times inside them ---------------------------------------------


def test_a_time_offered_outside_the_users_hours_gets_times_inside_them_that_day_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = mbox(
        tmp_path, studio("Could we have a call on Tuesday, December 22 at 10am to talk it through?")
    )
    text = draft_text(triage(kindly, source, profile(tmp_path, HEAD_TEACHER)))
    assert "10am works for me" not in text
    assert (
        "Tuesday, December 22 at 10am doesn't work for me, though - I'm only free for meetings between 4:00 pm "
        "and 6:00 pm on weekdays. Would Tuesday, December 22 at 4:00 pm or Thursday, December 24 at 4:00 pm work "
        "for you instead?"
    ) in text, text


def test_a_time_offered_inside_the_users_hours_is_taken_as_it_is(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(
        tmp_path, studio("Could we have a call on Tuesday, December 22 at 6:30pm to talk it through?")
    )
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO)))
    assert "Tuesday, December 22 at 6:30pm works for me." in text and "only free" not in text


def test_of_several_times_offered_the_first_inside_the_users_hours_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = mbox(
        tmp_path,
        studio("Would Tuesday, December 22 at 2pm or Wednesday, December 23 at 7am suit you for a call?"),
    )
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO)))
    assert "Wednesday, December 23 at 7am works for me." in text, text


def test_days_offered_without_an_hour_are_answered_with_the_users_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = mbox(tmp_path, studio("Could we have a call on Thursday or Friday to talk it through?"))
    text = draft_text(triage(kindly, source, profile(tmp_path, HEAD_TEACHER)))
    assert (
        "Either Thursday or Friday works for me - whichever suits you best. I'm only free for meetings between "
        "4:00 pm and 6:00 pm on weekdays."
    ) in text, text


# -- the part of the day the sender asks for --------------------------------------------------------------------


def test_an_afternoon_asked_for_is_kept_within_the_users_hours(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Would you be free for a call any afternoon in the week of 11 January?"))
    # alone, an afternoon of that week
    text = draft_text(triage(kindly, source, profile(tmp_path)))
    assert re.findall(r"January 1[1-5] at (\d+:\d\d [ap]m)", text) == ["2:00 pm", "3:30 pm"], text
    # with the user's hours, where the two meet: 16:00 to 17:00
    kindly.home.joinpath("kindly.db").unlink()
    text = draft_text(triage(kindly, source, profile(tmp_path, HEAD_TEACHER)))
    assert re.findall(r"January 1[1-5] at (\d+:\d\d [ap]m)", text) == ["4:00 pm", "4:00 pm"], text
    assert "only free" not in text


def test_a_morning_the_users_hours_leave_out_is_said_honestly(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Could we have a coffee one morning next week?"))
    text = draft_text(triage(kindly, source, profile(tmp_path, HEAD_TEACHER)))
    assert (
        "I'm only free for meetings between 4:00 pm and 6:00 pm on weekdays, so a morning is hard for me. Would "
        "Monday, December 21 at 4:00 pm or Wednesday, December 23 at 4:00 pm work for you instead?"
    ) in text, text


def test_a_morning_in_one_of_the_users_windows_is_kept(kindly: Kindly, tmp_path: Path) -> None:
    source = mbox(tmp_path, studio("Could we have a coffee one morning next week?"))
    text = draft_text(triage(kindly, source, profile(tmp_path, PHYSIO, style="international")))
    assert re.findall(r"2[1-5] December at (\d\d:\d\d)", text) == ["07:30", "07:30"], text
    assert "only free" not in text


# -- a calendar invitation to a meeting at an hour the user does not meet ---------------------------------------

COFFEE_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Studio//Cal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:coffee-lena-20261222@studio-a.example
SEQUENCE:0
DTSTAMP:20261214T170000Z
DTSTART:20261222T100000
DTEND:20261222T110000
SUMMARY:Coffee: bookkeeping for our design studio
DESCRIPTION:Hi Dana\\, I run a small design studio and we need monthly bookkeep
 ing. Could we meet for a coffee to talk it through?\\n\\nLena
LOCATION:Case Study Coffee
ORGANIZER;CN=Lena Park:mailto:lena@studio-a.example
ATTENDEE;CN=Dana Reyes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana@example.com
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_invitation_outside_the_users_hours_is_answered_tentatively_with_other_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = tmp_path / "coffee.ics"
    source.write_text(COFFEE_ICS)
    profile_file = profile(tmp_path, HEAD_TEACHER)
    text = draft_text(triage(kindly, source, profile_file))
    assert "see you" not in text
    assert "Tuesday, December 22 at 10:00 am doesn't work for me, though - I'm only free for meetings" in text
    assert times_in(text)[-2:] == ["4:00 pm", "4:00 pm"], text
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile_file)).exit_code == 0
    assert "PARTSTAT=TENTATIVE" in calendar_reply_of(out)


def calendar_reply_of(out: Path) -> str:
    """The calendar reply attached to the one exported draft."""
    [eml] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(eml.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    return str(calendar.get_content())


def test_a_calendar_invitation_inside_the_users_hours_is_accepted(kindly: Kindly, tmp_path: Path) -> None:
    source = tmp_path / "coffee.ics"
    source.write_text(COFFEE_ICS.replace("T100000", "T163000").replace("T110000", "T173000"))
    profile_file = profile(tmp_path, HEAD_TEACHER)
    text = draft_text(triage(kindly, source, profile_file))
    assert "see you on Tuesday, December 22" in text and "only free" not in text
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile_file)).exit_code == 0
    assert "PARTSTAT=ACCEPTED" in calendar_reply_of(out)
