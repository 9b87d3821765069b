"""RFC 5546 (iTIP) REPLY to a calendar invitation: the user's answer, and nothing about anyone else.

A REPLY carries the invitation's UID and SEQUENCE, a fresh DTSTAMP, the ORGANIZER, and exactly one ATTENDEE -
the user - with their PARTSTAT. The comment goes into COMMENT (the standard property) and into
X-RESPONSE-COMMENT (what Outlook shows). Organizers that cannot take a reply (noreply@ and friends) get a plain
e-mail instead: see `is_no_reply` and `wants_calendar_reply`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from icalendar import Calendar, vCalAddress, vText
from icalendar import Event as VEvent

from kindly.domains import is_no_reply as is_no_reply
from kindly.hours import CALL, MeetingHours, held_over_a_call, meeting_activities
from kindly.model import Decision, Event, Intent, Message
from kindly.reply.errors import ReplyError
from kindly.reply.languages import WRITTEN
from kindly.understand.language import language_of, reads_as_english
from kindly.zones import start_weighed

if TYPE_CHECKING:
    from kindly.profile import Profile

PRODID = "-//kindly//calendar reply//EN"


class PartStat(StrEnum):
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    TENTATIVE = "TENTATIVE"


_PARTSTAT = {
    Decision.ACCEPT: PartStat.ACCEPTED,
    Decision.DECLINE: PartStat.DECLINED,
    Decision.REFER: PartStat.DECLINED,  # the user does not come; the comment points to someone who serves better
    # Asking what the event is for is neither yes nor no; the comment carries the question.
    Decision.ASK_DETAILS: PartStat.TENTATIVE,
}


class _Text(vText):
    """TEXT escaped exactly as RFC 5545 3.3.11 says (icalendar's own writer turns a literal "\\N" into a line
    break; its reader is right)."""

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


# What keeps its organiser's time whatever the user's own hours: an event, a group's meeting, a talk.
_DATED = frozenset({"event_invitation", "community_invitation", "speaking_invitation"})


def one_to_one_call(event: Event | None) -> bool:
    """Whether a calendar invitation is, by its own structure, a call between two people: one attendee besides
    its organiser, held where a call is (LOCATION "Microsoft Teams", a Zoom or Google Meet link, a phone). Its
    language does not matter: such a meeting moves like any call, under the user's hours for calls, where an
    event for several keeps its organiser's time."""
    if event is None or event.method.upper() != "REQUEST":
        return False
    organiser = event.organizer_email.strip().lower()
    others = {a.email.strip().lower() for a in event.attendees if a.email.strip().lower() != organiser}
    return len(others) == 1 and held_over_a_call(event.location)


def a_call_on_the_day(message: Message) -> bool:
    """Whether what a yes confirms on its day is a call, by its title or its calendar invitation's structure
    ("Phone screen: Data Scientist", a Zoom between two): the yes says "speak to you on Thursday", not "see you"
    (a meetup whose note gives a phone number is still met in person)."""
    event = message.event
    title = event.summary if event is not None else message.subject
    return one_to_one_call(event) or _A_CALL_NAMED.search(title) is not None


# what a title names as a call: "Phone screen", "Zoom: intro", "Video call with Sam" - not "Call for speakers"
_A_CALL_NAMED = re.compile(
    r"\b(?:phone|zoom|video\s+(?:call|chat)|google\s+meet|teams\s+call|call(?!\s+for\b))\b", re.IGNORECASE
)


def asked_activities(form: str, message: Message) -> frozenset[str]:
    """What a meeting asked for is (`meeting_activities`), a one-to-one call by its calendar invitation's
    structure too, whatever language its note is in."""
    activities = meeting_activities(form, message.own_text)
    return activities | {CALL} if one_to_one_call(message.event) else activities


def partstat_for(
    decision: Decision,
    event: Event | None = None,
    meeting_hours: MeetingHours | None = None,
    intent: str = "",
    zone: tzinfo | None = None,
    sent_offset: int | None = None,
    off: Container[date] = (),
) -> PartStat | None:
    """The participation status that answers an invitation with a decision (None: send no calendar reply). A
    meeting said yes to at an hour outside the user's own `meeting_hours`, or on a day they do not meet (a
    weekend, or one of `off`: a public holiday or a day off), in their own `zone` where they set one, else in the
    organiser's (see `start_weighed`), is TENTATIVE: its draft proposes other times."""
    partstat = _PARTSTAT.get(decision)
    start = start_weighed(event, zone, sent_offset)
    if (
        partstat is PartStat.ACCEPTED
        and start is not None
        and (intent not in _DATED or one_to_one_call(event))
        and not_met_then(start, meeting_hours, off)
    ):
        return PartStat.TENTATIVE
    return partstat


