"""Thirteenth session: the user's own time zone. A time a sender gives in their zone ("8:00 GMT") is kept in their
words, said in the user's own time once, and weighed against the user's hours and days off in the user's day; the
times kindly proposes stay in the user's terms, with the sender's where their clock is far off."""

from __future__ import annotations

import json
import mailbox
import re
from datetime import time, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindly.errors import ConfigError
from kindly.profile import parse_profile, template_text
from kindly.zones import zoned_hour
from support import Kindly

# Mails are written on Tuesday 1 December 2026, in London (+0000) unless a test says otherwise.
LONDON_TUESDAY = "Tue, 01 Dec 2026 10:00 +0000"

COUNCILLOR = """\
[user]
name = "Aroha Ngata"
email = "aroha@council.example.nz"
signature = "Aroha"
date_style = "{style}"
{extra}

[[goals]]
kind = "build_credibility"
description = "Speak and learn about climate adaptation for local councils"
targets = ["climate adaptation", "local government", "councils"]

[[goals]]
kind = "find_community"
description = "Peers working on climate adaptation in local government"
targets = ["climate adaptation", "local government"]
"""
WELLINGTON = 'time_zone = "Pacific/Auckland"'
OFFICE_HOURS = 'meeting_hours = "Mon-Fri 09:00-17:00"'


def profile(tmp_path: Path, *extra: str, style: str = "international") -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(COUNCILLOR.format(extra="\n".join(extra), style=style))
    return path


def mbox(tmp_path: Path, body: str, subject: str, sender: str, date: str = LONDON_TUESDAY) -> Path:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(path))
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "aroha@council.example.nz"
    note["Subject"] = subject
    note["Date"] = date
    note["Message-ID"] = f"<offer-1@{sender.rpartition('@')[2].rstrip('>')}>"
    note.set_content(body)
    box.add(note)
    box.close()
    return path


