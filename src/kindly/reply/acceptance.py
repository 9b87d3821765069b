"""Saying yes in the ask's own terms, and when: the event's date, the piece's deadline, a time the sender
proposed, or two free slots from today, written as the user writes dates."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from kindly.decide.costs import Cost, cost_to_attend
from kindly.decide.reading import asks_for_a_call, asks_to_apply, gives_a_way_to_apply, leave_to_pass_contact
from kindly.decide.referral import asked_for
from kindly.forwarded import forwarded_part, forwards_own_mail
from kindly.hours import ANY_HOURS, MeetingHours, clock_meant, clock_read, clock_readings, clock_said
from kindly.model import Intent, Message
from kindly.reply.ask_terms import asks_onto_a_stage
from kindly.reply.calendar_reply import a_call_on_the_day
from kindly.reply.deadlines import deadlines, passed_deadline
from kindly.reply.interviews import interview_offered
from kindly.understand.days import MONTH_DAY as _MONTH_DAY
from kindly.understand.days import MONTHS as _MONTHS
from kindly.understand.days import (
    WEEKDAY_SAID,
    local_day,
    named_day,
    names_days,
    numeric_date,
    weekday_said,
    window_start,
)
from kindly.understand.extract import Details, extract
from kindly.understand.host_asked import host_asked
from kindly.understand.recording import RECORDING, airs_on
from kindly.zones import address_zone, hour_in_their_clock, in_my_zone, signature_zone

VARIANTS = 3  # phrasings of each sentence, so that two replies in a week do not read the same


# A time the sender gave that names a day: "Thursday, November 19, 6:00-8:00 pm", "next Tuesday at 10am",
# "Dec 1, 10am PT", "the 21st"; not "this week" or "in the next couple of weeks".
_CONCRETE_WHEN = re.compile(
    r"^(?:(?:next|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    # a weekday written short before its date: "Tue 5 Jan"
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    # "22-23 April 2027": a day-first range too
    r"^\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"^\d{1,2}/\d{1,2}|^the\s+\d",
    re.IGNORECASE,
)


# A year written after a day of the month: "Wednesday 20 January 2027", "January 20, 2027".
_YEAR_AFTER_DAY = re.compile(
    r"(?P<day>\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))(?:,)?\s+"
    r"(?P<year>20\d\d)\b"
)
_NEEDS_NO_YEAR = 300  # days ahead within which a day of the month is never taken for another year's


def _without_needless_year(when: str, today: datetime) -> str:
    """`when` as the sender wrote it, less a year the reader cannot mistake ("Wednesday 20 January 2027" in
    November 2026 is "Wednesday 20 January"): kept where the day is further off, or past."""

    def said(found: re.Match[str]) -> str:
        month = next((m for m in found.group("day").split() if m[:3].lower() in _MONTHS), "")
        number = re.sub(r"\D", "", found.group("day"))
        if not month or not number:
            return found.group(0)
        try:
            day = date(int(found.group("year")), _MONTHS.index(month[:3].lower()) + 1, int(number))
        except ValueError:
            return found.group(0)
        ahead = (day - today.date()).days
        return found.group("day") if 0 <= ahead <= _NEEDS_NO_YEAR else found.group(0)

    return _YEAR_AFTER_DAY.sub(said, when)


def _concrete(when: str, message: Message, today: datetime, whole: bool = True) -> str:
    """`when` if it names a coming day: not a time alone ("10am"), a recurring day ("every first Thursday"), a
    date before the message ("we met on October 14") or one day read of several they named; of several times
    offered, the ones still to come."""
    if whole and days_to_choose(when, message.own_text):
        several = " ".join(several_weekdays(message.own_text).lower().split())
        if several not in when.lower():
            # "I'm free Tuesday and Thursday mornings" read as "Tuesday": days of theirs to pick a time on, not the
            # one day read of them to confirm ("Tuesday or Thursday afternoon", read whole, is confirmed as said)
            return ""
    if re.search(r",? or ", when):
        parts = [_concrete(part, message, today, whole=False) for part in re.split(r",? or ", when)]
        return " or ".join(part for part in parts if part)
    if not _CONCRETE_WHEN.match(when):
        return ""
    day = when.split()[0].rstrip(",")
    # "the first Friday of the month ... Next one is Friday 5 March": the date named is the next meeting's
    if not _MONTH_DAY.search(when) and re.search(
        rf"\b(?:(?:every|each)\s+(?:\w+\s+)?{re.escape(day)}|(?:first|second|third|fourth|last)\s+"
        rf"{re.escape(day)}\s+of\b)",
        message.own_text,
        re.IGNORECASE,
    ):
        return ""  # "every other Thursday", "the first Wednesday of each month"
    found = _MONTH_DAY.search(when)
    if found:
        month_name = (found.group(1) or found.group(4)).lower()[:3]
        number = int(found.group(2) or found.group(3))
        sent = local_day(later_of(message.date, today), message)
        # a year written with the day is that year's ("12-18 July 2027" written in November 2026 is next summer's)
        year = re.search(r"\b(20\d\d)\b", when)
        try:
            named = date(int(year.group(1)) if year else sent.year, _MONTHS.index(month_name) + 1, number)
        except ValueError:
            return ""
        # "December 4" written in November is this year's; "October 14" written in November is past
        if named < sent and (year is not None or (sent - named).days < 183):
            return ""
    elif _weekday_gone_by(when, message, today):
        return ""  # "Wednesday" written three weeks ago: that Wednesday has gone by, new times are offered
    return when


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_gone_by(when: str, message: Message, today: datetime) -> bool:
    """Whether a day named only by its weekday ("Wednesday", "next Tuesday at 2") was, counted from the day the
    message was written, before today."""
    if message.date is None:
        return False
    day = _weekday_from(when, local_day(message.date, message))
    return day is not None and day < local_day(today, message)


def _weekday_from(when: str, written: date) -> date | None:
    """The day a `when` that opens with a weekday ("Wednesday", "next Tuesday at 2") names, counted from the day
    it was `written`; None where it opens with none."""
    found = WEEKDAY_SAID.match(when)
    return weekday_said(found, written) if found is not None else None


NEXT_WEEK = re.compile(r"\bnext week\b", re.IGNORECASE)
NEXT_WEEKDAY = re.compile(r"next\s+(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)  # a day of next week
_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(.+)", re.IGNORECASE)
_WEEK_AFTER_NEXT = re.compile(r"\bweek after next\b", re.IGNORECASE)


def week_named(when: str, today: datetime, written: datetime | None = None) -> date | None:
    """The day of "the week of 7 December", where the sender named a week (read from the day they wrote, so a
    week under way is not next year's); None otherwise, or where that week is over."""
    found = _WEEK_OF.search(when)
    read_from = (written or today).date()  # in the offset the caller read the message in
    if _WEEK_AFTER_NEXT.search(
        when
    ):  # "the week after next": the Monday two weeks on from the one they wrote in
        monday = read_from + timedelta(days=14 - read_from.weekday())
        return monday if monday >= today.date() - timedelta(days=6) else None
    day = named_day(found.group(1), read_from) if found else None
    return day if day is not None and day >= today.date() - timedelta(days=6) else None


def _missed(when: str, message: Message, today: datetime) -> bool:
    """The day the invitation named came after the message was written and has passed by `today`."""
    return missed_day(message, when, today) is not None


def missed_day(message: Message, when: str, today: datetime) -> date | None:
    """The day `when` names, where it came after the message was written and has passed by `today`."""
    if message.date is None:
        return None
    written = local_day(message.date, message)
    day = named_day(when, written)
    last = day + timedelta(days=6) if day is not None and _WEEK_OF.search(when) else day  # a week runs on
    return (
        day
        if day is not None and last is not None and written <= day and last < local_day(today, message)
        else None
    )


def in_words(when: str, message: Message, today: datetime, zone: tzinfo | None) -> str:
    """`when` with a date in numbers written as words ("Sunday 12/6 at 9am": "Sunday December 6 at 9am"), read
    month first where the sender or the user is in the Americas; `when` as it is where none is read."""
    month_first = _in_the_americas(message, zone)
    found = numeric_date(when, local_day(later_of(message.date, today), message), month_first)
    if found is None:
        return when
    (start, end), day = found
    words = f"{day:%B} {day.day}" if month_first else f"{day.day} {day:%B}"
    return f"{when[:start]}{words}{when[end:]}"


def _in_the_americas(message: Message, zone: tzinfo | None) -> bool:
    """Whether the user's zone is one of the Americas' ("America/Los_Angeles"), or the sender wrote from an
    offset only the Americas keep (UTC-3 to UTC-10)."""
    if zone is not None and str(getattr(zone, "key", "")).startswith("America/"):
        return True
    return -10 * 60 <= message.date_offset <= -3 * 60 if message.date_offset else False


class Taken(Container[str]):
    """Times other drafts offer. `booked()` is the part of them a time the sender fixed cannot have: a yes to a
    time, or a time offered in a draft stored before; a time this run only proposed to someone else ("Would
    Thursday at 12:30 work for you?") is no booking, and moves where a sender's own time needs it."""

    def booked(self) -> Container[str]:
        return self

    def held(self, slot: str) -> bool:
        """Whether `slot` is held by her calendar or by another yes of hers (not only passed over: a time the
        sender turned down, or a day they cannot meet on), so that a draft may say she is booked then."""
        return slot in self


def held_elsewhere(slot: str, message: Message, today: datetime, taken: Container[str]) -> bool:
    """Whether a time offered is held by her calendar or another yes (see `Taken.held`), as they wrote it or as
    drafts write it; a plain set of times is all times other drafts offer."""
    if not isinstance(taken, Taken):
        return slot_taken(slot, message, today, taken)
    return taken.held(slot.strip()) or taken.held(_in_house_words(slot.strip(), message, today, "us"))


def booked(taken: Container[str]) -> Container[str]:
    """The times of `taken` a time the sender fixed cannot have (see `Taken`)."""
    return taken.booked() if isinstance(taken, Taken) else taken


def acceptance(
    message: Message,
    intent: Intent,
    details: Details,
    variant: int,
    today: datetime,
    off: Container[date] = frozenset(),
    style: str = "international",
    taken: Container[str] = frozenset(),
    meeting_hours: MeetingHours = ANY_HOURS,
    zone: tzinfo | None = None,
    seeking_work: bool = False,
) -> str:
    """Yes to what was asked, in its own terms: the event or the group on its date, the talk or the piece,
    the time the sender proposed (`details`, as read from the message), unless it falls on a day `off` or is a
    time another draft already offers (`taken`), or a meeting's time outside the user's `meeting_hours`.
    "" where a time is still to be found. With the user's own `zone`, a time the sender gives in another ("8:00
    GMT") is weighed in the user's day and hours, and said in the user's time too ("(21:00 my time)"). A user
    `seeking_work` looks forward to a screen or an interview for a role, rather than joining it."""
    when = details.event_date or details.when
    concrete, several_days = _day_to_confirm(message, intent, details, today, style, when)
    if intent is Intent.EVENT_INVITATION and _missed(when, message, today):
        # the reply goes out after the day: no "see you there", only the next time
        return [
            "I'm sorry to have missed this one - please do keep me posted on the next.",
            "I'm sorry I missed it - I'd love to hear about the next one.",
        ][variant % 2]
    late = _late_for(message, today, style) if intent in _REPLY_BY_INTENTS else ""
    hosting = asks_to_host(message.own_text)
    if joining := _to_a_group_first(message, intent, variant):
        return joining
    if intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
        return _to_a_gathering(
            message,
            intent,
            details,
            variant,
            today,
            off,
            style,
            zone,
            when,
            concrete,
            late,
            hosting,
            seeking_work,
        )
    if intent is Intent.INTRODUCTION:
        return _to_an_introduction(message, variant)
    if (
        intent is Intent.SPEAKING_INVITATION
        and not only_a_conversation(details.ask)
        and (asks_onto_a_stage(message, details) or asks_to_host(message.own_text))
    ):
        return _to_a_stage(
            message,
            details,
            variant,
            today,
            off,
            style,
            meeting_hours,
            zone,
            when,
            concrete,
            several_days,
            late,
            hosting,
        )
    return _to_a_meeting(message, today, off, style, taken, meeting_hours, zone, concrete)


def _day_to_confirm(
    message: Message, intent: Intent, details: Details, today: datetime, style: str, when: str
) -> tuple[str, bool]:
    """The day the yes confirms, in full ("" where none is to be confirmed), and whether the day said spans
    several (a summit's "March 9-11")."""
    concrete = _in_full(_concrete(when, message, today), message, today, style)
    several_days = bool(concrete) and _spans_days(concrete, message)
    if several_days:
        concrete = ""  # "March 9-11": a summit's days, not the day of the talk
    if concrete and details.format not in _BY_A_DAY and _a_deadline(concrete, message, today):
        concrete = (
            ""  # "submissions close Friday 8 January" is no day to speak or to meet; a piece's is its own
        )
    concrete = _without_needless_year(concrete, today)
    if intent is Intent.SPEAKING_INVITATION and details.format in _BY_A_DAY:
        # what is done by a day is done by the last day they set ("my deadline is Friday 4 December at 12:00",
        # "comments needed by Friday 8 January", "the CFP closes Friday, January 15"), not on the event's
        set_days = deadlines(_said(message), today, message.date)
        # a call for talks: the day proposals close, not when acceptances go out
        last = set_days.proposal_due if details.format == "proposal" else None
        last = last or (max(set_days.days) if set_days.days else None)
        if last is not None and named_day(concrete, local_day(today, message)) != last:
            # the sender's own words where they name that day; their hour too ("by Thursday, December 3 at noon")
            concrete = written_day(last, style, local_day(today, message)) + _hour_of(
                last, _said(message), local_day(today, message)
            )
    return concrete, several_days


def _to_a_group_first(message: Message, intent: Intent, variant: int) -> str:
    """A group's yes that comes before any meeting of it: to apply, to join through its link, to a call about
    it; "" otherwise."""
    if (
        intent is Intent.COMMUNITY_INVITATION
        and asks_to_apply(message.own_text)
        and not gives_a_way_to_apply(message.own_text)
    ):
        # "Would you like to apply? The application takes 15 minutes.": no form given, so the yes asks for it
        return [
            "Yes please - I'd be glad to apply. Could you send me the application?",
            "I'd be glad to apply - could you send me the application?",
        ][variant % 2]
    if intent is Intent.COMMUNITY_INVITATION and not asks_to_host(message.own_text):
        # a group's chat joined through its invite link: "Join our Slack here: https://join.slack.com/...", or
        # "If so I'll send the invite link to this address" - the yes joins through it, or asks for it
        if _JOIN_LINK.search(message.own_text):
            return [
                "I'd be glad to join - I'll use the invite link you sent.",
                "Count me in - I'll join through the link you sent.",
            ][variant % 2]
        if _LINK_OFFERED.search(message.own_text):
            return [
                "I'd be glad to join - please do send the invite link.",
                "Count me in - please do send me the invite link.",
            ][variant % 2]
    if intent is Intent.COMMUNITY_INVITATION and asks_for_a_call(message.own_text):
        # "Would you like to have a short call so I can tell you more?": the yes is to the call, before any place
        return [
            "I'd be glad to have a short call to hear more - what times suit you?",
            "A short call to hear more would be great - what times work for you?",
        ][variant % 2]
    return ""


def _to_a_gathering(
    message: Message,
    intent: Intent,
    details: Details,
    variant: int,
    today: datetime,
    off: Container[date],
    style: str,
    zone: tzinfo | None,
    when: str,
    concrete: str,
    late: str,
    hosting: bool,
    seeking_work: bool,
) -> str:
    """Yes to an event or a group: to join it (or to host it), on its date where it has one."""
    yes = ["I'd be glad to join", "Count me in", "I'm happy to be part of it"][variant % VARIANTS]
    if seeking_work and interview_offered(f"{message.subject}\n{message.own_text}"):
        yes = "I look forward to it"  # a phone screen on the calendar is a step of a search, no party joined
    # "Would you be open to hosting a small teen book club?": the user is the host, not a guest
    if hosting:
        yes = ["I'd be glad to host it", "We'd be happy to host it", "I'd love to host it"][
            variant % VARIANTS
        ]
    elif late:
        yes = "if there is still room, I'd be glad to join"
    # an event's date is the event's, and so is a group's next meeting ("Thursday 10 December"); its "first
    # Wednesday of each month" or "every Thursday" is no date to confirm (`_concrete` leaves those out)
    # ...and so is a date in numbers beside its weekday or hour, as a text says it ("Sunday 12/6 at 9am")
    dated = bool(concrete) and (
        intent is Intent.EVENT_INVITATION
        or bool(_MONTH_DAY.search(concrete))
        or in_words(concrete, message, today, zone) != concrete
    )
    # the price in the sender's own words (and what they forward), read here once for the yes and how to book:
    # not the decision's reading, which weighs the subject, the signature and calendar details too
    theirs = _said(message)
    priced = cost_to_attend(theirs)
    if priced is not None and priced.joining and _AS_A_GUEST.search(theirs) and not hosting:
        # a free first visit offered: the yes takes that, and asks how membership works, paying for nothing
        on = f" on {when}" if _MONTH_DAY.search(when) else ""
        return f"{late}I'd be glad to come as your guest first{on}. Could you tell me how membership works?"
    if dated and " or " in concrete:
        # "Tuesday 8 December or Wednesday 9 December at 12:30pm": a choice of days, of which the yes takes one
        # (the first the user can do), at the hour said once for all of them
        concrete = _one_of(concrete, today, off, zone)
    if dated and intent is Intent.EVENT_INVITATION:
        concrete += _hour_said_apart(concrete, theirs, local_day(today, message), style)
    mine = my_time(concrete, concrete, message, today, zone, style) if dated else ""
    meet = "speak to you" if a_call_on_the_day(message) else "see you"  # a call is heard, not seen
    said = f"{late}{yes} - {meet} {_on(concrete)}{mine}." if dated else f"{late}{yes}."
    if dated and hosting:
        # the host sees no one off to the evening: they welcome the guests ("I'd be glad to host it on ...")
        said = f"{late}{yes} {_on(concrete)}{mine}. I look forward to welcoming everyone."
    if dated and not details.place and link_to_come(theirs):
        said += " Could you send me the link?"  # an online meeting whose link they have not given
    return f"{said} {_how_to_pay(priced, theirs)}".rstrip()


def _to_an_introduction(message: Message, variant: int) -> str:
    """Yes to an introduction: to be introduced, to make one, to the talk it leads to, or to pass a contact
    on."""
    passing = leave_to_pass_contact(message.own_text)
    if passing:  # "Is it ok if I give her your number?": the yes answers that question
        return _contact_passed_yes(passing)
    # the introduction is the yes; a day in it is usually when the introducer met the other person
    if asked_for(message.own_text):  # they ask the user to introduce them
        whom = _whom_asked(asked_for(" ".join(message.own_text.split())))
        if whom:  # "anyone at a UK utility or an energy retailer": the yes says to whom
            return [f"I'd be glad to introduce you to {whom}", f"Happy to introduce you to {whom}"][
                variant % 2
            ] + (" - I'll have a think about who fits best." if _ANYONE.match(whom) else ".")
        return ["I'd be glad to make the introduction.", "Happy to introduce you."][variant % 2]
    if _INTRODUCTION_MADE.search(" ".join(message.own_text.split())):
        # "As promised, connecting you two ... I'll let you take it from here": the introduction is made, so
        # the yes is to the talk it leads to, not to being introduced
        return [
            "I'd be glad to talk - I'll be in touch directly.",
            "I'll follow up directly - I'd be glad to talk.",
        ][variant % 2]
    return ["Yes, please - I'd be glad to be introduced.", "I'd be happy to be introduced."][variant % 2]


def _to_a_stage(
    message: Message,
    details: Details,
    variant: int,
    today: datetime,
    off: Container[date],
    style: str,
    meeting_hours: MeetingHours,
    zone: tzinfo | None,
    when: str,
    concrete: str,
    several_days: bool,
    late: str,
    hosting: bool,
) -> str:
    """Yes to a stage or a piece: to speak, write, review, judge, host... on its day or by its deadline, with
    what is still to come."""
    said = _said(message)  # the sender's words and what they forward, read once
    doing = {
        "article": "write it",
        "review": "review it",
        "comment": "give a comment",
        "judge": "judge",
        "critic": "join as a guest critic",
        "proposal": "submit a proposal",
        "feature": "send what you need",
        "podcast": "be your guest",
        "interview": "do the interview",
        "panel": "join the panel",
        "moderate": "moderate it",
        "workshop": "teach the workshop",
        "organise": "help organise it",
    }.get(details.format, "speak")
    if doing == "speak" and PITCH_SESSIONS.search(message.own_text):
        # "take pitch sessions on the Saturday": an agent hears writers' pitches there, she gives no talk
        doing = "take the pitch sessions"
    elif doing == "speak" and (short := _SHORT_TALK.search(message.own_text)):
        # "a 2-minute lightning talk" at a mixer: that talk, not a talk filling the evening's hours
        doing = f"give the {' '.join(short.group(0).lower().split())}"
    elif doing == "speak" and _Q_AND_A.search(message.own_text):
        doing = "do the Q&A"  # members' questions answered, not a talk given
    if hosting:
        doing = (
            "host it"  # "Would you be willing to host?" an author's reading: the user's venue, not their talk
        )
    if details.format == "organise" and not hosting:
        # the event's days are its own, not a session to confirm; what comes next is the planning
        call = _TALK_IT_THROUGH.search(said)
        then = (
            [
                "A call to talk it through would be great - which times suit you?",
                "Happy to talk it through on a call - which times suit you?",
            ]
            if call
            else ["Could you send me what the role involves?", "Please send me what the role involves."]
        )
        yes = f"{late}if you still need someone, I'd" if late else "Yes, I'd"
        return f"{yes} be glad to {doing}. {then[variant % 2]}"
    # a show's air date is not a date to confirm, its recording slots are; a piece's date is its deadline
    recording = " or " in concrete or RECORDING.search(message.own_text) is not None
    if details.format == "podcast" and not recording:
        concrete = ""
    if details.format in ("podcast", "interview") and airs_on(concrete, message.own_text):
        concrete = ""  # "the feature runs on Saturday 9 January": the day it is published, not the interview
    # of several slots offered ("Tuesday at 1pm or Wednesday at 10am") the first the user can do is taken
    if details.format not in _BY_A_DAY and not concrete and missed_day(message, when, today):
        # every time they offered went by before this reply
        offered = "the times you offered" if " or " in when else "the time you offered"
        return (
            f"I'd be glad to {doing}. I'm sorry my reply comes after {offered} - could we find another day?"
        )
    if details.format not in _BY_A_DAY and concrete:
        # a conference keeps its own day, a Saturday too: only the user's holidays and days off rule it out
        slots = open_slots(concrete, today, off, weekends=True, zone=zone)
        if not slots:  # each day offered is a holiday, a weekend or a day off
            named = f"{concrete[:1].upper()}{concrete[1:]} doesn't work"
            several = concrete.count(" or ") + 1
            which = (
                named
                if several == 1
                else "Neither of those times works"
                if several == 2
                else ("None of those times works")
            )
            return f"I'd be glad to {doing}. {which} for me, though - could we find another day?"
        # ...inside the user's hours ("16:00 GMT the same day" after a 7:00 GMT slot before their calls start)
        inside = [slot for slot in slots if _in_hours(slot, concrete, message, today, meeting_hours, zone)]
        concrete = (inside or slots)[0]
    mine = my_time(concrete, concrete, message, today, zone, style) if concrete else ""
    preparing = _PREPARING_CALL.search(said) if concrete and not late else None
    if preparing and details.format not in _BY_A_DAY:
        # "Could we have a 30-minute call to shape the session? Tuesday, December 8 at 2:00 pm ...": the times
        # offered are the call's, not the talk's, which keeps its own day ("the Directors' Conference in June")
        prep_call = " ".join(preparing.group("call").split())
        return f"Yes, I'd be glad to {doing}, and {concrete}{mine} works for me for the {prep_call}."
    on_date = (
        (f" by {concrete}{mine}" if details.format in _BY_A_DAY else f" on {concrete}{mine}")
        if concrete
        else ""
    )
    ask = ["Could you send me the details?", "Please send me the details when you have them."]
    if details.format == "review":  # what comes next is the work itself
        ask = ["Please send it over when it's ready.", "I'll look out for it."]
    elif details.format == "proposal":  # a call for talks is answered through its own form
        ask = ["I'll send it through your submission page.", "I'll submit it through the form."]
    elif details.format in ("comment", "feature"):
        # they asked the user for something: what comes next comes from the user
        ask = [
            "I'll be in touch before then." if concrete else "I'll be in touch soon.",
            "I look forward to the issue." if details.format == "feature" else "I look forward to the piece.",
        ]
    elif concrete and not details.place and _CLOCK.search(concrete) and link_to_come(said):
        # an online talk's day and hour are given, its link is not: that is what is still to come
        ask = ["Could you send me the link?", "Please send the link when it's ready."]
    elif concrete and (details.place or _CLOCK.search(concrete)):
        # the day, the hour or the place are given: nothing to ask for but what they will send anyway
        ask = ["I look forward to it.", "I'm looking forward to it."]
    elif concrete and (hosting or details.format not in _BY_A_DAY | {"podcast", "interview"}):
        # the day of a talk is given and confirmed: only what is still to come is asked for, not "the details"
        # (a piece is written by its day, wherever the writer is)
        still = "the time and the link" if _ONLINE.search(said) else "the time and the venue"
        ask = [f"Could you send me {still}?", f"Please send me {still} when you have them."]
    elif several_days and (hosting or details.format not in _BY_A_DAY | {"podcast", "interview"}):
        # a conference's days are given ("February 25-26, 2027"): which of them is the user's is still to come,
        # and the venue where none was named (a live taping the user's show hosts there too)
        still = "the day and time of my session" + (
            "" if details.place or _ONLINE.search(said) else " and the venue"
        )
        ask = [f"Could you let me know {still}?", f"Please let me know {still} when you have it."]
    elif (
        not concrete
        and details.format not in _BY_A_DAY | {"podcast", "interview"}
        and window_start(message.own_text, local_day(today, message)) is not None
    ):
        # "a 30 minute Q&A with our members over Zoom sometime in January": the talk's day is theirs to name
        # within that stretch - asked for, never meeting times offered as if for a call
        ask = ["Which date do you have in mind?", "Which date were you thinking of?"]
    if forwarded_part(message) and not forwards_own_mail(message):  # who passed it on can connect them
        ask = ["Could you put me in touch with the organisers?", "Would you pass my name on to them?"]
        if _ON_MY_BEHALF.search(message.own_text):  # "want me to say yes?": they offered to answer
            ask = ["Please do say yes for me - thank you!", "Please do go ahead on my behalf."]
    elif (on_my_behalf := _ON_MY_BEHALF.search(message.own_text)) is not None:
        # her agent's "Shall I confirm?": the yes lets them confirm for her, not only looks forward to it
        ask = (
            ["Please do confirm for me - thank you!", "Please go ahead and confirm - thank you."]
            if on_my_behalf.group(0).lower().endswith("confirm")
            else ["Please do go ahead on my behalf - thank you!", "Please do go ahead on my behalf."]
        )
    if late:
        return f"{late}if the place is still open, I'd be glad to {doing}{on_date}. {ask[variant % 2]}"
    return f"Yes, I'd be glad to {doing}{on_date}. {ask[variant % 2]}"


def _to_a_meeting(
    message: Message,
    today: datetime,
    off: Container[date],
    style: str,
    taken: Container[str],
    meeting_hours: MeetingHours,
    zone: tzinfo | None,
    concrete: str,
) -> str:
    """Yes to a meeting at the time the sender proposed, the first of theirs the user can do; "" where a time is
    still to be found."""
    # a time another waiting draft already offers is not offered twice ("Thursday 3 December at 10:00")
    slots = (
        [
            slot
            for slot in open_slots(concrete, today, off, meets_at_weekends(meeting_hours), zone)
            if not slot_taken(slot, message, today, taken)
        ]
        if concrete
        else []
    )
    # times offered to choose from ("She has the following openings: ...") are the meeting however far off;
    # a single date further out than three weeks may be when work starts, not when to meet
    # a time outside the user's own hours is not taken as it is: times inside them are proposed instead
    slots = [slot for slot in slots if _in_hours(slot, concrete, message, today, meeting_hours, zone)]
    # the hours to say beside a day offered without one ("Thursday or Friday"); of a part of the day the user meets
    # in on each day offered ("Tuesday or Wednesday morning"), only where in it ("any time after 9:30 am")
    within = (
        _within_the_part(concrete, meeting_hours, style)
        if meeting_hours and part_of_day(concrete) in _PART_SPANS and _days_named(concrete)
        else f" I'm only free for meetings {meeting_hours.said(style)}."
        if meeting_hours
        else ""
    )
    # a day with its hour ("Tuesday 12 January at 10:00") is when to meet, however far off: work starts on a day
    if slots and _within_weeks(
        concrete, message, today, 26 if _AN_HOUR.search(concrete) else 8 if " or " in concrete else 3
    ):
        if len(slots) > 1 and not any(_AN_HOUR.search(slot) for slot in slots):
            # days without an hour ("Thursday or Friday"): the sender still sets the time
            return f"Either {' or '.join(slots)} works for me - whichever suits you best.{within}"
        # of several times offered, the first the user can do is taken: "whichever suits you" hands it back
        first = slots[0]
        hours = {hour.group(0) for hour in map(_AT_AN_HOUR.search, re.split(r",? or ", concrete)) if hour}
        if not _AN_HOUR.search(first) and len(hours) == 1:
            # "Monday 28 December or Tuesday 29 December at 10am, or failing that Monday 4 January": one hour
            # said once holds for each day offered
            first = f"{first} {hours.pop()}"
        if not _AN_HOUR.search(first) and (
            meal_time := _meal_moved(first, message, today, meeting_hours, style)
        ):
            # "Happy to grab lunch Friday" where the user meets only until 12:00 on Fridays: the day, and an hour
            # of the user's own near the meal, not a yes to a lunch their hours leave no room for
            return f"{first[:1].upper()}{first[1:]} works for me{meal_time}"
        mine = my_time(first, concrete, message, today, zone, style)
        first = (_in_house_words(first, message, today, style) if not mine else first) + mine
        return f"{first[:1].upper()}{first[1:]} works for me.{'' if _AN_HOUR.search(first) else within}"
    return ""


# Pitch sessions asked of an agent or an editor: "take pitch sessions", "hear pitches", "agent pitch sessions".
PITCH_SESSIONS = re.compile(
    r"\bpitch\s+(?:sessions?|meetings?|appointments?)\b|\b(?:take|hear|listen\s+to)\s+(?:\w+\s+)?pitches\b",
    re.IGNORECASE,
)


_Q_AND_A = re.compile(r"\bq\s?&\s?a\b|\bq and a\b", re.IGNORECASE)
# A short talk named as such: "a 2-minute lightning talk", "a flash talk", "a five-minute pitch".
_SHORT_TALK = re.compile(
    r"\b(?:(?:\d+|two|three|five)[- ]minute\s+)?(?:lightning|flash)\s+talk\b|"
    # ...a talk of a few minutes, not a slot of the programme ("the 30-minute talk" is a talk)
    r"\b(?:[1-5]|two|three|five)[- ]minute\s+(?:talk|pitch|presentation)\b",
    re.IGNORECASE,
)


# A meal asked for: "grab lunch Friday", "over breakfast", "dinner next week".
_A_MEAL_ASKED = re.compile(r"\b(breakfast|brunch|lunch|dinner)\b(?![- ]and[- ]learn)", re.IGNORECASE)
_MEAL_STARTS = {"breakfast": time(8), "brunch": time(10, 30), "lunch": time(12), "dinner": time(18, 30)}


def _meal_moved(
    day_said: str, message: Message, today: datetime, meeting_hours: MeetingHours, style: str
) -> str:
    """Where the sender asks to meet over a meal on a day without an hour, and the meal's usual hour is outside
    the user's hours that day: ", though lunchtime is outside my meeting hours - could we meet at 11:30
    instead?" with the hour of theirs nearest it; "" otherwise (no hours, no meal, or the meal fits)."""
    meal = _A_MEAL_ASKED.search(message.own_text)
    day = _slot_day(day_said, message, today) if meal and meeting_hours else None
    if meal is None or day is None:
        return ""
    name = meal.group(1).lower()
    wanted = _MEAL_STARTS[name]
    if meeting_hours.fits(day, wanted):
        return ""
    part = _PART_SPANS.get(name)
    at = (meeting_hours.time_on(day, wanted, part) if part else None) or meeting_hours.time_on(day, wanted)
    if at is None:
        return ""
    meal_time = {"lunch": "lunchtime", "dinner": "dinnertime"}.get(name, name)
    return f", though {meal_time} is outside my meeting hours - could we meet at {clock_said(at, style)} instead?"


# An introducer who has made the introduction, not offered it: "connecting you two", "I'll let you take it from
# here", "introducing you to each other", "you two should meet".
_INTRODUCTION_MADE = re.compile(
    r"\b(?:connecting|introducing) you (?:two|both|to each other)\b|"
    r"\b(?:leave|let) (?:you two|you both|the two of you)(?: to it| take it from here| to take it from here)\b|"
    r"\bi'?ll let you (?:two |both )?take it from here\b|\byou two should (?:meet|talk|connect)\b",
    re.IGNORECASE,
)


def outside_hours(
    when: str,
    message: Message,
    today: datetime,
    meeting_hours: MeetingHours,
    off: Container[date] = frozenset(),
    zone: tzinfo | None = None,
    style: str = "international",
) -> tuple[str, date] | None:
    """Where every time the sender offers (of those on days the user meets) is outside the user's own hours: the
    first of them as they wrote it ("Tuesday, December 15 at 10am") and its day, from which times inside the
    user's hours are proposed; None otherwise, or where the user set no hours. A time given in another zone than
    the user's own `zone` is weighed, and its day counted, in the user's, and said in it too ("Thursday 10
    December at 6pm ET (Friday 11 December at 12:00 my time)")."""
    concrete = _concrete(when, message, today)
    if not meeting_hours or not concrete:
        return None
    # a time offered on a day off (a public holiday) at an hour outside the user's hours is outside them all the
    # same: "Tuesday 8 December at 20:00" to someone who meets in the morning is answered with times in them
    weekends = meets_at_weekends(meeting_hours)
    slots = open_slots(concrete, today, off, weekends, zone) or open_slots(
        concrete, today, frozenset(), weekends, zone
    )
    if not slots or any(_in_hours(slot, concrete, message, today, meeting_hours, zone) for slot in slots):
        return None
    first = slots[0].strip()
    day = _slot_day(first, message, today)
    local = _in_my_zone(first, concrete, message, today, zone)
    said = first + my_time(first, concrete, message, today, zone, style)
    return (said, local.date() if local is not None else day) if day is not None else None


def asked_hour(when: str, message: Message, today: datetime, zone: tzinfo | None = None) -> time | None:
    """The hour the first time a sender offers starts at, in the user's own clock (their "4pm London time" is
    11:00 for a user in New York), or None where it gives none or could be either half of the day."""
    concrete = _concrete(when, message, today)
    slots = open_slots(concrete, today, frozenset(), zone=zone) if concrete else []
    if not slots:
        return None
    first = slots[0].strip()
    local = _in_my_zone(first, concrete, message, today, zone)
    if local is not None:
        return local.time()
    said = _HOUR_SAID.search(first)
    readings = clock_readings(said.group(0), _around(said.group(0), first, message)) if said else ()
    return readings[0] if len(readings) == 1 else None


def my_time(
    slot: str, when: str, message: Message, today: datetime, zone: tzinfo | None, style: str = "international"
) -> str:
    """ " (21:00 my time)" for a time the sender gives in another zone than the user's own ("Wednesday 9 December
    at 8:00 GMT" read in Wellington), with the day where the user's is another ("(Thursday 10 December at 09:00
    my time)"); "" where the user set no zone, the time names none, or theirs keeps the user's time."""
    local = _in_my_zone(slot, when, message, today, zone)
    if local is None:
        # "3pm my time" from someone whose clock cannot be told: the hour is named as theirs, not as the user's
        theirs = sender_clock(message) if zone is not None else None
        return " your time" if said_in_their_clock(slot, message) and theirs is None else ""
    at = clock_said(local.time(), style)
    if local.date() == _slot_day(slot, message, today):
        return f" ({at} my time)"
    return f" ({written_day(local.date(), style, local_day(today, message))} at {at} my time)"


def _in_my_zone(
    slot: str, when: str, message: Message, today: datetime, zone: tzinfo | None
) -> datetime | None:
    """The moment, in the user's own `zone`, of a time offered in another ("8:00 GMT"; the zoned hour said once
    for all the days offered: "Monday or Tuesday at 10am ET"), or None."""
    if zone is None:
        return None
    day = _slot_day(slot, message, today)
    if day is None:
        return None
    said = slot if _AN_HOUR.search(slot) else when
    local = in_my_zone(day, said, zone)
    theirs = sender_clock(message) if local is None else None
    at = _their_hour(said, message) if theirs is not None else None
    if theirs is None or at is None:
        return local
    # "Thursday, December 10 at 3pm my time" from Seoul: 3pm in Seoul
    written = datetime.combine(day, at, tzinfo=theirs)
    mine = written.astimezone(zone)
    return mine if mine.utcoffset() != written.utcoffset() else None


def _their_hour(said: str, message: Message) -> time | None:
    """The hour of `said` where the sender says it is in their own clock ("at 3pm my time"), else None."""
    theirs = hour_in_their_clock(message.own_text)
    hour = _HOUR_SAID.search(said)
    if theirs is None or hour is None:
        return None
    readings = clock_readings(hour.group(0), _around(hour.group(0), said, message))
    return theirs if theirs in readings else None


def sender_clock(message: Message) -> tzinfo | None:
    """The sender's own clock where it can be told: a city their signature names ("Sarah Kim, Seoul"), their
    address's country ("...co.kr"), or the offset their mail was written at (not UTC, which servers write for
    anyone); None otherwise."""
    return (
        signature_zone(message.signature, message.from_name)
        or address_zone(message.from_addr)
        or (message.zone if message.date_offset else None)
    )


def said_in_their_clock(slot: str, message: Message) -> bool:
    """Whether the hour of `slot` is one the sender said is in their own clock ("3pm my time")."""
    return _their_hour(slot, message) is not None


def _in_hours(
    slot: str,
    when: str,
    message: Message,
    today: datetime,
    meeting_hours: MeetingHours,
    zone: tzinfo | None = None,
) -> bool:
    """Whether a time offered is inside the user's own hours: its hour, or the one said once for all the days
    offered ("Monday or Tuesday at 10am"); a day without an hour, where the user meets that day at all. A time in
    another zone than the user's own ("8:00 GMT" for someone in Wellington) is weighed at the user's own hour."""
    if not meeting_hours:
        return True
    local = _in_my_zone(slot, when, message, today, zone)
    if local is not None:
        return meeting_hours.fits(local.date(), local.time())
    day = _slot_day(slot, message, today)
    if day is None:
        return True  # no day to check it on: left as it is
    said = _HOUR_SAID.search(slot)
    if said is None:
        hours = {hour.group(0) for hour in map(_AT_AN_HOUR.search, re.split(r",? or ", when)) if hour}
        said_once = hours.pop() if len(hours) == 1 else ""
        hour = said_once.removeprefix("at ")
        readings = clock_readings(hour, _around(hour, slot, message)) if said_once else ()
    else:
        # "6:00-8:00 pm", "4-5pm": the first hour, in the half of the day said for the last
        half = re.match(r"\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s?(am|pm)", slot[said.end() :], re.IGNORECASE)
        hour = said.group(0) + (f" {half.group(1)}" if half and said.group("bare") else "")
        readings = clock_readings(hour, _around(said.group(0), slot, message))
    if not readings:
        return _day_in_hours(slot, day, meeting_hours)
    # a bare "4:30" or "7:30" nothing places in the day is inside where either half of the day is
    return any(meeting_hours.fits(day, at) for at in readings)


def _never_met(preferred: str, part: str, weekdays: set[int], meeting_hours: MeetingHours) -> bool:
    """Whether the days and the part of the day a sender said suit them ("Wednesday afternoon") are never inside
    the user's own hours."""
    span = asked_span(preferred, part) if weekdays and part in _PART_SPANS else None
    return span is not None and not meeting_hours.meets_in(span, sorted(weekdays))


def _day_in_hours(slot: str, day: date, meeting_hours: MeetingHours) -> bool:
    """Whether the user meets on a day offered without an hour at all, and in the part of it named ("Wednesday
    afternoon" to a user who meets on Wednesday mornings only is outside: not a day to say works)."""
    part = part_of_day(slot) if meeting_hours.spans(day) else ""
    span = asked_span(slot, part) if part in _PART_SPANS else None
    if span is None:
        return bool(meeting_hours.spans(day))
    return meeting_hours.meets_in(span, [day.weekday()])


def _around(hour: str, slot: str, message: Message) -> str:
    """The words around an hour a sender offers: the time offered, and the sentences of their own that give the
    hour ("Could we meet on Tuesday afternoon at 4:30?"), where the part of the day is said."""
    bare = re.escape(hour.strip())
    sentences = [
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", _said(message)[:20_000])
        if re.search(rf"(?<![\d:.]){bare}(?![\d:])", sentence)
    ]
    return " ".join([slot, *sentences])


# An hour as a time offered says it: "10am", "2:30 pm", "14:00", "noon"; not the day's number before it.
_HOUR_SAID = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|(?P<bare>\d{1,2}[:.]\d\d|\d{1,2}(?=\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s?[ap]m))|"
    r"noon|midday)",
    re.IGNORECASE,
)


