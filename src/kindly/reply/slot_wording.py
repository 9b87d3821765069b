"""How a draft words the times it proposes: in whose clock ("2:30 pm your time"), the user's hours told where the
time asked falls outside them, the days and the part of the day the sender prefers, the week they said they are
free, the day a call beside an event must come before (kindly.reply.compose writes them into the draft)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from kindly.hours import CALL, RECORDING, MeetingHours, clock_read, clock_said, rule_activities, rule_windows
from kindly.model import Event, Message
from kindly.profile import Profile
from kindly.reply.acceptance import (
    USUAL_HOUR,
    asked_at,
    hours_miss_part,
    several_weekdays,
    week_named,
    written_day,
)
from kindly.reply.whose_day import both_clocks, part_said, their_part
from kindly.understand.days import named_day
from kindly.zones import signature_zone, start_weighed


def before_the_event(
    due: date | None, when: str, message: Message, today: datetime, written: datetime | None
) -> date | None:
    """The day a call asked beside an event must come before: the event's own day (or an earlier deadline)."""
    day = named_day(when, (written or today).date()) if when else None
    return min(d for d in (due, day) if d is not None) if (due or day) else None


# The sender's clock is told beside a time proposed where it is this far from the user's.
_FAR_APART = timedelta(hours=3)


def week_around(when: str, message: Message, today: datetime, written: datetime | None) -> date | None:
    """The week the sender said they are free ("I'm in Madrid the week of 7 December") where the day they offer
    falls in it ("... coffee on Tuesday 8 December?"): other times are proposed in that week too."""
    week = week_named(message.own_text, today, written)
    day = named_day(when, (written or today).date()) if week is not None else None
    if week is None or day is None:
        return None
    monday = week - timedelta(days=week.weekday())
    return week if monday <= day <= monday + timedelta(days=6) else None


# The sender's working day, in their own clock.
_THEIR_DAY = (8, 18)


def their_working_day(today: datetime, zone: tzinfo | None, message: Message) -> tuple[time, time] | None:
    """The sender's working day (8:00 to 18:00 theirs) in the user's clock, where their mail was written 3 hours
    or more from the user's zone ("14:00 to 23:59" for a New York sender to Madrid); None where the two are close,
    either clock is unknown, or their day falls across the user's midnight."""
    theirs = _senders_clock(message, zone)
    if zone is None or theirs is None:
        return None
    mine = today.astimezone(zone).utcoffset() or timedelta()
    apart = mine - (today.astimezone(theirs).utcoffset() or timedelta())
    if abs(apart) < _FAR_APART:
        return None
    hours = apart.total_seconds() / 3600
    start, end = max(0.0, _THEIR_DAY[0] + hours), min(24.0, _THEIR_DAY[1] + hours)
    if end - start < 1:
        return None
    return _clock(start), _clock(end) if end < 24 else time(23, 59)


def _clock(hours: float) -> time:
    return time(int(hours), round((hours % 1) * 60) % 60)


def _senders_clock(message: Message, zone: tzinfo | None) -> tzinfo | None:
    """The sender's clock, where it is known: the offset their mail was written at, else the zone of their calendar
    invitation ("TZID=America/New_York") or the one beside an hour they give ("4pm EST") - a mail stamped UTC, as
    servers and exports write it for anyone, or a pasted message with no offset, still says whose day it is."""
    if message.date_offset:
        return message.zone
    clocks = both_clocks(message, zone)
    if clocks is not None:
        return clocks[1]
    return message.zone if message.date_offset is not None else None


def event_hour(event: Event, seen: datetime, sent_offset: int | None, zone: tzinfo | None, style: str) -> str:
    """ " at 5:30 pm": the hour a calendar invitation starts at, in the clock its day is named in (see
    `start_weighed`), with " my time" where that is the user's own and the organiser's is another, or unknown (a
    UTC time from a mail with no offset); "" for an all-day event (a day with no hour, read as midnight in no
    zone)."""
    if not event.start_zone and seen.time() == time(0):
        return ""
    hour = f" at {clock_said(seen.time(), style)}"
    if zone is None:
        return hour
    theirs = start_weighed(event, None, sent_offset)
    if theirs is None and event.start is not None and (held := signature_zone(event.location)) is not None:
        # a UTC hour from an organiser of unknown clock, at a place that keeps one ("Here East, ..., London"): the
        # event's own clock is the place's, and where it is the user's at that hour, the hour is said once
        theirs = event.start.astimezone(held)
    return hour if theirs is not None and theirs.utcoffset() == seen.utcoffset() else f"{hour} my time"


