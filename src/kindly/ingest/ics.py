"""Read iCalendar invitations (RFC 5545/5546) into Events and Messages."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar

from kindly.errors import ParseError
from kindly.ingest.text import split_body
from kindly.model import Attendee, Event, Message

_MAX_EVENTS = 10_000


def parse_calendar(data: bytes, source: str) -> list[Event]:
    """Every VEVENT of a calendar. Raises ParseError when the data is not a readable calendar."""
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise ParseError(source, "not an iCalendar file (no BEGIN:VCALENDAR)")
    try:
        calendar = Calendar.from_ical(data)
        method = str(calendar.get("METHOD", "PUBLISH") or "PUBLISH").upper()
        events = [_event(component, method) for component in calendar.walk("VEVENT")[:_MAX_EVENTS]]
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(source, "calendar nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - icalendar raises ValueError, KeyError, TypeError...
        raise ParseError(source, f"unreadable calendar ({_why_unreadable(data, exc)})") from None
    if not events:
        raise ParseError(source, "calendar holds no event")
    return events


def _why_unreadable(data: bytes, exc: Exception) -> str:
    """What is wrong with a calendar icalendar refused, in the file's own terms: a block it opens and never
    closes (a file cut off, or edited by hand), else the library's first line without the bytes it quotes."""
    opened: list[str] = []
    for raw in data.upper().splitlines():
        line = raw.strip().decode("ascii", "replace")
        if line.startswith("BEGIN:"):
            opened.append(line.removeprefix("BEGIN:"))
        elif line.startswith("END:"):
            name = line.removeprefix("END:")
            if name not in opened:
                return f"END:{name} has no BEGIN:{name} before it"
            if opened[-1] != name:
                break  # an outer block closes over the last one opened, which never closed
            opened.pop()
    if opened:
        name = opened[-1]
        return f"BEGIN:{name} has no END:{name} - is the file cut off?"
    said = re.sub(r":?\s*b['\"].*", "", str(exc).split("\n", 1)[0]).strip()
    return said or "icalendar cannot parse it"


# What each iTIP method (RFC 5546) says about the event, as the first line of its message.
_HEADLINES = {
    "CANCEL": "Cancelled",
    "COUNTER": "Counter-proposal",
    "REPLY": "Reply",
    "DECLINECOUNTER": "Counter-proposal declined",
    "REFRESH": "Refresh requested",
    "ADD": "Added occurrences",
}
_FROM_ATTENDEE = ("REPLY", "COUNTER", "REFRESH")  # methods an attendee sends to the organizer


def event_message_id(event: Event) -> str:
    """A stable identity for one iTIP message about an event: the invitation itself is "UID#SEQUENCE";
    a CANCEL, COUNTER or REPLY of the same SEQUENCE is a different message, not a duplicate of it."""
    if not event.uid:
        return ""
    identity = f"{event.uid}#{event.sequence}"
    if event.method in ("REQUEST", "PUBLISH"):
        return identity
    identity += "#" + event.method.lower()
    if event.method in _FROM_ATTENDEE and event.attendees:
        identity += ":" + event.attendees[0].email
    return identity


def calendar_messages(data: bytes, source: str) -> list[Message]:
    """One message per event: the organizer's invitation, cancellation or update, or an attendee's
    reply or counter-proposal."""
    messages = []
    for number, event in enumerate(parse_calendar(data, source), start=1):
        body = describe_event(event)
        split = split_body(event.description)
        sender_name, sender_addr = event.organizer_name, event.organizer_email
        if event.method in _FROM_ATTENDEE and event.attendees:
            sender_name, sender_addr = event.attendees[0].name, event.attendees[0].email
        messages.append(
            Message(
                source=f"{source}#{number}" if number > 1 else source,
                channel="calendar",
                message_id=event_message_id(event),
                conversation=event.uid,
                from_name=sender_name,
                from_addr=sender_addr,
                to=tuple(a.email for a in event.attendees),
                subject=event.summary,
                # in UTC, as every message's date, with the offset of the clock the organiser set it in (its
                # TZID's zone, with or without a VTIMEZONE): "18:30" in America/Los_Angeles is 02:30 UTC, not 18:30;
                # a UTC time ("...Z") or a floating one says nothing of where the organiser is
                date=event.start.astimezone(UTC) if event.start else None,
                date_offset=_offset_minutes(event.start) if event.start_zone not in ("", "UTC") else None,
                body=body,
                own_text=split.own or event.summary,
                quoted_text=split.quoted,
                signature=split.signature,
                event=event,
                raw=data if number == 1 else b"",
            )
        )
    return messages


