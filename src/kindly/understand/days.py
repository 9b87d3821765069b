"""Days named in a message: "Thursday, December 3", "3 Dec", "Jan 6" read as the next such day."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kindly.model import Message

# "December 3", "3 Dec", "the 3rd of December"; of a range written day first, its first day: "14-15 January",
# "Mon 14 - Tue 15 December", "the 3rd to the 5th of March" all start on the first.
MONTH_DAY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:(?<=st|nd|rd|th)\s+of)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
# Two days of one event in `when` as read: "14-15 January", "January 14-15", "30 November - 2 December",
# "Thursday, September 18 – Friday, September 19" (not "December 10, 6-8 pm").
_RANGE = re.compile(
    r"\d(?:st|nd|rd|th)?(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)(?:[a-z]+\.?,?\s+)?(?:the\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–—]\s*|\s+(?:to|through)\s+)"
    r"(?:[a-z]+\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2}\b"
    r"(?![:.]?\d|\s*(?:[ap]\.?m\b|(?:to|[-–])\s*\d)|\s+(?!(?:at|in|on|and|or|from|for|with)\b)(?-i:[a-z]))"
    r"|\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*[-–—]\s*|\s+(?:to|until|"
    r"till|through|thru)\s+)(?:[a-z]+\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def local_day(moment: datetime, message: Message) -> date:
    """The day `moment` falls on where `message` was written (its Date header's offset; UTC without one):
    "next week" written on a Monday morning in Sydney is read from that Monday, not from Sunday in UTC."""
    return moment.astimezone(message.zone).date()


# A weekday with the day of the month and no month: "Thursday the 10th", "Tuesday 15th".
_WEEKDAY_NTH = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# A weekday said, perhaps "next" or "this" one: "Wednesday", "next Tuesday".
WEEKDAY_SAID = re.compile(r"(?:(next|this)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def weekday_said(found: re.Match[str], written: date) -> date:
    """The day a weekday WEEKDAY_SAID found names, counted from the day it was `written` (a later day)."""
    ahead = (_WEEKDAYS.index(found.group(2).lower()) - written.weekday()) % 7 or 7
    if (found.group(1) or "").lower() == "next" and ahead < 7 - written.weekday():
        ahead += 7  # "next Tuesday" written on a Monday is the week after
    return written + timedelta(days=ahead)


def named_day(when: str, after: date) -> date | None:
    """The day a "December 3" or "3 Dec" names, the first such on or after the month of `after`; the day a
    weekday with its day of the month names ("Thursday the 10th"), the first month from `after`'s where that day
    falls on that weekday; None when `when` names no day of a month (or an impossible one)."""
    found = MONTH_DAY.search(when)
    if not found:
        return _weekday_nth(when, after)
    month = MONTHS.index((found.group(1) or found.group(4)).lower()[:3]) + 1
    try:
        return date(after.year + (month < after.month), month, int(found.group(2) or found.group(3)))
    except ValueError:
        return None


# "we're away until December 18", "out of town until Dec 18": the day a sender is back (bounded gaps: linear)
_AWAY_UNTIL = re.compile(
    r"\b(?:away|out of town|out of the country|travel+ing|abroad|on vacation|on holiday)\b[^.!?\n]{0,30}?"
    r"\buntil\s+([^.!?\n]{1,30})",
    re.IGNORECASE,
)


def away_until(text: str, written: date) -> date | None:
    """The day a sender says they are away until ("we're away until December 18"): no time before it is theirs;
    None where they name no day ("away until then")."""
    for found in _AWAY_UNTIL.finditer(text[:20_000]):
        if (day := named_day(found.group(1), written)) is not None:
            return day
    return None


def _weekday_nth(when: str, after: date) -> date | None:
    found = _WEEKDAY_NTH.search(when)
    if not found:
        return None
    weekday = _WEEKDAYS.index(found.group(1).lower())
    number = int(found.group(2) or found.group(3))
    year, month = after.year, after.month
    for _ in range(14):  # a day of the month falls on each weekday within a little over a year
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day.weekday() == weekday:
            return day
        year, month = year + month // 12, month % 12 + 1
    return None


def names_days(when: str) -> bool:
    """Whether `when` gives several days ("14-15 January", "Mon 14 - Tue 15 December", "March 9-11"), which
    `named_day` reads as the first."""
    return _RANGE.search(when) is not None


# A stretch of time the sender asks to meet in, rather than a day: "early in the new year", "sometime in
# January", "after the holidays", "next month", "in a couple of weeks".
_WINDOW = re.compile(
    r"(?:\b(?P<part>early|mid|late)[ -]?(?:in\s+)?|\b(?:(?:sometime|some time)\s+)?(?:in|during)\s+)(?:the\s+)?"
    r"(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?P<new_year>new year))|"
    r"\bafter\s+(?:the\s+)?(?P<after>holidays|new year|christmas|holiday season|festive season|break)\b|"
    r"\b(?P<next_month>next month)\b|"
    r"\bin\s+(?P<weeks>two|three|four|a couple of|a few|2|3|4)\s+weeks'?\s*(?:time)?\b",
    re.IGNORECASE,
)
# Only where the sender speaks of meeting: "We met in March" names no time to meet, nor "we hire in the new year -
# first time we've done this, and we need work permits" (a time to meet is "a time", "times", never the "first
# time" something is done nor "a segment in January on what first-time buyers should expect"; a day "works", a
# "work permit" is no day).
_SCHEDULING = re.compile(
    # ...nor where one works: "I work at the Harbor District warehouse" (a day "works", a person works somewhere)
    r"\?|\b(?:suit|suits|(?<!\bI )(?<!\bwe )(?<!\bwho )(?:work|works)(?![ -](?:permits?|visas?|authori[sz]ations?|"
    r"experience|history))|free|"
    r"available|availability|meet|catch up|call|coffee|lunch|times|"
    # ...nor a word made with it: "first-time buyers", "part-time", "one-time fee"
    r"(?<!first )(?<!last )(?<!this )(?<!next )(?<!one )(?<!each )(?<!every )(?<!-)time(?!-)|diary|"
    r"calendar|schedule|slot|slots|book|talk|chat|connect|speak|"
    # a creator's meeting is a shoot: "I'm in LA in January, we could film at my place or yours"
    r"film|filming|shoot|in town)\b",
    re.IGNORECASE,
)
# A question's words of meeting: "perhaps a coffee in January to start?", "could we meet early in the new year?"
_ASKS_TO_MEET = re.compile(
    r"\b(?:meet|meeting|coffee|call|chat|lunch|breakfast|dinner|drinks?|catch up|sit down|get together)\b",
    re.IGNORECASE,
)
# A time to meet said as near: "next week", "this week", "tomorrow", "in the next few days".
_NEAR_TIME = re.compile(
    r"\b(?:next|this|later this) week\b|\btomorrow\b|\bin the (?:next|coming) (?:few|couple of|two|three) days\b",
    re.IGNORECASE,
)
_WEEKS = {"two": 2, "three": 3, "four": 4, "a couple of": 2, "a few": 3, "2": 2, "3": 3, "4": 4}
_PART_DAY = {"early": 1, "mid": 10, "late": 20}


def window_start(text: str, written: date) -> date | None:
    """The first day of the stretch of time the sender asks for ("early in the new year": 1 January after
    `written`; "late January": the 20th; "after the holidays": 4 January), or None where they name none or it
    has begun."""
    text = " ".join(text[:20_000].split())  # "first\ntime" wrapped over two lines is still the first time
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", text) if _SCHEDULING.search(p)]
    # the question that asks to meet names its own time first: "... launching your first book in March. ... perhaps
    # a coffee in January to start?" is January (the month before is the book's)
    # (a question about something else - "Are you going to the conference in March?" - names no meeting's time)
    questions = " ".join(
        p for p in sentences if p.rstrip(" )\"'”’").endswith("?") and _ASKS_TO_MEET.search(p)
    )
    if _WINDOW.search(questions):
        return _window_in(questions, written)
    return _window_in(" ".join(sentences), written)


def _window_in(asking: str, written: date) -> date | None:
    """window_start of the sentences that speak of meeting."""
    for found in _WINDOW.finditer(asking):
        sentence_end = re.search(r"[.!?](?:\s|$)|$", asking[found.end() :])
        rest = asking[found.end() : found.end() + (sentence_end.start() if sentence_end else 0)]
        if _NEAR_TIME.search(rest):
            # "We're planning a move in January and I'd like a call next week": the nearer time said after it, in
            # the same sentence, is the meeting's; the month is the move's ("I'm away next week, so could we meet
            # in January?" keeps January)
            continue
        # the sentences after it, split once (a question pattern scanned from every start is slow on long text)
        questions_after = re.split(r"(?<=[.!?])\s+", asking[found.end() :])
        if any(q.rstrip(" )\"'”’").endswith("?") and _NEAR_TIME.search(q) for q in questions_after):
            # "...so we'd both stop scrambling in September. Could we sit down for coffee one morning next week?":
            # the question that asks to meet names its time; the month is what the meeting is about
            continue
        month_word = found.group("month")
        if month_word and month_word.islower() and month_word.lower() in ("may", "mar"):
            continue  # "in may not", "in march": words, not months, unless written as names
        if found.group("weeks"):
            return written + timedelta(weeks=_WEEKS[found.group("weeks").lower()])
        if found.group("next_month"):
            return date(written.year + written.month // 12, written.month % 12 + 1, 1)
        after = (found.group("after") or "").lower()
        if after and after not in ("new year",) and written.month not in (11, 12):
            continue  # "after the break" in the summer is another break
        month = MONTHS.index(month_word.lower()[:3]) + 1 if month_word else 1
        year = written.year + (1 if month < written.month else 0)
        day = 4 if after else _PART_DAY.get((found.group("part") or "").lower(), 1)
        start = date(year, month, day)
        return start if start > written else None
    return None


# A date written in numbers beside its weekday or its hour, as a text says it: "Sunday 12/6 at 9am", "Sun 12/6",
# "12/6 at 9am" (not "12/6" alone, which may be a score or a price)
_NUMERIC_DATE = re.compile(
    r"\b(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<first>\d{1,2})/(?P<second>\d{1,2})"
    r"(?:/(?P<year>\d{4}|\d{2}))?(?![/\d])(?P<hour>,?\s+(?:at|from|@|around)\s+\d)?",
    re.IGNORECASE,
)
_SHORT_WEEKDAYS = tuple(name[:3] for name in _WEEKDAYS)  # "mon" ... "sun", as the pattern reads them


def numeric_date(when: str, after: date, month_first: bool) -> tuple[tuple[int, int], date] | None:
    """The day a date in numbers names ("Sunday 12/6 at 9am") and where its numbers stand in `when`: read month
    first where the writer is in the Americas (`month_first`), day first elsewhere, and where a weekday is named
    the reading that falls on it (neither: None); the first such day from `after`'s month. None where no weekday
    or hour stands beside the numbers."""
    found = _NUMERIC_DATE.search(when)
    if found is None or not (found.group("weekday") or found.group("hour")):
        return None
    first, second = int(found.group("first")), int(found.group("second"))
    readings = [(first, second), (second, first)] if month_first else [(second, first), (first, second)]
    for month, number in readings:
        if not 1 <= month <= 12:
            continue
        year = after.year + (month < after.month)
        if found.group("year"):
            year = int(found.group("year")) + (2000 if len(found.group("year")) == 2 else 0)
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        weekday = found.group("weekday")
        if weekday is None or _SHORT_WEEKDAYS.index(weekday.lower()) == day.weekday():
            return (
                found.start("first"),
                found.end("year") if found.group("year") else found.end("second"),
            ), day
    return None
