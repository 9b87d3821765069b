"""calendar_reply: an RFC 5546 REPLY to an invitation, parsed back with icalendar property by property."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from kindly.ingest.ics import parse_calendar
from kindly.model import Attendee, Decision, Event
from kindly.reply.calendar_reply import (
    PartStat,
    calendar_reply,
    clean_text,
    is_no_reply,
    partstat_for,
    wants_calendar_reply,
)
from kindly.reply.errors import ReplyError
from support import EXAMPLES

INVITATION = parse_calendar((EXAMPLES / "invitation.ics").read_bytes(), "invitation.ics")[0]
NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def reply_event(data: bytes) -> tuple[Calendar, Any]:
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def x_text(prop: Any) -> str:
    """icalendar keeps unknown X- properties escaped; unescape them as the TEXT they are (RFC 5545 3.3.11)."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(prop))


def test_a_decline_answers_the_invitation_for_the_user_alone() -> None:
    data = calendar_reply(
        INVITATION,
        "dana@example.com",
        PartStat.DECLINED,
        "Thank you for the invitation, I can't make it.",
        now=NOW,
    )

    calendar, event = reply_event(data)
    assert str(calendar["METHOD"]) == "REPLY"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//kindly")
    assert str(event["UID"]) == INVITATION.uid
    assert int(event["SEQUENCE"]) == INVITATION.sequence
    assert event["DTSTAMP"].dt == NOW
    assert event["DTSTART"].dt == INVITATION.start
    assert str(event["SUMMARY"]) == INVITATION.summary
    assert str(event["ORGANIZER"]) == "mailto:events@cen.example.org"
    assert event["ORGANIZER"].params["CN"] == "Hannah Brooks (Creative Economy Network)"
    attendee = event["ATTENDEE"]
    assert not isinstance(attendee, list), "only the user's ATTENDEE, never the other guests"
    assert str(attendee) == "mailto:dana@example.com"
    assert attendee.params["PARTSTAT"] == "DECLINED"
    assert attendee.params["CN"] == "Dana Reyes"
    assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
    assert str(event["COMMENT"]) == "Thank you for the invitation, I can't make it."
    assert x_text(event["X-RESPONSE-COMMENT"]) == "Thank you for the invitation, I can't make it."
    for private in ("priya@", "owen@", "marcus@", "DESCRIPTION", "LOCATION", "VALARM"):
        assert private.encode() not in data


@pytest.mark.parametrize(
    ("decision", "partstat"),
    [
        pytest.param(Decision.ACCEPT, "ACCEPTED", id="accept"),
        pytest.param(Decision.DECLINE, "DECLINED", id="decline"),
        pytest.param(Decision.REFER, "DECLINED", id="refer-declines-and-points-elsewhere"),
        pytest.param(Decision.ASK_DETAILS, "TENTATIVE", id="ask-details-is-tentative"),
    ],
)
def test_each_decision_has_its_participation_status(decision: Decision, partstat: str) -> None:
    status = partstat_for(decision)
    assert status is not None
    _, event = reply_event(calendar_reply(INVITATION, "dana@example.com", status, now=NOW))
    assert event["ATTENDEE"].params["PARTSTAT"] == partstat


def test_ignore_sends_no_calendar_reply() -> None:
    assert partstat_for(Decision.IGNORE) is None


def test_no_comment_means_no_comment_properties() -> None:
    _, event = reply_event(calendar_reply(INVITATION, "dana@example.com", PartStat.ACCEPTED, now=NOW))
    assert "COMMENT" not in event and "X-RESPONSE-COMMENT" not in event


def test_a_later_sequence_and_an_unlisted_user_are_answered_as_given() -> None:
    event = Event(
        uid="coffee-7@pike.example",
        summary="Coffee?",
        sequence=3,
        organizer_email="gordon@pike.example",
        attendees=(Attendee("someone@else.example", "Someone"),),
    )
    _, reply = reply_event(
        calendar_reply(event, "dana@example.com", PartStat.TENTATIVE, attendee_name="Dana Reyes", now=NOW)
    )
    assert int(reply["SEQUENCE"]) == 3
    assert "DTSTART" not in reply  # the invitation had none
    assert str(reply["ATTENDEE"]) == "mailto:dana@example.com"
    assert reply["ATTENDEE"].params["CN"] == "Dana Reyes"
    assert "CN" not in reply["ORGANIZER"].params