def _offset_minutes(start: datetime | None) -> int | None:
    """The offset from UTC, in minutes, of the clock a start is given in (a floating time or a day has none: the
    caller asks its zone first)."""
    offset = start.utcoffset() if start is not None else None
    return int(offset.total_seconds() // 60) if offset is not None else None


def describe_event(event: Event) -> str:
    lines = [f"{_HEADLINES.get(event.method, 'Invitation')}: {event.summary}"]
    if event.start:
        lines.append(f"When: {event.start:%a %d %b %Y %H:%M %Z}".rstrip())
    if event.recurrence:
        lines.append(f"Repeats: {event.recurrence}")
    if event.location:
        lines.append(f"Where: {event.location}")
    if event.organizer_name or event.organizer_email:
        lines.append(f"Organizer: {event.organizer_name} <{event.organizer_email}>")
    if event.attendees:
        names = ", ".join(a.name or a.email for a in event.attendees)
        lines.append(f"Attendees: {names}")
    if event.description:
        lines.extend(["", event.description])
    return "\n".join(lines)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()


def _mailto(value: Any) -> str:
    text = _text(value)
    return text[7:].lower() if text.lower().startswith("mailto:") else text.lower()


def _param(value: Any, name: str) -> str:
    params = getattr(value, "params", {}) or {}
    return str(params.get(name, "") or "")


def _when(component: Any, name: str) -> datetime | None:
    prop = component.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def _clock_of(component: Any, name: str) -> str:
    """The zone a DTSTART is given in: its TZID's name, "UTC" for a UTC time, "" for a floating time or a day."""
    value = getattr(component.get(name), "dt", None)
    if not isinstance(value, datetime) or value.tzinfo is None:
        return ""
    key = str(getattr(value.tzinfo, "key", "") or getattr(value.tzinfo, "zone", "") or value.tzinfo)
    return "UTC" if key in ("UTC", "Etc/UTC", "Z", "UTC+00:00") else key


def _event(component: Any, method: str) -> Event:
    start = _when(component, "DTSTART")
    end = _when(component, "DTEND")
    duration = component.get("DURATION")
    if end is None and start is not None and isinstance(getattr(duration, "dt", None), timedelta):
        end = start + duration.dt
    organizer = component.get("ORGANIZER")
    raw_attendees = component.get("ATTENDEE") or []
    if not isinstance(raw_attendees, list):
        raw_attendees = [raw_attendees]
    attendees = tuple(
        Attendee(
            email=_mailto(a),
            name=_param(a, "CN"),
            role=_param(a, "ROLE"),
            partstat=_param(a, "PARTSTAT"),
            rsvp=_param(a, "RSVP").upper() == "TRUE",
        )
        for a in raw_attendees
    )
    rrule = component.get("RRULE")
    try:
        sequence = int(_text(component.get("SEQUENCE")) or 0)
    except ValueError:
        sequence = 0
    return Event(
        uid=_text(component.get("UID")),
        summary=_text(component.get("SUMMARY")),
        method=method,
        sequence=sequence,
        start=start,
        end=end,
        location=_text(component.get("LOCATION")),
        description=_text(component.get("DESCRIPTION")),
        organizer_email=_mailto(organizer) if organizer is not None else "",
        organizer_name=_param(organizer, "CN") if organizer is not None else "",
        attendees=attendees,
        recurrence=rrule.to_ical().decode("utf-8", "replace") if rrule is not None else "",
        start_zone=_clock_of(component, "DTSTART"),
    )