# A time offered by its weekday or its day of the month, with no month, and an hour: "Tuesday the 8th at 1pm",
# "Tuesday at 2pm", "the 10th at 9am".
_NO_MONTH_AT_AN_HOUR = re.compile(
    r"(?P<day>(?:(?:next|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+the\s+\d{1,2}(?:st|nd|rd|th))?|"
    r"the\s+\d{1,2}(?:st|nd|rd|th))\s+at\s+"
    r"(?P<hour>\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d\d|\d{1,2}|noon|midday)",
    re.IGNORECASE,
)
# The hours of the night, which no one means by a bare hour offered for a meeting ("at 3" is 3 pm, never 3 am).
_NIGHT_ENDS = time(7)


def _in_house_words(slot: str, message: Message, today: datetime, style: str) -> str:
    """A time the sender offered by a day with no month ("Tuesday the 8th at 1pm") written as every time a draft
    proposes is ("Tuesday, December 8 at 1:00 pm"); any other time as they said it."""
    found = _NO_MONTH_AT_AN_HOUR.fullmatch(slot.strip())
    if found is None:
        return slot
    day = _slot_day(found.group("day"), message, today)
    hour = found.group("hour")
    readings = clock_readings(hour, _around(hour, slot, message))
    if len(readings) == 2 and readings[1] < _NIGHT_ENDS <= readings[0]:
        readings = readings[:1]  # "next Tuesday at 3": 3 pm, the other half of the day is the night
    if day is None or len(readings) != 1:
        return slot  # a day or an hour that cannot be told for sure is left in their words
    return f"{written_day(day, style, local_day(today, message))} at {clock_said(readings[0], style)}"