def your_time(proposed: str, today: datetime, zone: tzinfo | None, message: Message, style: str) -> str:
    """ " (Thursday 3 December at 21:00 your time)" beside a time the user proposes ("Friday 4 December at
    10:00", in their own `zone`) where the sender's mail was written at an offset 3 hours or more from it;
    "" where the user set no zone, the mail gives no offset, or the two are close."""
    clock = _senders_clock(message, zone)
    if zone is None or clock is None:
        return ""
    day = named_day(proposed, today.date())
    at = clock_read(proposed.rpartition(" at ")[2]) if " at " in proposed else None
    if day is None or at is None:
        return ""
    mine = datetime.combine(day, at, tzinfo=zone)
    theirs = mine.astimezone(clock)
    if abs((mine.utcoffset() or timedelta()) - (theirs.utcoffset() or timedelta())) < _FAR_APART:
        return ""
    hour = clock_said(theirs.time(), style)
    return (
        f" ({hour} your time)"
        if theirs.date() == day
        else f" ({written_day(theirs.date(), style, today.date())} at {hour} your time)"
    )


def hours_are_for(profile: Profile, activities: frozenset[str]) -> str:
    """What the user's hours are told as being for: "recordings" or "calls" where a never-rule about the hour of
    that activity, the one asked, narrows them ("recording before 10:00" for a podcast's recording), else
    "meetings"."""
    if not activities or profile.hours_for(activities) == profile.hours_for(frozenset()):
        return "meetings"
    named = {
        kind
        for rule in profile.never
        if rule_windows(rule.what) is not None
        for kind in rule_activities(rule.what) & activities
    }
    return "recordings" if RECORDING in named else "calls" if CALL in named else "meetings"


def hours_note(
    offered: str,
    meeting_hours: MeetingHours,
    part: str,
    style: str,
    preferred: str = "",
    activity: str = "meetings",
) -> str:
    """Why the times proposed are not the ones asked for: a time they offered outside the user's own hours
    ("Tuesday at 10am doesn't work for me, though - I'm only free for meetings between 16:00 and 18:00 on
    weekdays."; "for recordings" where the hours are a rule's for the recording asked), or a part of the day
    those hours leave out ("a morning"); "" otherwise."""
    if not meeting_hours:
        return ""
    free = f"I'm only free for {activity} {meeting_hours.said(style)}"
    if offered:
        return f"{offered[:1].upper()}{offered[1:]} doesn't work for me, though - {free}."
    if hours_miss_part(meeting_hours, part, preferred):
        what = {"breakfast": "a breakfast", "lunch": "a lunch", "drinks": "drinks", "dinner": "a dinner"}
        return f"{free}, so {what.get(part, f'an {part}' if part[:1] in 'aeiou' else f'a {part}')} is hard for me."
    return ""


# a character of the sentence: no end of one, but a dot between digits ("9.30", "2.5")
_IN_SENTENCE = r"(?:[^.!?;\n]|(?<=\d)\.(?=\d))"


# Where the sender says which days suit them: "Tuesday or Wednesday afternoon works best", "I'm free Thursdays".
# (the clause that says it, not its sentence: "We record on Zoom on Thursdays; Thursday 10 December would be ideal"
# prefers a day, and asks nothing of Zoom)
_PREFERENCE = re.compile(
    # "we're both free after 6 pm", "I'm usually around on Fridays"
    r"\b(?:works? best|suits? (?:me|us) best|best for (?:me|us)|i'?m (?:\w+ly\s+)?(?:free|around|available)|"
    r"we'?re (?:both\s+|all\s+|\w+ly\s+)?(?:free|around|available)|i prefer|we prefer|would be ideal|"
    r"(?:is|are) (?:easiest|ideal)|(?:is|are) best(?![ \t]+\w)|"
    # "early mornings are fine by me", "Tuesdays are good for us"
    r"(?:is|are) (?:fine|good|great|perfect) (?:by|for|with) (?:me|us)|"
    # a place's quiet hours are the ones it offers: "Afternoons between 2 and 4 are quiet here, any day Tuesday to
    # Friday" (a restaurant's, a shop's)
    r"(?:is|are) (?:usually |always |pretty |very )?(?:quiet|quietest|slow|calm|easy)(?: here| for (?:me|us)| at (?:the|our) \w+)?\b|"
    r"easiest for (?:me|us)|"
    # "I'm in Manchester most Thursdays": the days they are there
    # "we record at my studio, usually Friday mornings"
    r"(?:most|usually|generally|normally)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days?)\b",
    re.IGNORECASE,
)

