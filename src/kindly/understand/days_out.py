"""The days a sender says no longer work for them ("Something came up on Monday", "Wednesday doesn't work for me
after all", "I'm away on Friday, December 11"): days a draft proposes no time on, as it proposes none the user's
own reply offered and they turned down (kindly.turned_down)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, timedelta
from functools import cache

from kindly.understand.days import WEEKDAY_SAID, named_day, weekday_said

# A day said by its weekday, perhaps with its date: "Monday", "next Tuesday", "Friday, December 11", "Friday the 11th"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_ONE_DAY = (
    r"(?:(?:next|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"(?:,?\s+(?:{_MONTH}\.?\s+\d{{1,2}}(?!\d)|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?))?"
)
# ...or a few of them: "Thursday 3 and Friday 4 December", "Monday or Tuesday"
_DAY = rf"(?P<day>{_ONE_DAY}(?:(?:,\s*|,?\s+(?:and|or|nor)\s+){_ONE_DAY}){{0,3}})"
_FOR_THEM = r"(?:\s+(?:for\s+(?:me|us)|anymore|any\s+more|after\s+all))*"

# Each in the sender's own voice, bounded: never "if Monday doesn't work for you", "Monday works for me" or
# "something came up about the invoice".
THEIR_DAY_OUT = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "something (has) come up on Monday", "something's come up for Tuesday", "I have a conflict on Monday"
        r"\bsomething(?:'s|\s+has)?\s+(?:came|come)\s+up\s+(?:on|for)\s+" + _DAY + r"\b",
        r"\b(?:I|we)(?:'ve|\s+have|\s+now\s+have)?\s+(?:got\s+)?a\s+(?:conflict|clash)\s+(?:on|for)\s+"
        + _DAY
        + r"\b",
        # "Monday no longer works for me", "Wednesday doesn't work for us after all", "Friday is out for me now"
        r"(?<!\bif\s)(?<!\bunless\s)\b"
        + _DAY
        + r"\s+(?:no\s+longer\s+(?:works?|suits?)|(?:doesn'?t|does\s+not"
        r"|won'?t|will\s+not)\s+(?:work|suit)|is\s+(?:now\s+)?(?:out|no\s+longer\s+possible))"
        + _FOR_THEM
        + r"(?!\s+for\s+you)\b",
        # "I can't make Monday anymore", "I can no longer do Tuesday", "we won't be able to make it on Friday"
        r"\b(?:I|we)\s+(?:can'?t|cannot|can\s+no\s+longer|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)"
        r"\s+(?:make|do)\s+(?:it\s+)?(?:on\s+)?" + _DAY + r"\b",
        # "I'm no longer free on Monday", "I'm away on Friday", "we're travelling on Tuesday"
        r"\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:now\s+)?(?:no\s+longer\s+(?:free|available)"
        r"|not\s+(?:free|available)|away|out\s+of\s+(?:the\s+)?office|travell?ing|off)\s+(?:on\s+)?"
        + _DAY
        + r"\b",
    )
)


# A weekday with its date ("Monday, December 14", "Thursday 10 Dec"): the days a thread proposed or agreed
_DATED_DAY = re.compile(
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:{_MONTH}\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+{_MONTH}\b)",
    re.IGNORECASE,
)
# how far ahead a day the thread named is still the one "Monday" means (beyond it, the coming Monday)
THREAD_DAY_AHEAD = timedelta(days=14)


def dated_days(text: str, after: date) -> list[date]:
    """The days `text` names by weekday and date, the first such on or after the month of `after`."""
    return [day for found in _DATED_DAY.finditer(text) if (day := named_day(found[0], after)) is not None]


def their_days_out(
    text: str, written: date, thread_days: Callable[[], Collection[date]] = frozenset
) -> list[date]:
    """The days `text` says no longer work for its sender. A weekday alone is the day of that weekday the thread
    proposed or agreed (`thread_days`, asked only when needed): "Something came up on Monday" after "Monday,
    December 14 at 10:00 am works" is December 14, not the coming Monday; without one, the coming one from the
    day it was `written`."""
    days = []
    thread_days = cache(thread_days)  # the thread is read once, and only for a weekday alone
    for found in (found for pattern in THEIR_DAY_OUT for found in pattern.finditer(text)):
        said = [one[0] for one in re.finditer(_ONE_DAY, found["day"], re.IGNORECASE)]
        month = re.search(rf"\b{_MONTH}\b", said[-1], re.IGNORECASE)  # "Thursday 3 and Friday 4 December"
        for one in said:
            day = named_day(one, written) or (named_day(f"{one} {month[0]}", written) if month else None)
            if day is None and (weekday := WEEKDAY_SAID.match(one)) is not None:
                day = _in_thread(weekday_said(weekday, written), written, thread_days)
            if day is not None and day >= written:
                days.append(day)
    return days


def _in_thread(coming: date, written: date, thread_days: Callable[[], Collection[date]]) -> date:
    """The first day of `coming`'s weekday the thread named from the day it was `written` (two weeks ahead at
    most), else `coming`."""
    named = sorted(
        day
        for day in thread_days()
        if day.weekday() == coming.weekday() and written <= day <= written + THREAD_DAY_AHEAD
    )
    return named[0] if named else coming
