"""parse_calendar and calendar_messages: iCalendar invitations (RFC 5545/5546) into Events and Messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kindly.errors import ParseError
from kindly.ingest.ics import calendar_messages, parse_calendar
from kindly.model import Attendee

INVITATION = Path(__file__).resolve().parents[2] / "examples" / "invitation.ics"
UID = "20261118T170000Z-money-talks-for-makers@cen.example.org"
PACIFIC = ZoneInfo("America/Los_Angeles")


def calendar(*event_lines: str, method: str = "REQUEST") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kindly tests//EN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += ["BEGIN:VEVENT", *event_lines, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


COFFEE = (
    "UID:coffee-1@example.com",
    "DTSTAMP:20261101T090000Z",
    "DTSTART:20261209T173000Z",
    "SUMMARY:Coffee",
    "ORGANIZER;CN=Jane Doe:mailto:Jane@Example.com",
)


def test_shipped_invitation_event_fields() -> None:
    (event,) = parse_calendar(INVITATION.read_bytes(), "invitation.ics")

    assert event.uid == UID
    assert event.sequence == 0
    assert event.method == "REQUEST"
    assert event.summary == "Money Talks for Makers: financing your creative studio (panel + mixer)"
    assert event.location == "Holloway Hall, 2nd floor, 1200 SE Example Ave, Portland, OR 97214"
    assert event.description.startswith("Money Talks for Makers is an evening panel")
    assert "\n\nPanel (6:00-7:15 pm)" in event.description
    assert event.organizer_email == "events@cen.example.org"
    assert event.organizer_name == "Hannah Brooks (Creative Economy Network)"
    assert event.start == datetime(2026, 12, 9, 17, 30, tzinfo=PACIFIC)
    assert event.start is not None and event.start.utcoffset() == timedelta(hours=-8)
    assert event.start.astimezone(UTC) == datetime(2026, 12, 10, 1, 30, tzinfo=UTC)
    assert event.end == datetime(2026, 12, 9, 20, 30, tzinfo=PACIFIC)
    assert event.recurrence == ""


def test_shipped_invitation_attendees() -> None:
    (event,) = parse_calendar(INVITATION.read_bytes(), "invitation.ics")

    assert event.attendees == (
        Attendee("dana@example.com", "Dana Reyes", "REQ-PARTICIPANT", "NEEDS-ACTION", rsvp=True),
        Attendee(
            "priya@fieldworkcapital.example.com", "Priya Natarajan", "REQ-PARTICIPANT", "ACCEPTED", rsvp=False
        ),
        Attendee("owen@emberandoak.example.com", "Owen Park", "REQ-PARTICIPANT", "ACCEPTED", rsvp=False),
        Attendee("marcus@cen.example.org", "Marcus Bell", "CHAIR", "ACCEPTED", rsvp=False),
    )


def test_shipped_invitation_as_message() -> None:
    data = INVITATION.read_bytes()

    (message,) = calendar_messages(data, "invitation.ics")

    assert message.source == "invitation.ics"
    assert message.channel == "calendar"
    assert message.message_id == f"{UID}#0"
    assert message.conversation == UID
    assert (message.from_name, message.from_addr) == (
        "Hannah Brooks (Creative Economy Network)",
        "events@cen.example.org",
    )
    assert message.to[0] == "dana@example.com"
    assert message.subject.startswith("Money Talks for Makers")
    assert message.date == datetime(2026, 12, 9, 17, 30, tzinfo=PACIFIC)
    assert message.body.startswith("Invitation: Money Talks for Makers")
    assert "When: Wed 09 Dec 2026 17:30 PST" in message.body
    assert "Where: Holloway Hall" in message.body
    assert "Attendees: Dana Reyes, Priya Natarajan, Owen Park, Marcus Bell" in message.body
    assert message.own_text.startswith("Money Talks for Makers is an evening panel")
    assert message.event is not None and message.event.uid == UID
    assert message.raw == data


def test_duration_instead_of_dtend() -> None:
    (event,) = parse_calendar(calendar(*COFFEE, "DURATION:PT1H30M"), "coffee.ics")

    assert event.start == datetime(2026, 12, 9, 17, 30, tzinfo=UTC)
    assert event.end == datetime(2026, 12, 9, 19, 0, tzinfo=UTC)


def test_all_day_event_with_duration() -> None:
    lines = [line for line in COFFEE if not line.startswith("DTSTART")]

    (event,) = parse_calendar(calendar(*lines, "DTSTART;VALUE=DATE:20261209", "DURATION:P1D"), "day.ics")

    assert event.start == datetime(2026, 12, 9, tzinfo=UTC)
    assert event.end == datetime(2026, 12, 10, tzinfo=UTC)


def test_floating_time_is_read_as_utc() -> None:
    lines = [line for line in COFFEE if not line.startswith("DTSTART")]

    (event,) = parse_calendar(calendar(*lines, "DTSTART:20261209T173000"), "floating.ics")

    assert event.start == datetime(2026, 12, 9, 17, 30, tzinfo=UTC)
    assert event.end is None


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        pytest.param("CANCEL", "CANCEL", id="cancel"),
        pytest.param("request", "REQUEST", id="lowercase-request"),
        pytest.param("REPLY", "REPLY", id="reply"),
        pytest.param("", "PUBLISH", id="no-method-is-publish"),
    ],
)
def test_method_is_kept(method: str, expected: str) -> None:
    (event,) = parse_calendar(calendar(*COFFEE, "SEQUENCE:3", method=method), "update.ics")

    assert event.method == expected
    assert event.sequence == 3


def test_cancel_message_keeps_method_and_sequence() -> None:
    (message,) = calendar_messages(
        calendar(*COFFEE, "SEQUENCE:2", "STATUS:CANCELLED", method="CANCEL"), "c.ics"
    )

    assert message.event is not None
    assert message.event.method == "CANCEL"
    # Not the id of the invitation it cancels ("coffee-1@example.com#2"): a CANCEL that keeps the
    # invitation's SEQUENCE must not be taken for a duplicate of it.
    assert message.message_id == "coffee-1@example.com#2#cancel"
    assert message.body.startswith("Cancelled: Coffee")


def test_unreadable_sequence_is_zero() -> None:
    (event,) = parse_calendar(calendar(*COFFEE, "SEQUENCE:two"), "seq.ics")

    assert event.sequence == 0


def test_recurrence_rule_is_kept() -> None:
    (event,) = parse_calendar(calendar(*COFFEE, "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE"), "weekly.ics")

    assert "FREQ=WEEKLY" in event.recurrence
    assert "COUNT=4" in event.recurrence


def test_several_events_become_several_messages() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        b"BEGIN:VEVENT\r\nUID:one@x\r\nDTSTART:20261201T100000Z\r\nSUMMARY:One\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:two@x\r\nDTSTART:20261202T100000Z\r\nSUMMARY:Two\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )

    messages = calendar_messages(data, "feed.ics")

    assert [(m.source, m.subject, m.conversation) for m in messages] == [
        ("feed.ics", "One", "one@x"),
        ("feed.ics#2", "Two", "two@x"),
    ]
    assert messages[0].raw == data and messages[1].raw == b""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "not an iCalendar file", id="empty"),
        pytest.param(b"From: a@example.com\n\nnot a calendar", "not an iCalendar file", id="not-a-calendar"),
        pytest.param(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no event", id="no-event"),
        pytest.param(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\n", "unreadable calendar", id="truncated"),
        pytest.param(calendar("UID:x", "DTSTART:garbage"), "unreadable calendar", id="garbage-dtstart"),
    ],
)
def test_unreadable_calendar_is_a_parse_error(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        calendar_messages(data, "broken.ics")

    assert caught.value.source == "broken.ics"
    assert reason in caught.value.reason