def in_house_words(slot: str, message: Message, today: datetime, style: str) -> str:
    """A time offered as drafts write it ("next Tuesday at 3" is "Tuesday, December 8 at 3:00 pm"), else as they
    wrote it."""
    return _in_house_words(slot.strip(), message, today, style)


def slot_taken(slot: str, message: Message, today: datetime, taken: Container[str]) -> bool:
    """Whether a time offered is `taken`, as they wrote it or as drafts write it ("next Tuesday at 3" is
    "Tuesday, December 8 at 3:00 pm")."""
    return slot.strip() in taken or _in_house_words(slot.strip(), message, today, "us") in taken


def _slot_day(slot: str, message: Message, today: datetime) -> date | None:
    """The day a time offered names: "Tuesday, December 15" or "next Tuesday" (from the day it was written)."""
    start = local_day(later_of(message.date, today), message)
    day = named_day(slot, start)
    if day is not None:
        return day
    written = local_day(message.date, message) if message.date is not None else start
    return _weekday_from(slot.lstrip(), written)


_AN_HOUR = re.compile(r"\d[:.]\d\d|\d\s?(?:am|pm|a\.m\.|p\.m\.)\b|\bnoon\b|\bmidday\b", re.IGNORECASE)
_AT_AN_HOUR = re.compile(
    r"\b(?:at|around|about|at\s+around|at\s+about)\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d\d|noon|midday)\b",
    re.IGNORECASE,
)