def triage(kindly: Kindly, source: Path, profile_file: Path) -> dict[str, Any]:
    result = kindly("triage", str(source), "--profile", str(profile_file), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


def draft_text(record: dict[str, Any]) -> str:
    draft = record["draft"]
    return " ".join(str(draft["text"] if isinstance(draft, dict) else draft).split())


def webinar(when: str) -> str:
    return (
        f"Hi Aroha,\n\nWe're running a webinar on climate adaptation for local councils on {when}, and I'd love "
        "you to join us. It's an hour, on Zoom.\n\nBest,\nTom"
    )


def call(when: str, who: str = "in the UK") -> str:
    """A call at a time the sender offers ("Wednesday 9 December at 8:00 GMT"), or in a stretch of time the user
    chooses in ("sometime next week")."""
    if when[:1].islower():
        return (
            f"Hi Aroha,\n\nI work on climate adaptation for local councils {who} and would love a quick video "
            f"call to compare notes {when}?\n\nJane"
        )
    return (
        f"Hi Aroha,\n\nI lead climate adaptation work with local councils {who} and would love a quick video call "
        f"to compare notes. Would {when} work for you?\n\nJane"
    )


def jane(tmp_path: Path, when: str, date: str = LONDON_TUESDAY, who: str = "in the UK") -> Path:
    return mbox(
        tmp_path,
        call(when, who),
        "Call about climate adaptation" if when[:1].islower() else "Coffee chat about climate adaptation",
        "Jane Moss <jane@adaptlab.example.co.uk>",
        date,
    )


def tom(tmp_path: Path, when: str) -> Path:
    return mbox(
        tmp_path,
        webinar(when),
        "Webinar: climate adaptation for local councils",
        "Tom Hale <tom@climatecities.example.org>",
    )


# -- the profile key --------------------------------------------------------------------------------------------


def test_the_time_zone_is_an_iana_name_and_optional() -> None:
    assert parse_profile(COUNCILLOR.format(extra=WELLINGTON, style="us")).user.time_zone == "Pacific/Auckland"
    assert parse_profile(COUNCILLOR.format(extra="", style="us")).user.zone is None
    # the commented template names the key, and it reads when uncommented
    template = template_text()
    line = next(line for line in template.splitlines() if line.startswith("# time_zone ="))
    uncommented = template.replace(line, line.removeprefix("# "))
    assert parse_profile(uncommented).user.time_zone == "Pacific/Auckland"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Pacific/Atlantis", id="no-such-zone"),
        pytest.param("Wellington", id="a-city-alone"),
        pytest.param("NZDT", id="an-abbreviation"),
        pytest.param("../etc/passwd", id="a-path"),
    ],
)
def test_a_wrong_time_zone_is_refused_with_the_key_and_the_value(value: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_profile(COUNCILLOR.format(extra=f'time_zone = "{value}"', style="us"), "my-profile.toml")
    message = str(error.value)
    assert message.startswith("my-profile.toml: line 6, key user.time_zone: "), message
    assert f"{value!r} is not a time zone name such as 'Pacific/Auckland'" in message


# -- a time offered in another zone, said in the user's own ---------------------------------------------------


def test_a_webinar_at_8_gmt_is_said_at_21_00_wellington_time(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(kindly, tom(tmp_path, "Wednesday 9 December at 8:00 GMT"), profile(tmp_path, WELLINGTON))
    assert record["decision"] == "accept", record
    assert "see you on Wednesday 9 December at 8:00 GMT (21:00 my time)." in draft_text(record)


def test_without_a_time_zone_the_draft_echoes_the_senders_time_alone(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(kindly, tom(tmp_path, "Wednesday 9 December at 8:00 GMT"), profile(tmp_path))
    assert "see you on Wednesday 9 December at 8:00 GMT." in draft_text(record)
    assert "my time" not in draft_text(record)


def test_the_users_own_day_is_named_where_it_differs(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly, jane(tmp_path, "Thursday 10 December at 20:00 GMT"), profile(tmp_path, WELLINGTON)
    )
    assert record["decision"] == "accept", record
    assert (
        "Thursday 10 December at 20:00 GMT (Friday 11 December at 09:00 my time) works for me."
        in draft_text(record)
    )


@pytest.mark.parametrize(
    ("zone", "offered", "mine"),
    [
        pytest.param(
            "Europe/London", "Tuesday, December 8 at 11am ET", "(16:00 my time)", id="london-reads-eastern"
        ),
        pytest.param(
            "Europe/London",
            "Tuesday, December 8 at noon Pacific",
            "(20:00 my time)",
            id="london-reads-pacific",
        ),
        pytest.param(
            "Europe/London", "Tuesday 8 December at 9am Eastern", "(14:00 my time)", id="eastern-word"
        ),
        pytest.param("Europe/London", "Tuesday 8 December at 14:00 CET", "(13:00 my time)", id="cet"),
        pytest.param(
            "Europe/London", "Tuesday 8 December at 10:00 UTC+2", "(08:00 my time)", id="utc-offset"
        ),
        pytest.param(
            "Europe/London",
            "Tuesday 8 December at 9:00 AEDT",
            "(Monday 7 December at 22:00 my time)",
            id="sydney-summer",
        ),
        pytest.param(
            "America/Los_Angeles",
            "Tuesday 8 December at 14:00 London time",
            "(6:00 am my time)",
            id="portland-reads-london",
        ),
        pytest.param(
            "America/Chicago", "Tuesday 8 December at 3pm PT", "(5:00 pm my time)", id="chicago-reads-pacific"
        ),
    ],
)
def test_a_zoned_time_from_abroad_is_said_in_the_users_time(
    kindly: Kindly, tmp_path: Path, zone: str, offered: str, mine: str
) -> None:
    style = "us" if zone.startswith("America") else "international"
    record = triage(kindly, jane(tmp_path, offered), profile(tmp_path, f'time_zone = "{zone}"', style=style))
    assert record["decision"] == "accept", record
    assert f"{offered} {mine} works for me." in draft_text(record)


def test_a_time_in_the_users_own_zone_is_said_once(kindly: Kindly, tmp_path: Path) -> None:
    # "10am PT" to someone in Portland: the same clock, nothing to add
    profile_file = profile(tmp_path, 'time_zone = "America/Los_Angeles"', style="us")
    record = triage(kindly, jane(tmp_path, "Tuesday, December 8 at 10am PT"), profile_file)
    assert "Tuesday, December 8 at 10am PT works for me." in draft_text(record)
    assert "my time" not in draft_text(record)


# -- the user's hours and days off are the user's own day ------------------------------------------------------


def test_8_gmt_is_outside_office_hours_in_wellington(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        jane(tmp_path, "Wednesday 9 December at 8:00 GMT"),
        profile(tmp_path, WELLINGTON, OFFICE_HOURS),
    )
    text = draft_text(record)
    assert record["decision"] == "accept", record
    assert (
        "Wednesday 9 December at 8:00 GMT (21:00 my time) doesn't work for me, though - I'm only free for "
        "meetings between 09:00 and 17:00 on weekdays." in text
    )
    # times inside her hours, from her Wednesday on, each with Jane's clock beside it (13 hours behind)
    assert "Would Wednesday 9 December at 10:00 (Tuesday 8 December at 21:00 your time) or " in text


def test_20_gmt_on_thursday_is_friday_morning_in_wellington_and_inside_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # without her zone the same offer is outside her hours
    plain = triage(
        kindly, jane(tmp_path, "Thursday 10 December at 20:00 GMT"), profile(tmp_path, OFFICE_HOURS)
    )
    assert "Thursday 10 December at 20:00 GMT doesn't work for me" in draft_text(plain)
    zoned = tmp_path / "zoned"
    zoned.mkdir()
    record = triage(
        Kindly(zoned / "home"),
        jane(zoned, "Thursday 10 December at 20:00 GMT"),
        profile(zoned, WELLINGTON, OFFICE_HOURS),
    )
    assert (
        "Thursday 10 December at 20:00 GMT (Friday 11 December at 09:00 my time) works for me."
        in draft_text(record)
    )


def test_a_day_off_is_the_users_local_day(kindly: Kindly, tmp_path: Path) -> None:
    # her Friday off: 20:00 GMT on Thursday is Friday morning in Wellington
    day_off = 'days_off = ["2026-12-11"]'
    record = triage(
        kindly, jane(tmp_path, "Thursday 10 December at 20:00 GMT"), profile(tmp_path, WELLINGTON, day_off)
    )
    assert record["decision"] == "accept", record
    assert (
        "Thursday 10 December at 20:00 GMT (Friday 11 December at 09:00 my time) doesn't work for me, though"
        in draft_text(record)
    )


def test_an_event_on_the_users_local_day_off_is_declined_as_away(kindly: Kindly, tmp_path: Path) -> None:
    day_off = 'days_off = ["2026-12-11"]'
    record = triage(
        kindly, tom(tmp_path, "Thursday 10 December at 20:00 GMT"), profile(tmp_path, WELLINGTON, day_off)
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "away"), record


# -- the times kindly proposes: the user's own, with the sender's beside them where far apart -------------------


def proposed(text: str) -> list[str]:
    """The times a draft proposes in the user's terms, and the sender's beside each: [("Monday 7 December at
    10:00", "Sunday 6 December at 21:00 your time")]."""
    return re.findall(r"(\w+day \d{1,2} \w+ at \d\d:\d\d)(?: \(([^)]*your time)\))?", text)


def test_times_proposed_to_a_sender_far_away_carry_their_time(kindly: Kindly, tmp_path: Path) -> None:
    # Jane writes from London (+0000), 13 hours behind Wellington: her evening before is said beside each time
    # (Monday 7 December at 10:00 would be her Sunday evening: s18's round two offers her working days only)
    record = triage(kindly, jane(tmp_path, "sometime next week"), profile(tmp_path, WELLINGTON))
    times = proposed(draft_text(record))
    assert [theirs for _mine, theirs in times] == [
        "Monday 7 December at 21:00 your time",
        "01:30 your time",
    ], draft_text(record)
    assert times[0][0] == "Tuesday 8 December at 10:00"


def test_a_time_proposed_to_one_sender_is_not_proposed_to_the_next(kindly: Kindly, tmp_path: Path) -> None:
    # the times a draft offers are kept in the user's own terms, so the next draft of the run sees them as taken
    jane(tmp_path, "sometime next week")
    both = mbox(  # the same inbox, a second colleague of Jane's
        tmp_path,
        call("sometime next week").replace("Jane", "Mary"),
        "Call about climate adaptation",
        "Mary Moss <mary@adaptlab-north.example.co.uk>",
    )
    result = kindly("triage", str(both), "--profile", str(profile(tmp_path, WELLINGTON)), "--json")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    offered = [[mine for mine, _theirs in proposed(draft_text(record))] for record in records]
    assert len(offered) == 2 and all(len(times) == 2 for times in offered), offered
    assert not set(offered[0]) & set(offered[1]), offered
    assert all("your time)" in draft_text(record) for record in records)


def test_no_sender_time_where_the_clocks_are_close(kindly: Kindly, tmp_path: Path) -> None:
    # Jane, visiting Sydney, writes at +1100: two hours from Wellington, the user's times alone
    record = triage(
        kindly,
        jane(tmp_path, "sometime next week", "Tue, 01 Dec 2026 21:00 +1100"),
        profile(tmp_path, WELLINGTON),
    )
    times = proposed(draft_text(record))
    assert len(times) == 2 and not any(theirs for _mine, theirs in times), draft_text(record)
    assert "your time" not in draft_text(record)


# -- a calendar invitation: its start in the user's own clock ----------------------------------------------------

CALL_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Adaptlab//Cal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:call-jane-20261208@adaptlab.example.co.uk
SEQUENCE:0
DTSTAMP:20261201T100000Z
DTSTART:20261208T200000Z
DTEND:20261208T203000Z
SUMMARY:Call: climate adaptation for local councils
DESCRIPTION:Hi Aroha\\, I lead climate adaptation work with local councils in t
 he UK and would love a quick video call to compare notes.\\n\\nJane
ORGANIZER;CN=Jane Moss:mailto:jane@adaptlab.example.co.uk
ATTENDEE;CN=Aroha Ngata;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aroha@council.example.nz
END:VEVENT
END:VCALENDAR
"""


def calendar_reply_of(out: Path) -> str:
    """The calendar reply attached to the one exported draft."""
    [eml] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(eml.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    return str(calendar.get_content())


@pytest.mark.parametrize(
    ("zone", "partstat"),
    [
        # 20:00 UTC on Tuesday is 09:00 on Wednesday in Wellington: inside her hours
        pytest.param(WELLINGTON, "ACCEPTED", id="wellington"),
        # read in its own clock (UTC), 20:00 is outside them
        pytest.param("", "TENTATIVE", id="no-zone"),
    ],
)
def test_a_calendar_invitation_is_weighed_at_the_users_own_hour(
    kindly: Kindly, tmp_path: Path, zone: str, partstat: str
) -> None:
    source = tmp_path / "call.ics"
    source.write_text(CALL_ICS)
    profile_file = profile(tmp_path, zone, OFFICE_HOURS)
    record = triage(kindly, source, profile_file)
    assert record["decision"] == "accept", record
    assert ("only free for meetings" in draft_text(record)) == (partstat == "TENTATIVE"), draft_text(record)
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile_file)).exit_code == 0
    assert f"PARTSTAT={partstat}" in calendar_reply_of(out)


# -- the zone a sender writes ------------------------------------------------------------------------------------


@given(st.integers(min_value=-12, max_value=14), st.sampled_from(["UTC", "GMT", "utc"]), st.booleans())
def test_an_offset_written_after_a_time_is_read_as_that_offset(hours: int, word: str, spaced: bool) -> None:
    sign = "+" if hours >= 0 else "-"
    said = f"Tuesday 8 December at 10:00 {word}{' ' if spaced else ''}{sign}{abs(hours)}"
    found = zoned_hour(said)
    assert found is not None
    at, zone = found
    assert at == time(10) and zone.utcoffset(None) == timedelta(hours=hours)


@given(st.text(max_size=80))
def test_any_text_reads_as_a_zoned_hour_or_none(text: str) -> None:
    found = zoned_hour(text)
    assert found is None or isinstance(found[0], time)