# A clause of a sentence: a dot between digits ends none ("mornings before 9.30 are easiest", "in 2.5 hours")
_CLAUSE = re.compile(rf"{_IN_SENTENCE}+")


def in_whose_clock(
    preferred: str,
    their_day: tuple[time, time] | None,
    message: Message,
    today: datetime,
    zone: tzinfo | None,
    meeting_hours: MeetingHours,
) -> tuple[str, tuple[time, time] | None]:
    """The days they said suit them and the stretch of the user's day the times fall in, for a part of the day they
    said whose it is: the user's ("any morning your time works") is the user's morning, as times are written; the
    sender's ("my mornings are easiest"), from hours away, is that stretch of the user's day (a Tokyo morning is a
    California afternoon), kept as their working day would be - or, where it misses the user's hours, their
    working day itself."""
    said = part_said(message.own_text)
    if said is None:
        return preferred, their_day
    rest = " ".join(_PART_NAMED.sub(" ", preferred).split())
    theirs = None if said.users else their_part(said.part, today, zone, message)
    if theirs is None:  # the user's part of the day, or a sender in the user's own clock
        return f"{rest} {said.part}".strip(), their_day
    # as the times are chosen: in the user's hours, or without them in an ordinary working day (see proposed_times)
    ours = theirs if meeting_hours else (max(theirs[0], time(9)), min(theirs[1], time(18)))
    return rest, theirs if ours[1] > ours[0] and meeting_hours.meets_in(ours) else their_day


_PART_NAMED = re.compile(r"\b(?:morning|afternoon|evening)s?\b", re.IGNORECASE)


def preferred_days(when: str, text: str, ask: str = "") -> str:
    """The days they said suit them: "Tuesday or Wednesday afternoon", or a "works best" sentence; a dated
    proposal ("Thursday, November 26") is one day, not a habit; and the part of the day the ask names ("coffee
    one morning next week?", "any afternoon in the week of 14 December")."""
    found = _PART_OF_DAY.search(ask) or _PART_OF_A_WEEK.search(text)
    part = found.group(0) if found else _part_that_suits(text)
    # ...and the hour they keep for it ("We usually record at 7:30pm")
    usual = USUAL_HOUR.search(" ".join(text[:20_000].split())) if part else None
    # ...and the days they named as theirs to pick from ("Tuesday and Thursday mornings"), however it is said
    several = several_weekdays(text)
    said = (
        f"{'' if _DIGIT.search(when) else when} {preference(text)} {part}"
        f" {usual.group(0) if usual else ''} {several}"
    )
    # ...and the hour they asked for without a day ("We open at 8 so 7:30ish would be perfect")
    said = f"{said} {asked_at(text)}" if usual is None else said
    return " ".join(said.split())


# "one morning", "any afternoon", "an evening": the part of the day the sender asks for
_PART_OF_DAY = re.compile(r"\b(?:one|any|an?|some)\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)


# ...or elsewhere, of the week offered: "any afternoon in the week of 14 December"
_PART_OF_A_WEEK = re.compile(
    r"\b(?:one|any|an?|some)\s+(?:morning|afternoon|evening)(?=\s+(?:in\s+)?(?:the|next|that|this)\s+week\b)",
    re.IGNORECASE,
)


# ...or said to suit them beside the ask: "I'm flexible any afternoon", "Any morning works for me", "free most
# evenings" (not "any morning meeting would be a stretch": no word that it suits)
_PART_SUITS = re.compile(
    r"\b(?:flexible|free|available|around|open)\s+(?:on\s+)?(?P<after>(?:any|most)\s+(?:morning|afternoon|evening))s?\b"
    r"|\b(?P<before>(?:any|most)\s+(?:morning|afternoon|evening))s?\s+(?:(?:next|this)\s+week\s+)?"
    r"(?:works?|suits?|is\s+(?:fine|good|best|easiest)|would\s+(?:work|suit))\b",
    re.IGNORECASE,
)


def _part_that_suits(text: str) -> str:
    """The part of the day the sender says suits them anywhere in the mail ("any afternoon" of "I'm flexible any
    afternoon"), or ""."""
    found = _PART_SUITS.search(" ".join(text[:20_000].split()))
    return (found.group("after") or found.group("before")) if found else ""


_DIGIT = re.compile(r"\d")


def preference(text: str) -> str:
    joined = " ".join(text[:20_000].split())  # "Tuesday or Wednesday\nafternoon works best" is one sentence
    # clause by clause: one pattern that reached from a clause's start to its end was tried from every position
    # of a mail without full stops (minutes on 20 KB)
    return next((clause for clause in _CLAUSE.findall(joined) if _PREFERENCE.search(clause)), "")