def _spans_days(when: str, message: Message) -> bool:
    """Whether the message gives `when` as the first or the last of several days ("March 9-11, 2027",
    "14-16 April 2027"); not "December 10 - 6 to 8 pm" or "December 10 - 20 studio owners"."""
    text = " ".join(_said(message).split())
    found = _MONTH_DAY.search(when)
    if found is None:
        return False
    if names_days(when):
        return True  # read whole: "14-15 January"
    day = int(found.group(2) or found.group(3))
    after = re.search(
        rf"{re.escape(when)}\s*[-–]\s*(\d{{1,2}})\b(?!\s*(?:to\b|am\b|pm\b|:|[a-z]))", text, re.IGNORECASE
    )
    before = re.search(rf"\b(\d{{1,2}})\s*[-–]\s*{re.escape(when)}", text, re.IGNORECASE)
    return bool(after and 31 >= int(after.group(1)) > day) or bool(before and int(before.group(1)) < day)


# Asks that set a day to answer by ("please confirm by November 24"): a yes after it says so.
_REPLY_BY_INTENTS = frozenset(
    {Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION, Intent.SPEAKING_INVITATION}
)


def _late_for(message: Message, today: datetime, style: str) -> str:
    """ "I'm sorry to reply after your November 24 deadline - " where the day to answer by has gone by."""
    if message.date is None:
        return ""
    gone = passed_deadline(
        _said(message), message.date.astimezone(message.zone), today.astimezone(message.zone)
    )
    if gone is None:
        return ""
    month = gone.strftime("%B")
    day = f"{month} {gone.day}" if style == "us" else f"{gone.day} {month}"
    return f"I'm sorry to reply after your {day} deadline - "


def _a_deadline(when: str, message: Message, today: datetime) -> bool:
    """Whether the day `when` names is one the message sets as a deadline ("proposals are due by ...")."""
    return _sets_as_deadline(named_day(when, local_day(today, message)), message, today)


def _sets_as_deadline(day: date | None, message: Message, today: datetime) -> bool:
    return day is not None and day in deadlines(_said(message), today, message.date).days


# Asked to be the host, not a guest: "Would you be willing to host?", "open to hosting a small book club",
# "could you host us".
_HOST = re.compile(
    r"\b(?:(?:willing|open|happy|able|interested|keen|glad)\s+to\s+host(?:ing)?|"
    # "would you host", "could you be our host", not "could you let the host know"
    r"(?:would|could|can|might|will)\s+you\s+(?:(?:be\s+)?(?:willing|able|happy|open)\s+to\s+|be\s+(?:our|the)\s+)?"
    r"host(?:ing)?|"
    r"(?:consider|about|mind)\s+hosting)\b"
    # "would you host a table at our career fair": a stand of the user's at their event, not the event at the user's
    r"(?!\s+(?:a|an|our|the|your)\s+(?:[\w-]+\s+)?(?:table|booth|stand|stall|exhibit)s?\b)",
    re.IGNORECASE,
)
# The user's own show asked to tape an episode live before an audience: "would love Main Street Mic to record a live
# episode on our main stage", "invite you to host a live taping" (not "we'll record a live episode").
_LIVE_SHOW = re.compile(
    r"\b(?:you|your (?:show|podcast)|(?-i:[A-Z][\w'&]*)(?:\s+(?-i:[A-Z][\w'&]*)){0,3})\s+to\s+(?:host|record|tape)\s+"
    r"(?:an?\s+|the\s+)?live\s+(?:taping|episode|show|recording|podcast)\b",
    re.IGNORECASE,
)


def asks_for_live_show(text: str) -> bool:
    """Whether `text` asks the user's own show to be recorded live at the sender's event, the user its host."""
    return _LIVE_SHOW.search(text) is not None


def asks_to_host_at_a_venue(text: str) -> bool:
    """Asked to host in the words that meant the user's venue or show before an organiser's own words were read:
    "would you host", "open to hosting", a live taping."""
    return _HOST.search(text) is not None or asks_for_live_show(text)