def invitation_hours(profile: Profile, message: Message, intent: str) -> MeetingHours:
    """The user's hours for the meeting a message asks for, as its draft weighed it: a rule about the hour of calls
    limits a call's, not a coffee's (see `meeting_activities`)."""
    from kindly.understand.extract import extract

    asked = Intent(intent) if intent in set(Intent) else None
    return profile.hours_for(asked_activities(extract(message, asked).format, message))


def not_met_then(start: datetime, meeting_hours: MeetingHours | None, off: Container[date] = ()) -> bool:
    """Whether a meeting that starts at `start` (in the clock it is weighed in) is at a time the user does not
    meet: outside their `meeting_hours`, on a weekend (kindly proposes weekdays only), or on a day of `off` (a
    public holiday or a day off). An event, a group or a talk keeps its organiser's day: not asked here."""
    return (
        (meeting_hours is not None and meeting_hours.outside(start))
        or start.weekday() >= 5
        or start.date() in off
    )


def wants_calendar_reply(event: Event) -> bool:
    """An iTIP REPLY makes sense only for a REQUEST with a UID whose organizer reads replies."""
    return (
        event.method.upper() == "REQUEST"
        and bool(event.uid)
        and bool(event.organizer_email)
        and not is_no_reply(event.organizer_email)
    )


def clean_text(text: str) -> str:
    """Text as iCalendar can carry it: line breaks as \\n, no other control characters, no lone surrogates and
    no byte-order mark (U+FEFF, an encoding's artefact that a calendar reader drops from a value's start)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


# A calendar reply's comment in the language its invitation is written in, where kindly has a short fixed sentence
# for it (reply/languages/): the draft is English, and kindly cannot translate it. For any other language the
# comment is left out.
_IN_ITS_LANGUAGE: dict[str, dict[PartStat, str]] = {
    name: {PartStat(partstat): said for partstat, said in phrases.calendar.items()}
    for name, phrases in WRITTEN.items()
}


def comment_for(event: Event, partstat: PartStat, comment: str) -> str:
    """The comment a calendar reply carries: the draft's own words for an invitation in English; for one in
    another language, kindly's short fixed sentence in it (reply/languages/), else none - but a TENTATIVE answer
    carries its draft where that is written in the invitation's language too: why its time does not suit and the
    times proposed instead, as the English one does, not a holding line."""
    text = "\n".join((event.summary, event.description))
    if reads_as_english(text):
        return comment
    language = language_of(text)
    if PartStat(partstat) is PartStat.TENTATIVE and comment and _written_in(comment, language):
        return comment
    return _IN_ITS_LANGUAGE.get(language, {}).get(PartStat(partstat), "")


def _written_in(text: str, language: str) -> bool:
    return not reads_as_english(text) and language_of(text) == language


def calendar_reply(
    event: Event,
    attendee_email: str,
    partstat: PartStat,
    comment: str = "",
    *,
    attendee_name: str = "",
    now: datetime | None = None,
) -> bytes:
    """The iCalendar bytes of a METHOD:REPLY answering `event` for the attendee `attendee_email`.

    The attendee's CN and ROLE are taken from the invitation when it lists them, else `attendee_name`.
    Raises ReplyError when the invitation has no UID or no organizer (a REPLY would reach nobody).
    """
    if not event.uid:
        raise ReplyError("the invitation has no UID, so a calendar reply cannot refer to it")
    if not event.organizer_email:
        raise ReplyError(f"the invitation {event.uid!r} names no organizer to reply to")
    email = attendee_email.strip()
    listed = next((a for a in event.attendees if a.email.lower() == email.lower()), None)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "REPLY")

    vevent = VEvent()
    vevent.add("uid", event.uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    if event.start is not None:
        # In UTC: the invitation's VTIMEZONE is not copied, and a TZID without one is not valid RFC 5545.
        vevent.add("dtstart", event.start.astimezone(UTC))
    if event.summary:
        vevent.add("summary", _Text(clean_text(event.summary)))
    vevent.add("organizer", _address(event.organizer_email, event.organizer_name))
    attendee = _address(email, (listed.name if listed and listed.name else attendee_name))
    if listed is not None and listed.role:
        attendee.params["ROLE"] = listed.role
    attendee.params["PARTSTAT"] = PartStat(partstat).value
    vevent.add("attendee", attendee)
    text = clean_text(comment_for(event, PartStat(partstat), comment))
    if text:
        vevent.add("comment", _Text(text))
        vevent.add("x-response-comment", _Text(text))
    calendar.add_component(vevent)
    return bytes(calendar.to_ical())


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    cn = clean_text(name).replace('"', "'").replace("\n", " ").strip()
    if cn:
        address.params["CN"] = cn
    return address