def test_the_stamp_is_fresh_when_no_time_is_given() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    _, event = reply_event(calendar_reply(INVITATION, "dana@example.com", PartStat.ACCEPTED))
    assert event["DTSTAMP"].dt >= before


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(Event(uid="", summary="x", organizer_email="a@b.example"), id="no-uid"),
        pytest.param(Event(uid="u1", summary="x"), id="no-organizer"),
    ],
)
def test_an_invitation_nobody_can_receive_a_reply_for_is_refused(event: Event) -> None:
    with pytest.raises(ReplyError):
        calendar_reply(event, "dana@example.com", PartStat.DECLINED)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        pytest.param("noreply@events.example.com", True, id="noreply"),
        pytest.param("no-reply@example.com", True, id="no-reply"),
        pytest.param("No_Reply@Example.com", True, id="no_reply-uppercase"),
        pytest.param("donotreply@example.com", True, id="donotreply"),
        pytest.param("do-not-reply@example.com", True, id="do-not-reply"),
        pytest.param("invitations-noreply@linkedin.example", True, id="noreply-inside"),
        pytest.param("MAILER-DAEMON@mx.example.com", True, id="mailer-daemon"),
        pytest.param("notifications@meetup.example", True, id="notifications"),
        pytest.param("notification+abc@example.com", True, id="notification-tagged"),
        pytest.param("bounces@lists.example.org", True, id="bounces"),
        pytest.param("Events <noreply@cen.example.org>", True, id="with-display-name"),
        pytest.param("", True, id="empty"),
        pytest.param("events@cen.example.org", False, id="events-team"),
        pytest.param("gordon@pike.example", False, id="person"),
        pytest.param("Hannah Brooks <hannah@cen.example.org>", False, id="person-with-name"),
        pytest.param("noreen@example.com", False, id="noreen-is-a-person"),
    ],
)
def test_no_reply_addresses(address: str, expected: bool) -> None:
    assert is_no_reply(address) is expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        pytest.param(INVITATION, True, id="the-example-request"),
        pytest.param(
            Event(uid="u", summary="x", method="REQUEST", organizer_email="noreply@x.example"),
            False,
            id="no-reply-organizer",
        ),
        pytest.param(
            Event(uid="u", summary="x", method="PUBLISH", organizer_email="hannah@x.example"),
            False,
            id="published-not-requested",
        ),
        pytest.param(Event(uid="u", summary="x", method="REQUEST"), False, id="no-organizer"),
    ],
)
def test_who_gets_a_calendar_reply_and_who_a_plain_email(event: Event, expected: bool) -> None:
    assert wants_calendar_reply(event) is expected


def test_backslashes_are_kept_as_written() -> None:
    comment = r"Notes are in C:\New\notes, see \n"
    _, event = reply_event(
        calendar_reply(INVITATION, "dana@example.com", PartStat.DECLINED, comment, now=NOW)
    )
    assert str(event["COMMENT"]) == comment
    assert x_text(event["X-RESPONSE-COMMENT"]) == comment


def test_line_breaks_become_newlines_and_control_characters_go() -> None:
    assert clean_text("one\r\ntwo\rthree\x00\x07\tfour") == "one\ntwo\nthree\tfour"
    assert clean_text("\ufeffSorry, I can't make it.") == "Sorry, I can't make it."  # a byte-order mark


# Characters clean_text keeps (it drops control characters, lone surrogates and the byte-order mark).
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from(",;:\\\"'\n\tnN"),
    max_size=300,
)


@given(comment=_TEXT)
def test_any_comment_round_trips(comment: str) -> None:
    _, event = reply_event(
        calendar_reply(INVITATION, "dana@example.com", PartStat.DECLINED, comment, now=NOW)
    )
    if not comment:
        assert "COMMENT" not in event
        return
    assert str(event["COMMENT"]) == comment
    assert x_text(event["X-RESPONSE-COMMENT"]) == comment


@given(comment=st.text(max_size=200))
def test_any_text_at_all_makes_a_readable_reply(comment: str) -> None:
    data = calendar_reply(INVITATION, "dana@example.com", PartStat.DECLINED, comment, now=NOW)
    _, event = reply_event(data)
    expected = clean_text(comment)
    assert (str(event["COMMENT"]) if "COMMENT" in event else "") == expected