def asks_to_host(text: str) -> bool:
    # ...or the organiser's words for it: "Would your team be up for hosting our meetup?"
    return _HOST.search(text) is not None or asks_for_live_show(text) or bool(host_asked(text))


# A first visit offered free: "come as a guest first", "a free trial session", "your first visit is on us".
_AS_A_GUEST = re.compile(
    r"\b(?:(?:come|join us|attend|visit)\s+(?:\w+\s+){0,2}as\s+(?:a|our)\s+guest|free\s+(?:trial|taster|first)|"
    r"trial\s+(?:visit|session|meeting)|first\s+(?:visit|session|meeting)\s+(?:is\s+)?(?:free|on us))\b",
    re.IGNORECASE,
)


# The way to book a place, given: "Register at oba.org/summit2027", "tickets at eventbrite.com/...", a link.
_BOOKING_GIVEN = re.compile(
    r"https?://|\bwww\.|\b(?:register|registration|book|booking|tickets?|sign[ -]?up|rsvp)\b[^.\n]{0,40}"
    r"\b(?:at|via|through|on|online|here|link)\b[^.\n]{0,20}[\w-]+\.(?:com|org|net|ca|uk|io|eu|de|au|nz|es|fr)\b|"
    r"\beventbrite\b",
    re.IGNORECASE,
)


def _how_to_pay(priced: Cost | None, said: str) -> str:
    """Where a place costs money (`priced`, as the message's own words `said` say it: "exhibitor tables are
    $450"), the yes asks how to book or join it: the user pays through the organiser, and no draft says it is
    paid."""
    if priced is None or _BOOKING_GIVEN.search(said):
        return ""  # "Register at oba.org/summit": the user books there, no need to ask how
    if priced.joining:
        return "Could you send me the details for joining?"
    return (
        f"Could you send me the details for booking a {priced.thing}?" if priced.thing else "How do I book?"
    )


# the hour written beside a day: "Thursday, December 3 at noon", "December 3, 5 pm"
_HOUR_AFTER = re.compile(
    r",?\s+(?:at\s+)?(noon|midday|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\b", re.IGNORECASE
)


def _hour_of(day: date, text: str, after: date) -> str:
    """ " at noon" where the text gives an hour right after the day it names (read from `after`), else ""."""
    said = " ".join(text.split())
    for found in _MONTH_DAY.finditer(said):
        hour = _HOUR_AFTER.match(said, found.end())
        if hour and named_day(found.group(0), after) == day:
            return f" at {hour.group(1)}"
    return ""


# What a time is said for when it is no start: a day to answer by ("let us know by Friday at 5pm"), doors, a
# reception before or a drink after.
_NOT_THE_START = re.compile(
    r"\b(?:by|before|until|till|no later than|deadline|reply|respond|rsvp|let (?:us|me) know|confirm|register|"
    r"sign up|doors|arrive|arrival|registration|check-in|reception|drinks|end|ends|finish\w*|close\w*)\b",
    re.IGNORECASE,
)
# A time said in a zone ("at 5pm ET"): `my_time` weighs those where the day is said with them
_ZONED = re.compile(
    r"\s*\(?(?:[A-Z]{1,4}T\b|GMT|UTC|CES?T|(?i:(?:\w+\s+)?time\b|eastern|central|pacific|mountain))"
)


def _hour_said_apart(day_said: str, said: str, today: date, style: str) -> str:
    """ " at 3:00 pm": the one hour an event is said to be at in the sentence after the one naming its day ("the
    City Championship on Saturday, December 12. Principals ... are invited to the awards ceremony at 3:00pm."),
    where the day is said with no hour; "" where it names none, or more than one, or a time that is no start
    ("let us know by Friday at 5pm"), or one in a zone."""
    if _AN_HOUR.search(day_said) or (day := named_day(day_said, today)) is None:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(said.split()))
    for i, sentence in enumerate(sentences):
        if not any(named_day(found.group(0), today) == day for found in _MONTH_DAY.finditer(sentence)):
            continue
        near = [s for s in sentences[i : i + 2] if _AN_HOUR.search(s)]
        hours = [(s, at) for s in near for at in _AT_AN_HOUR.finditer(s)]
        if len(near) != 1 or len(hours) != 1 or len(_AN_HOUR.findall(near[0])) != 1:
            return ""
        sentence, at = hours[0]
        clock = clock_read(at.group(0))
        if clock is None or _NOT_THE_START.search(sentence) or _ZONED.match(sentence, at.end()):
            return ""
        return f" at {clock_said(clock, style)}"
    return ""


def _said(message: Message) -> str:
    """The sender's own words and what they forward: where the dates of an invitation are read."""
    return f"{message.own_text}\n{forwarded_part(message)}"


# What a speaker is asked onto, and what a first conversation about it is: "Would you have 30 minutes for a
# call in the week of 7 December?" from an editor asks for a call, with times, not yet for the book.
_STAGE_WORDS = re.compile(
    # "talk" is a talk, not the verb of a conversation: "a call to talk it through", "talk things over with you"
    r"\b(?:speak\w*|keynote|panel\w*|podcast|show|episode|present\w*|workshop|webinar|lecture|write|"
    r"talk(?!\s+(?:(?:it|this|that|things|everything|them|some ideas)\s+(?:through|over)|through|over|"
    r"(?:to|with) (?:you|me|us)\b))|"
    r"article|piece|column|guest|(?<!pre-)(?<!pre)interview|moderate|host|fireside|summit|conference|event|audience|attendees|"
    r"lunch[- ]and[- ]learn|session|stage|q\s?&\s?a|q and a|ask me anything)\b",
    re.IGNORECASE,
)
_CONVERSATION_WORDS = re.compile(
    r"\b(?:call|meet|meeting|coffee|lunch|chat|conversation|zoom)\b", re.IGNORECASE
)


def only_a_conversation(ask: str) -> bool:
    """A speaker asked first to a call or a meeting about it ("30 minutes for a call"), not yet onto a stage."""
    return bool(_CONVERSATION_WORDS.search(ask)) and not _STAGE_WORDS.search(ask)


# A colleague who offers to answer for the user: "want me to say yes?", "shall I submit the abstract?"
_ON_MY_BEHALF = re.compile(
    r"\b(?:want|shall|should)\s+(?:me|i)\s+(?:to\s+)?(?:say yes|reply (?:for you|on your behalf)|accept|confirm|"
    r"submit|put you forward|put your name (?:in|forward)|sign you up|register you|send (?:them |in )?(?:your|the) "
    r"(?:bio|abstract|name|headshot))",
    re.IGNORECASE,
)


def recording_week(message: Message, details: Details) -> bool:
    """Whether a podcast or an interview asks the user to pick a time to record within a week ("Could you do an
    evening in the week of 4 January? We usually record at 7:30pm", "one morning next week"): no day to confirm,
    times in that week to offer."""
    if details.format not in ("podcast", "interview") or RECORDING.search(message.own_text) is None:
        return False
    # the week asked about: in the ask, or in a question of its own ("Would an evening in the week of 4 January
    # suit you?")
    said_once = " ".join(message.own_text.split())
    # ...or in the sentence that says when they record ("We record remotely ... and could do any weekday morning in
    # the week of 15 February. Would that be of interest?")
    recorded = [s for s in _SENTENCE.findall(said_once) if RECORDING.search(s)]
    asked = [details.ask, *_QUESTION.findall(said_once), *recorded]
    week = any(_WEEK_OF.search(said) or NEXT_WEEK.search(said) for said in asked)
    return week and not airs_on(details.when, message.own_text)


def recording_window(message: Message, details: Details, written: date) -> bool:
    """Whether a podcast or an interview leaves the time to record to the user within a stretch they name, with no
    day of their own ("recorded whenever suits you in January", "any time early in the new year"): times in it to
    offer, not "send me the details"."""
    if details.format not in ("podcast", "interview") or RECORDING.search(message.own_text) is None:
        return False
    if details.when and days_to_choose(details.when, message.own_text):
        # "any Tuesday or Thursday morning in December": the days are a choice left to the user, not a day of
        # theirs to confirm
        return True
    if details.when or airs_on(details.when, message.own_text):
        return False  # a day of theirs is confirmed or chosen from, as ever
    return window_start(message.own_text, written) is not None


# Named weekdays left to the reader's choice: "any Tuesday or Thursday morning", "whichever Monday suits you" (not
# "on Tuesday at 10am", one day of theirs).
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_ANY_DAYS = re.compile(
    rf"\b(?:any|whichever|whatever)\s+{_WEEKDAY_NAME}(?:\s*(?:,|or|and|/)\s*{_WEEKDAY_NAME})*"
    r"(?:\s+(?:morning|afternoon|evening)s?)?(?!\s+(?:at|from)\s+\d)",
    re.IGNORECASE,
)
_AN_HOUR_OR_DATE = re.compile(r"\d")
# ...or several weekdays said as a part of the day, with no date and no hour ("Tuesday or Thursday morning", "Tuesday
# and Thursday afternoons"), or as weekdays in the plural ("Tuesdays or Thursdays"): a habit of theirs to pick from,
# not one day to confirm
_SEVERAL_WEEKDAYS = re.compile(
    # (a week's days at most: a long run of names, tried from each, made the scan quadratic)
    rf"\b(?:{_WEEKDAY_NAME}(?:\s*(?:,|or|and|/)\s*{_WEEKDAY_NAME}){{1,6}}\s+(?:morning|afternoon|evening)s?|"
    r"(?:mon|tues|wednes|thurs|fri)days(?:\s*(?:,|or|and|/)\s*(?:mon|tues|wednes|thurs|fri)days){1,6})\b"
    r"(?!\s+(?:at|from)\s+\d)",
    re.IGNORECASE,
)


def several_weekdays(text: str) -> str:
    """The weekdays a sender names as theirs to pick from ("any Tuesday or Thursday morning", "Tuesday and
    Thursday mornings", "Mondays or Wednesdays"), or ""."""
    found = _days_offered(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


# Days said as the ones the sender is not free on: "the shop is closed Mondays and Tuesdays", "except Mondays or
# Fridays", "I'm away Tuesdays and Thursdays" - none to pick from.
_NOT_THEIR_DAYS = re.compile(
    r"\b(?:closed|shut|except|not|off|busy|away|out|unavailable|booked|teach|teaching)\b(?:\s+[\w']+){0,2}?"
    r"\s*(?:on\s+|all\s+day\s+)?$",
    re.IGNORECASE,
)


def _days_offered(said: str) -> re.Match[str] | None:
    """The first weekdays `said` offers as several to pick from, not those it says the sender is not free on."""
    for pattern in (_ANY_DAYS, _SEVERAL_WEEKDAYS):
        for found in pattern.finditer(said):
            if not _NOT_THEIR_DAYS.search(said, max(0, found.start() - 30), found.start()):
                return found
    return None


def days_to_choose(when: str, text: str) -> bool:
    """Whether the day `when` names is one of several left to the user ("we record remotely, any Tuesday or
    Thursday morning in December", "Tuesday or Thursday morning"): no date and no hour of theirs, and the sender
    says "any" of those days, or names several as a part of the day."""
    if _AN_HOUR_OR_DATE.search(when):
        return False
    found = _days_offered(" ".join(text[:20_000].split()))
    return found is not None and re.search(_WEEKDAY_NAME, when, re.IGNORECASE) is not None


# (from a sentence's start only: tried from every letter of a long text with no question mark, it was quadratic)
_QUESTION = re.compile(r"(?:^|(?<=[.!?]))[^.!?]*\?")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")

# A call by phone asked: "a phone interview", "15 minutes by phone", "call me on ...", "a quick phone call".
_BY_PHONE = re.compile(
    r"\b(?:phone|telephone)\s+(?:interview|call|chat|conversation)|\bby\s+(?:phone|telephone)\b|"
    r"\bcall\s+me\s+(?:on|at)\b|\bover\s+the\s+phone\b",
    re.IGNORECASE,
)
# A number written as a phone's: "(312) 555-0117", "312-555-0117", "+44 20 7946 0018".
_PHONE_NUMBER = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|\+\d[\d ()-]{7,}\d")


def phone_to_call(message: Message, details: Details) -> str:
    """The number to call for an interview the sender asks to have by phone on days of theirs with no hour ("a
    15-minute phone interview on Wednesday or Thursday this week ... (312) 555-0117"): the user picks the time
    and calls; "" where no such interview, no number in their own words or signature, or they set the hour."""
    if details.format not in ("interview", "podcast") or _AN_HOUR_OR_DATE.search(details.when):
        return ""
    if not re.search(_WEEKDAY_NAME, details.when, re.IGNORECASE):
        return ""
    said = " ".join(f"{message.own_text}\n{message.signature}".split())
    if _BY_PHONE.search(said) is None:
        return ""
    number = _PHONE_NUMBER.search(said)
    return number.group(0).strip() if number else ""


def open_slots(
    when: str, today: datetime, off: Container[date], weekends: bool = False, zone: tzinfo | None = None
) -> list[str]:
    """The times of `when` the user can do: of "Thursday, November 26 at 2pm or Tuesday, December 1 at 10am",
    the ones not on a weekend, a public holiday or a day off (the user's own day, in their `zone`)."""
    return [
        slot
        for slot in re.split(r",? or ", when)
        if slot.strip() and _day_off(slot, today, off, weekends, zone) is None
    ]


def _one_of(when: str, today: datetime, off: Container[date], zone: tzinfo | None = None) -> str:
    """Of several days offered for an event ("Tuesday 8 December or Wednesday 9 December at 12:30pm"), the first
    the user can do (else the first), with the hour said once for all of them."""
    slots = [slot.strip() for slot in re.split(r",? or ", when) if slot.strip()]
    free = open_slots(when, today, off, weekends=True, zone=zone)
    chosen = free[0].strip() if free else slots[0]
    hours = {hour.group(0) for hour in map(_AT_AN_HOUR.search, slots) if hour}
    if not _AN_HOUR.search(chosen) and len(hours) == 1:
        chosen = f"{chosen} {next(iter(hours))}"
    return chosen


def proposed_day_off(
    when: str, today: datetime, off: Container[date], zone: tzinfo | None = None, weekends: bool = False
) -> date | None:
    """The coming day a proposed meeting names ("Thursday, November 26 at 10"), where the user does not meet
    then: a weekend (unless they meet at `weekends`), a public holiday or a day off; None where any other time it
    offers is free."""
    if open_slots(when, today, off, weekends, zone):
        return None
    return _day_off(re.split(r",? or ", when, maxsplit=1)[0], today, off, weekends, zone)


def meets_at_weekends(hours: MeetingHours) -> bool:
    """Whether the user's own hours take in a Saturday or a Sunday ("Sun 09:00-16:00"): a weekend day is then a
    day they meet, its hours weighed as any other's."""
    return any(window.days & {5, 6} for window in hours.windows)


def free_slot_named(when: str, today: datetime, off: Container[date], zone: tzinfo | None = None) -> bool:
    """Of several dated times offered, one the user can do: "Thursday, November 26 or Tuesday, December 1"
    is no reason to be away for it."""
    slots = re.split(r",? or ", when)
    start = today.date()  # in the offset the caller read the message in
    return len(slots) > 1 and any(
        named_day(slot, start) is not None and _day_off(slot, today, off, zone=zone) is None for slot in slots
    )


def _day_off(
    when: str, today: datetime, off: Container[date], weekends: bool = False, zone: tzinfo | None = None
) -> date | None:
    """The user's own day `when` names ("Thursday 10 December at 20:00 GMT" is Friday in Wellington), where it
    is a weekend, a public holiday or a day off; else None. A weekday named alone ("Saturday at 10am", "next
    Tuesday at 3") is the coming one."""
    start = today.date()  # in the offset the caller read the message in
    day = named_day(when, start) or _weekday_from(when.lstrip(), start)
    if day is None or day < start:
        return None
    local = in_my_zone(day, when, zone)
    day = local.date() if local is not None else day
    return day if (day.weekday() >= 5 and not weekends) or day in off else None


def later_of(sent: datetime | None, today: datetime) -> datetime:
    """Times are proposed from today, or from the message's date if it is later (a message from the future
    in a test, or a clock behind)."""
    return max(sent, today) if sent is not None else today


def meeting_day(message: Message, today: datetime, details: Details | None = None) -> date | None:
    """The coming day the invitation is for, where it names one ("the Winter Mixer, Thursday, December 3"),
    so that its hours count in that week, not in the week it was written (`details` as already read)."""
    details = details or extract(message)
    start = local_day(later_of(message.date, today), message)
    day = named_day(details.event_date or details.when, start)
    if _sets_as_deadline(day, message, today):
        return None  # "submissions close Friday 8 January": no week of the user's to count it in
    return day if day is not None and day >= start else None


def with_what_the_thread_gave(
    details: Details, before: Sequence[Details], text: str, written: date
) -> Details:
    """A reply's details with what the earlier messages of its thread gave (`before`, newest first) where the
    reply (its own words `text`) leaves it out: "let me know if the 16th still works" is the workshop on Saturday,
    January 16 at 10:00 am, at the place and for the length the invitation said, so a yes to it asks for none of
    them again. A day and its hour are the thread's only where the reply names that day ("Saturday, January 16",
    "the 16th"): "can we find another time?" names none."""
    pointed = {int(found.group(1)) for found in _THE_NTH.finditer(text)}
    filled = details
    for earlier in before:
        for name in ("place", "event_place", "duration", "event_name", "format", "work_day"):
            if not getattr(filled, name) and getattr(earlier, name):
                filled = replace(filled, **{name: getattr(earlier, name)})
        for name in ("when", "event_date"):
            now = getattr(filled, name)
            if _AN_HOUR.search(now):
                continue
            day = named_day(now, written) if now else None
            slot = _slot_on(getattr(earlier, name), written, day, pointed)
            if slot:
                filled = replace(filled, when=slot) if name == "when" else replace(filled, event_date=slot)
    return filled


_THE_NTH = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _slot_on(when: str, written: date, day: date | None, pointed: AbstractSet[int]) -> str:
    """The time of `when` (of several offered) on `day`, or else on a day of the month `pointed` at ("the 10th"),
    with its hour ("Thursday the 10th at 9am"; the hour said once for all of them), where it has one; else ""."""
    slots = re.split(r",? or ", when) if when else []
    hours = {hour.group(0) for hour in map(_AT_AN_HOUR.search, slots) if hour}
    for slot in slots:
        named = named_day(slot, written)
        if named is None or (named != day if day is not None else named.day not in pointed):
            continue
        if not _AN_HOUR.search(slot) and len(hours) == 1:
            slot = f"{slot.strip()} {next(iter(hours))}"
        return slot.strip() if _AN_HOUR.search(slot) else ""
    return ""


def days_named(message: Message, details: Details) -> list[tuple[str, date]]:
    """Each time the sender offers ("Thursday the 10th at 9am, or failing that Tuesday the 15th", "next Tuesday at
    3") with the coming day it names, a weekday alone counted from the day the message was written, in their order:
    none before the day the message was written, whether or not the user meets on it."""
    if message.date is None or details.event_date:
        return []
    start = local_day(message.date, message)
    named = (
        (slot, named_day(slot, start) or _weekday_from(slot.lstrip(), start))
        for slot in re.split(r",? or ", details.when)
    )
    return [(slot.strip(), day) for slot, day in named if day is not None and day >= start]


def offered_days(
    message: Message, details: Details, off: Container[date], hours: MeetingHours = ANY_HOURS
) -> list[tuple[str, date]]:
    """The times of `days_named` on days the user meets (by their `hours`; without any, a weekday) that are not a
    day `off`."""
    return [
        (slot, day)
        for slot, day in days_named(message, details)
        if (bool(hours.spans(day)) if hours else day.weekday() < 5) and day not in off
    ]


def _within_weeks(when: str, message: Message, today: datetime, weeks: int) -> bool:
    """A meeting is proposed for the coming weeks: "February 1, 2027" in an RFP is when the work starts."""
    if not _MONTH_DAY.search(when):
        return True  # "Thursday or Friday": this week or the next
    start = local_day(later_of(message.date, today), message)
    named = named_day(when, start)
    return named is not None and (named - start).days <= 7 * weeks


# A day with its weekday written short: "Tue 5 Jan", "Thu, Jan 21" (Slack's and calendars' shorthand).
_SHORT_WEEKDAY_DATE = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?",
    re.IGNORECASE,
)


def _in_full(when: str, message: Message, today: datetime, style: str) -> str:
    """`when` with a day written short said in full, as a reply writes it: "Tue 5 Jan at 21:00" -> "Tuesday 5
    January at 21:00"; any other `when` as it is."""
    found = _SHORT_WEEKDAY_DATE.match(when)
    if found is None:
        return when
    sent = local_day(later_of(message.date, today), message)
    day = named_day(found.group(0), sent)
    if day is None:
        return when
    return written_day(day, style, local_day(today, message)) + when[found.end() :]


def _on(when: str) -> str:
    return when if re.match(r"(?:next|this)\s", when, re.IGNORECASE) else f"on {when}"


# A day further ahead than this (about ten months) is written with its year: "Tuesday 12 January 2028".
FAR_AHEAD = timedelta(days=300)


def written_day(day: date, style: str = "international", today: date | None = None) -> str:
    """ "Friday 6 November", or "Friday, November 6" in the US style; with its year where, read on `today`, the
    day could be taken for another year's: more than about ten months ahead ("Friday 5 November 2027" written on
    1 December 2026), or in an earlier year more than two months back. A January day written in December is
    next month's, and needs none."""
    on = day.date() if isinstance(day, datetime) else day  # a moment is written by its day
    year = today is not None and (
        on - today > FAR_AHEAD or (on.year != today.year and today - on > timedelta(days=61))
    )
    if style == "us":
        return f"{day:%A, %B %-d, %Y}" if year else f"{day:%A, %B %-d}"
    return f"{day:%A %-d %B %Y}" if year else f"{day:%A %-d %B}"


def link_to_come(said: str) -> bool:
    """Whether what is asked happens online ("a monthly video call", "over Zoom", "a webinar") and the sender
    neither gives its link nor says it will follow ("I'll send the Zoom link the week before")."""
    return (
        _ONLINE.search(said) is not None
        and _A_LINK.search(said) is None
        and _LINK_TO_FOLLOW.search(said) is None
    )


_A_LINK = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:zoom\.us|webex\.com)\b|\bmeet\.google\.|\bteams\.microsoft\.", re.I
)
_LINK_TO_FOLLOW = re.compile(
    r"\b(?:i|we)(?:'ll|’ll| will| shall)\s+(?:\w+\s+){0,2}?(?:send|share|email|forward)\b[^.?!\n]{0,40}"
    r"\b(?:link|invite|invitation|details)\b|\b(?:link|invite|invitation)s?\s+(?:will\s+)?(?:to\s+)?follows?\b|"
    r"\b(?:calendar|meeting)\s+invite\b",
    re.I,
)


# A talk given from afar: its link, not its venue, is still to come.
_ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|zoom|(?-i:Teams)|webinar|remote(?:ly)?|live ?stream(?:ed)?|video call)\b",
    re.IGNORECASE,
)
# an hour: "2pm", "14:30", and "at noon" (a lunch club's "Tuesday, January 19 at noon" gives its time)
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:at|from|by)\s+(?:noon|midday)\b",
    re.IGNORECASE,
)
# A call offered to plan it: "Happy to chat on a call to talk it through".
_TALK_IT_THROUGH = re.compile(
    r"\b(?:call|chat|zoom|teams|talk (?:it|this) (?:through|over))\b", re.IGNORECASE
)
# A call the sender asks for to prepare the talk: "a 30-minute call to shape the session", "a quick chat to plan the
# panel" - its times are the call's, not the talk's.
_PREPARING_CALL = re.compile(
    r"\b(?:a|an)\s+(?:\d+[- ]minutes?\s+|quick\s+|short\s+|brief\s+|video\s+|prep\s+)*"
    r"(?P<call>(?:call|chat|zoom|conversation|meeting)\s+to\s+(?:shape|plan|prepare(?:\s+for)?|talk\s+through|"
    r"go\s+over|walk\s+through|brief\s+you\s+on|discuss)\s+(?:the|your|our)\s+(?:session|panel|talk|keynote|"
    r"workshop|presentation|programme|program))\b",
    re.IGNORECASE,
)
# What is done by a day, not on it: a piece is written by its deadline, a manuscript reviewed by its.
_BY_A_DAY = frozenset({"article", "review", "comment", "feature", "proposal"})

_HOURS = {"international": ("10:00", "14:30"), "us": ("10:00 am", "2:30 pm")}
_WEEKDAYS = _WEEKDAY_NAMES[:5]  # the days times are proposed on
# ...as a sender names them, in full or short: "Tuesdays", "Tue/Thu afternoons", "Weds"
_WEEKDAYS_SAID = tuple(
    rf"\b(?:{name}|{short}\.?(?![a-z]))"
    for name, short in zip(_WEEKDAYS, ("mon", "tues?", "weds?", "thu(?:rs?)?", "fri"), strict=True)
)
_PART_HOURS = {
    "morning": {"international": ("09:30", "10:30"), "us": ("9:30 am", "10:30 am")},
    "afternoon": {"international": ("14:00", "15:30"), "us": ("2:00 pm", "3:30 pm")},
    "evening": {"international": ("18:00", "18:30"), "us": ("6:00 pm", "6:30 pm")},
}
# "evenings after 6:30": the hour they gave, read as pm in the evening or the afternoon
_AFTER_HOUR = re.compile(r"\b(?:after|from)\s+(\d{1,2})(?:[:.](\d\d))?\s*(am|pm)?\b", re.IGNORECASE)
# "We usually record at 7:30pm", "we normally start recording at 19:00": the hour they keep for what they ask, each
# time offered at it (not "I usually get in at 8am")
USUAL_HOUR = re.compile(
    r"\b(?:usually|normally|typically|generally|always)\s+(?:record|meet|start|begin|film|tape|host|kick off|go live)"
    r"\w*(?:\s+[a-z]+){0,2}?\s+at\s+(\d{1,2})(?:[:.](\d\d))?\s*"
    r"(am|pm|a\.m\.|p\.m\.)?(?![\w:.]*\d)",
    re.IGNORECASE,
)


# An hour a sender asks for without a day - "We open at 8 so 7:30ish would be perfect", "How about 7:30?", "around
# 8 works best", "could we make it 7:30?" - said as an hour ("7:30", "8am", "7ish", "around 8"), not a count ("8
# works" of eight people) nor an hour with a day beside it ("Tuesday at 7:30 works": a time offered).
_CLOCK_ASKED = r"(?P<clock>\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)?)(?P<ish>\s?-?ish)?"
_HOUR_ALONE = (
    re.compile(  # "How about 7:30?", "could we make it around 8?"
        r"(?:\b(?:how|what)\s+about|\b(?:could|can|shall)\s+we\s+(?:do|say|make\s+it)|\bsay)\s+"
        rf"(?P<near>(?:around|about|at)\s+)?{_CLOCK_ASKED}\s*\?",
        re.IGNORECASE,
    ),
    re.compile(  # "7:30ish would be perfect", "around 8 works best", "8am suits us"
        rf"(?P<near>\b(?:around|about)\s+)?(?<![\w$£€:.,/-]){_CLOCK_ASKED}(?:\s+or\s+so)?\s+"
        r"(?:would\s+(?:be\s+)?(?:perfect|great|ideal|best|good|work|suit)"
        r"|(?:is|sounds)\s+(?:perfect|great|ideal|best|good|fine)|works?\b|suits?\b)",
        re.IGNORECASE,
    ),
)
_DAY_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|weekend|week|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


# A group chat's invite link: Slack, Discord, WhatsApp, Telegram, Signal, a Circle or Discourse community.
_JOIN_LINK = re.compile(
    r"https?://(?:join\.slack\.com/|[\w-]+\.slack\.com/(?:join|signup)|discord\.(?:gg|com/invite)/|"
    r"chat\.whatsapp\.com/|t\.me/(?:\+|joinchat/)|signal\.group/)\S+",
    re.IGNORECASE,
)
# ...offered, to be sent if the user says yes: "If so I'll send the invite link to this address", "happy to send
# you an invite"
_LINK_OFFERED = re.compile(
    r"\b(?:i|we)(?:'ll|’ll| will| can| could|'d|’d| would)\s+(?:be\s+happy\s+to\s+|gladly\s+)?send\s+"
    r"(?:you\s+|over\s+)?(?:the|an?|our)\s+(?:slack\s+|discord\s+|whatsapp\s+|group\s+)?(?:invite|invitation\s+link)\b",
    re.IGNORECASE,
)


def hour_said_alone(text: str, quoted: str = "") -> str:
    """The sentence in which a sender asks for an hour without a day ("7:30ish works for us."), or "" - also where
    the `quoted` reply they answer already offered that hour ("7:30 works" to "Friday at 7:30 am": a yes to it)."""
    for sentence in _sentences(text):
        at = _hour_in(sentence)
        if at is not None:
            said = {f"{at.hour}:{at.minute:02d}", f"{at:%H:%M}", f"{(at.hour - 1) % 12 + 1}:{at.minute:02d}"}
            offered = any(re.search(rf"(?<![\d:]){re.escape(s)}(?!\d)", quoted) for s in said)
            return "" if offered else sentence
    return ""


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n", text[:20_000])


def hour_alone(text: str) -> time | None:
    """The hour a sender asks for without naming a day ("7:30ish would be perfect", "How about 7:30?": 07:30, the
    half of the day a bare hour means in business mail or by the words around it), or None."""
    for sentence in _sentences(text):
        if (at := _hour_in(sentence)) is not None:
            return at
    return None


def _hour_in(sentence: str) -> time | None:
    """The hour one sentence asks for without a day, or None."""
    found = next((f for f in (r.search(sentence) for r in _HOUR_ALONE) if f is not None), None)
    if found is None or _DAY_WORDS.search(sentence):
        return None
    clock = found.group("clock")
    if not (
        ":" in clock
        or re.search(r"[ap]\.?m", clock, re.IGNORECASE)
        or found.group("ish")
        or found.group("near")
    ):
        return None  # "8 works" may count people; "around 8", "8ish", "8am" are hours
    at = clock_meant(clock, sentence)
    return at if at is not None and time(6) <= at <= time(21, 30) else None


def _hours_after(preferred: str, part: str, style: str) -> tuple[str, str] | None:
    """Two times from the hour they said ("after 6:30" in the evening: 18:30 and 19:00; "usually record at
    7:30pm", "7:30ish would be perfect": 19:30 and 07:30 both), or None."""
    found = _AFTER_HOUR.search(preferred)
    usual = found is None
    found = found or USUAL_HOUR.search(preferred) or _ASKED_AT.search(preferred)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    said = (found.group(3) or "").lower().replace(".", "")
    if hour < 12 and (said == "pm" or (not said and part in ("afternoon", "evening"))):
        hour += 12
    if not 7 <= hour <= 21 or minute >= 60:
        return None
    times = [datetime(2000, 1, 1, hour, minute) + timedelta(minutes=0 if usual else 30 * n) for n in range(2)]
    if style == "us":
        return f"{times[0]:%-I:%M %p}".lower(), f"{times[1]:%-I:%M %p}".lower()
    return f"{times[0]:%H:%M}", f"{times[1]:%H:%M}"


# The hour asked without a day, as `asked_at` writes it among the days they said suit them: "asked at 07:30".
_ASKED_AT = re.compile(r"\basked at (\d\d):(\d\d)()")


def asked_at(text: str) -> str:
    """ "asked at 07:30" where the sender asks for an hour without a day ("7:30ish would be perfect"), for the times
    proposed to be at it; "" otherwise."""
    at = hour_alone(text)
    return f"asked at {at:%H:%M}" if at is not None else ""


# A meal is offered at its hour: a lunch at noon, not at 10:00.
_MEAL_HOURS = {
    "breakfast": {"international": ("08:00", "08:30"), "us": ("8:00 am", "8:30 am")},
    "lunch": {"international": ("12:00", "12:30"), "us": ("12:00 pm", "12:30 pm")},
    "drinks": {"international": ("17:30", "17:30"), "us": ("5:30 pm", "5:30 pm")},
    "dinner": {"international": ("18:30", "19:00"), "us": ("6:30 pm", "7:00 pm")},
}


def proposed_times(
    after: datetime,
    later: bool,
    next_week: bool = False,
    taken: Container[str] = frozenset(),
    style: str = "international",
    off: Container[date] = frozenset(),
    meal: str = "",
    written: date | None = None,
    preferred: str = "",
    before: date | None = None,
    soon: bool = False,
    week_of: date | None = None,
    not_before: date | None = None,
    meeting_hours: MeetingHours = ANY_HOURS,
    on_day: date | None = None,
    their_day: tuple[time, time] | None = None,
    near: time | None = None,
    clocks: tuple[tzinfo, tzinfo] | None = None,
) -> list[str]:
    """Two concrete slots on working days, a few days out (two weeks out when this week is full; in the week
    the sender meant by "next week", the one after the day they wrote, from tomorrow if that week has come),
    none of them `taken` by another draft or on a day `off` (a public holiday, the user's own day off). With a
    deadline (`before`: an RFP's last day for questions), only days before it, from tomorrow: maybe fewer. A
    prospective client (`soon`) is offered times from tomorrow: paid work does not queue behind networking. Where
    the sender asked for a stretch of time ("early in the new year"), none before its first day (`not_before`).
    Each time falls inside the user's `meeting_hours` (where they meet the part of the day asked for, in both),
    from `on_day` where the sender offered a time on it outside those hours. Where the sender's working day
    (`their_day`, in the user's clock: a sender hours away) meets the user's hours, the times fall in it too:
    no 04:00 their time when 16:30 the user's is 10:30 theirs. Where the hour they offered on `on_day` is known
    (`near`, in the user's clock: a recording slot), the times are those inside the user's hours nearest to it, that
    day and the next: 9:00 for a 03:00 ask, not the earliest of the user's week. Where the sender's clock is known
    (`clocks`: the user's and theirs), the times fall on the sender's working days too (a Friday afternoon in
    California is a Saturday morning in Tokyo), unless none within six weeks does: then as without it."""
    today = after.date()  # in the offset the caller read the message in
    day = today + timedelta(days=14 if later else 3)
    week_asked: date | None = None  # the Friday of the week the sender asked for, where they asked for one
    if before is not None or (soon and not later):
        day = min(day, today + timedelta(days=1))
    if week_of is not None and not later:  # "in the week of 7 December": from its Monday, not before tomorrow
        day = max(week_of - timedelta(days=week_of.weekday()), today + timedelta(days=1))
        week_asked = week_of - timedelta(days=week_of.weekday()) + timedelta(days=4)
    elif next_week and not later:
        meant = (written or today) + timedelta(days=7 - (written or today).weekday())  # that Monday
        if meant + timedelta(days=4) > today:  # not over yet: its weekdays from tomorrow on
            day = max(meant, today + timedelta(days=1))
            week_asked = meant + timedelta(days=4)
    # "early in the new year": from its first day, not this week
    if not_before is not None and before is None:
        day = max(day, not_before)
    # the day they offered, at an hour the user meets; a client's day this coming week on which the user meets not
    # at all ("this Sunday") anchors nothing: the soonest times are offered, from tomorrow (a day further off may
    # be when the client is ready: the times follow it)
    if on_day is not None and not later and not _no_day_of_mine_soon(on_day, today, soon, meeting_hours):
        day = max(on_day, today + timedelta(days=1))
    slots: list[str] = []
    hours = _MEAL_HOURS.get(meal, _HOURS).get(style, _HOURS["international"])
    # the days and the part of the day the sender said suit them ("Tuesday or Wednesday afternoon works best")
    weekdays = {n for n, said in enumerate(_WEEKDAYS_SAID) if re.search(said, preferred, re.IGNORECASE)}
    part = part_of_day(preferred, meal)
    if _never_met(preferred, part, weekdays, meeting_hours) and meal not in _MEAL_HOURS:
        # "Wednesday afternoon would suit me" to a user who meets on Wednesday mornings only: the user's first
        # free times, not a Wednesday afternoon six weeks out
        weekdays, part = set(), ""
    if part and meal not in _MEAL_HOURS:
        hours = _PART_HOURS[part].get(style, _PART_HOURS[part]["international"])
        hours = _hours_after(preferred, part, style) or hours
    # the user's own hours: each time inside them, in the part of the day asked for where the two meet
    span = asked_span(preferred, part)
    span = span if span is not None and meeting_hours.meets_in(span) else None
    near = near if on_day is not None and not later and meeting_hours else None
    if span is None and their_day is not None and near is None:
        # inside the user's own hours, or without them an ordinary working day of theirs: never 21:00 for the
        # user to make it 08:00 for the sender
        ours = (
            (their_day[0], their_day[1])
            if meeting_hours
            else (max(their_day[0], time(9)), min(their_day[1], time(18)))
        )
        if ours[1] > ours[0] and meeting_hours.meets_in(ours):
            span = ours
    limit = day + timedelta(days=42)  # a preference no coming weekday meets is dropped, not looped on
    first_day, first_weekdays = day, weekdays
    retries = 0  # of the week asked for, where it ran out before two times were found in it
    offered_days: set[date] = set()
    while len(slots) < 2:
        if week_asked is not None and day > week_asked and retries < 2:
            # "next week, Tuesday or Thursday morning" with one of them taken: another hour of the days they
            # named, then any day of that week, before a time in a week they did not mean
            retries += 1
            day = first_day
            weekdays = first_weekdays if retries == 1 else set()
            continue
        ended = (before is not None and day >= before) or day > limit
        if ended and clocks is not None:  # too few on their working days: the times as without their clock
            clocks, slots, day, weekdays = None, [], first_day, first_weekdays
            offered_days = set()
            continue
        if before is not None and day >= before:
            break
        if day > limit:
            weekdays = set()
        # the hour of this slot, or where another draft already offers it that day, the other hour of the two:
        # "Tuesday 8 December at 10:00" offered to one sender leaves that Tuesday's 14:30 free for the next
        for at in (hours[len(slots)], *(other for other in hours if other != hours[len(slots)])):
            if meeting_hours or span is not None:
                inside = meeting_hours.time_on(day, near or clock_read(at) or time(10), span)
                at = clock_said(inside, style) if inside is not None else ""
            slot = f"{written_day(day, style, today)} at {at}"
            if slot not in taken or not at:
                break
        if (
            day.weekday() < 5
            and at
            and slot not in taken
            and slot not in slots
            # two times on one day are one chance: a day already offered is passed over for another (of the
            # week after, where the week asked for has no other), but for another hour of the days they named
            and (day not in offered_days or (retries == 1 and bool(first_weekdays)))
            and day not in off
            and (not weekdays or day.weekday() in weekdays)
            and not _their_weekend(day, at, clocks)
        ):
            slots.append(slot)
            offered_days.add(day)
            # the next day they said suits them, or the next day nearest their ask, or two on - but the next
            # where two on leaves the week they asked for ("next week", written the Wednesday before: Thursday
            # and Friday of it, not Thursday and the Monday after)
            step = 1 if weekdays or near is not None else 2
            if week_asked is not None and day < week_asked < day + timedelta(days=step):
                step = 1
            day += timedelta(days=step)
        else:
            day += timedelta(days=1)
    return slots


def _no_day_of_mine_soon(on_day: date, today: date, soon: bool, meeting_hours: MeetingHours) -> bool:
    """Whether a client (`soon`) asked for a day of the coming week on which the user meets not at all."""
    return (
        soon
        and bool(meeting_hours)
        and on_day <= today + timedelta(days=7)
        and not meeting_hours.spans(on_day)
    )


def _their_weekend(day: date, at: str, clocks: tuple[tzinfo, tzinfo] | None) -> bool:
    """Whether `day` at `at` in the user's clock falls on a Saturday or a Sunday in the sender's (`clocks`: the
    user's and theirs): Friday 16:00 in Los Angeles is Saturday 09:00 in Tokyo."""
    hour = clock_read(at) if clocks is not None else None
    if clocks is None or hour is None:
        return False
    mine, theirs = clocks
    return datetime.combine(day, hour, tzinfo=mine).astimezone(theirs).weekday() >= 5


# The stretch of the day a part of it or a meal means: where the user's own hours are met within it.
_PART_SPANS = {
    "morning": (time(0), time(12)),
    "afternoon": (time(12), time(17)),
    "evening": (time(17), time(23, 59)),
    "breakfast": (time(6, 30), time(10)),
    "lunch": (time(11, 30), time(14, 30)),
    "drinks": (time(16, 30), time(21)),
    "dinner": (time(17, 30), time(22)),
}


def part_of_day(preferred: str, meal: str = "") -> str:
    """The meal, else the part of the day the sender said suits them ("any afternoon", "after 2": the afternoon),
    else ""."""
    if meal in _MEAL_HOURS:
        return meal
    named = next((p for p in _PART_HOURS if re.search(rf"\b{p}", preferred, re.IGNORECASE)), "")
    after = _AFTER_AN_HOUR.search(preferred) if not named else None
    asked = _ASKED_AT.search(preferred) if not named and after is None else None
    if asked is not None:  # "7:30ish would be perfect": the part of the day its hour falls in
        hour = int(asked.group(1))
        return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"
    if after is None:
        return named
    hour, said = int(after.group(1)), (after.group(3) or "").lower()
    if said == "am" or (not said and 7 <= hour <= 11):
        return "morning"
    if 1 <= hour <= 4 or (said == "pm" and hour == 12):
        return "afternoon"  # "Mondays or Wednesdays after 2"
    return "evening" if 5 <= hour <= 9 else ""


# An hour they are free after, alone ("after 2", "from 3pm"; not "from 10 December", "after the 14th")
_AFTER_AN_HOUR = re.compile(
    _AFTER_HOUR.pattern
    + r"(?!\s*(?:st|nd|rd|th|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)(?![\d/-])",
    re.IGNORECASE,
)


# "mornings before 9:30 are easiest", "any time before 10am works best": the hour a meeting must start before
_BEFORE_HOUR = re.compile(
    r"\b(?:before|until|till|no later than)\s+(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\w:.]*\d)",
    re.IGNORECASE,
)


def _ends_before(span: tuple[time, time] | None, preferred: str, part: str) -> tuple[time, time] | None:
    """`span` ending at the hour they said the meeting must come before ("mornings before 9:30": up to 09:30, so
    the last start is 09:00, never 09:30 itself); an hour with no am or pm only of a part of the day said."""
    found = _BEFORE_HOUR.search(preferred)
    if found is None or (span is None and not found.group(3)):
        return span
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    said = (found.group(3) or "").lower().replace(".", "")
    if hour < 12 and (said == "pm" or (not said and part in ("afternoon", "evening"))):
        hour += 12
    if not 0 < hour <= 23 or minute >= 60:
        return span
    start = span[0] if span is not None else time(0)
    end = min(span[1], time(hour, minute)) if span is not None else time(hour, minute)
    return (start, end) if end > start else span


def asked_span(preferred: str, part: str) -> tuple[time, time] | None:
    """The stretch of the day asked for: the part's ("an evening": from 17:00), from the hour they said it starts
    ("one evening ... we're both free after 6 pm": from 18:00), up to the hour they said it must come before
    ("mornings before 9:30": until 09:30), or None."""
    span = _ends_before(_PART_SPANS.get(part), preferred, part)
    found = _AFTER_HOUR.search(preferred) if span is not None and part in _PART_HOURS else None
    if span is None or found is None:
        return span
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    said = (found.group(3) or "").lower().replace(".", "")
    if hour < 12 and (said == "pm" or (not said and part in ("afternoon", "evening"))):
        hour += 12
    if not 0 <= hour <= 23 or minute >= 60:
        return span
    return (max(span[0], time(hour, minute)), span[1])


def hours_miss_part(meeting_hours: MeetingHours, part: str, preferred: str = "") -> bool:
    """Whether the user's own hours leave no time in the part of the day asked for (a morning for someone who
    meets only after 16:00, an evening "after 6 pm" for someone whose hours end at 18:00): the times proposed
    are then in the user's hours, and the draft says why."""
    span = asked_span(preferred, part)
    return bool(meeting_hours and part) and span is not None and not meeting_hours.meets_in(span)


_SWAPPED = {"your": "my", "you": "me", "my": "your"}
_THIRD = {"him": "him", "her": "her", "them": "them"}


def _contact_passed_yes(passing: str) -> str:
    """The yes to leave asked to pass the user's details on (`passing`, the sender's words: "give her your
    number"): "Of course - please do give her my number. I'd be glad to hear from her."."""
    said = [_SWAPPED.get(word.lower(), word) for word in passing.split()]
    if said[0].lower() == "pass" and "on" not in (word.lower() for word in said):
        said.append("on")  # "pass your details" -> "pass my details on"
    who = next((_THIRD[word.lower()] for word in said if word.lower() in _THIRD), "them")
    return f"Of course - please do {' '.join(said)}. I'd be glad to hear from {who}."


def _days_named(when: str) -> frozenset[int]:
    """The weekdays `when` names ("next Tuesday or Wednesday morning": Tuesday and Wednesday), by their numbers."""
    return frozenset(
        _WEEKDAY_NAMES.index(found.group(2).lower() + "day") for found in WEEKDAY_SAID.finditer(when)
    )


def _within_the_part(when: str, meeting_hours: MeetingHours, style: str) -> str:
    """Where in the part of the day offered ("Tuesday or Wednesday morning") the user meets: "" where their hours
    hold all of it, " Any time after 9:30 am is good for me." where they start inside it (" before", " between" alike); their
    hours in full where a day offered leaves no time in that part, or different times on different days."""
    part = _PART_SPANS[part_of_day(when)]
    said = f" I'm only free for meetings {meeting_hours.said(style)}."
    inside: set[tuple[time, time]] = set()
    for day in _days_named(when):
        spans = [w for w in meeting_hours.windows if day in w.days]
        met = [
            (max(w.start, part[0]), min(w.end, part[1]))
            for w in spans
            if min(w.end, part[1]) > max(w.start, part[0])
        ]
        if len(met) != 1:
            return said  # no time that part of that day, or two stretches of it
        inside.add(met[0])
    if len(inside) != 1:
        return said
    start, end = inside.pop()
    if (start, end) == part:
        return ""
    if end == part[1]:
        return f" Any time after {clock_said(start, style)} is good for me."
    if start == part[0]:
        return f" Any time before {clock_said(end, style)} is good for me."
    return f" Any time between {clock_said(start, style)} and {clock_said(end, style)} is good for me."


# Whom an ask to be introduced names, up to where the ask goes on: "anyone at a UK utility or an energy retailer (grid
# ops ideally) you could introduce me to" is "someone at a UK utility or an energy retailer"; "Sam Ortiz" is herself.
_ASK_GOES_ON = re.compile(
    r"\s*(?:\(|,|;|:| - | who\b| that\b| you\b| if\b| for\b| before\b| so\b| to\b| as\b| and\s+(?:also|ask)\b).*$",
    re.IGNORECASE,
)
_ANYONE = re.compile(r"(?:someone|a|an)\b", re.IGNORECASE)  # whom the user is still to think of


def _whom_asked(wanted: str) -> str:
    """Whom the sender asks to be introduced to, as the yes says it ("someone at a UK utility", "Sam Ortiz", "my
    contact at the council"); "" where it is no short phrase of whom."""
    whom = _ASK_GOES_ON.sub("", wanted).strip()
    if not whom or re.match(r"(?:could|would|can|will|do|does|hi|hello|dear|thanks)\b", whom, re.IGNORECASE):
        return ""  # asked for by a pronoun: the whole message, no phrase of whom
    whom = re.sub(r"^(?:anyone|anybody|somebody)\b", "someone", whom, flags=re.IGNORECASE)
    whom = re.sub(r"^your\b", "my", whom, flags=re.IGNORECASE)
    whom = re.sub(
        r"^((?:a|an|someone)\s+)?(?:good|great|reliable|trusted)\s+", r"\1", whom, flags=re.IGNORECASE
    )
    whom = re.sub(r"^(?:a|an)\s+", "", whom, flags=re.IGNORECASE)
    # "Do you know anyone at a UK utility": the ask took the "anyone"; "Do you know a good lawyer": the "a"
    whom = re.sub(r"^(?=(?:at|in|from|with|on)\b)", "someone ", whom, flags=re.IGNORECASE)
    if re.match(r"(?-i:[a-z])", whom) and not re.match(r"(?:someone|the|my|one)\b", whom, re.IGNORECASE):
        whom = f"{'an' if whom[0] in 'aeiou' else 'a'} {whom}"
    if re.match(r"(?:her|him|them|this person|me|us)\b", whom, re.IGNORECASE):
        return ""
    return whom if 1 <= len(whom.split()) <= 10 and not re.search(r"[?!]", whom) else ""
