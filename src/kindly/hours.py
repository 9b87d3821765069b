"""The user's own meeting hours ("16:00-18:00", ["Mon-Fri 07:00-08:00", "Mon-Fri 18:00-20:00"]): the times
kindly proposes fall inside them, and a time a sender offers outside them is answered with one inside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = r"[a-z]+"  # checked by _days: "Mo" is told as no day, not as no window
_WINDOW = re.compile(
    rf"(?:(?P<days>{_DAY}(?:\s*(?:-|,|\s)\s*{_DAY})*)\s+)?"
    r"(?P<start>\d{1,2}(?::\d{2})?)\s*(?:-|–|to)\s*(?P<end>\d{1,2}(?::\d{2})?)",
    re.IGNORECASE,
)
SHORTEST = timedelta(
    minutes=30
)  # a meeting proposed inside a window starts at least this long before its end


@dataclass(frozen=True, slots=True)
class Window:
    """One stretch of the day the user meets in, on some days of the week (0 = Monday)."""

    days: frozenset[int]
    start: time
    end: time


def parse_window(text: str) -> Window:
    """ "16:00-18:00" (any day) or "Mon-Fri 16:00-18:00", "Tue,Thu 07:00-08:30" -> a Window."""
    example = "such as '16:00-18:00' or 'Mon-Fri 16:00-18:00'"
    found = _WINDOW.fullmatch(" ".join(text.split()))
    if not found:
        raise ValueError(f"{text!r} is not a window of hours {example}")
    start, end = _clock(found.group("start"), text), _clock(found.group("end"), text)
    if end <= start:
        raise ValueError(f"{text!r} ends before it begins (hours are 24-hour: '16:00-18:00')")
    days = _days(found.group("days") or "", text) if found.group("days") else frozenset(range(7))
    return Window(days, start, end)


def _clock(said: str, text: str) -> time:
    hour, _, minute = said.partition(":")
    if int(hour) > 24 or int(minute or 0) > 59 or (int(hour) == 24 and int(minute or 0)):
        raise ValueError(f"{text!r}: {said!r} is not an hour of the day (24-hour: '16:00')")
    if int(hour) == 24:
        return time(23, 59)
    return time(int(hour), int(minute or 0))


def _days(said: str, text: str) -> frozenset[int]:
    """ "Mon-Fri" -> {0..4}; "Tue, Thu" -> {1, 3}; "Sat-Mon" wraps round the week."""
    out: set[int] = set()
    for part in re.split(r"[\s,]+", re.sub(r"\s*-\s*", "-", said.strip())):
        numbers = []
        for name in part.split("-"):
            key = name[:3].lower()
            if key not in _DAYS or not _DAY_NAMES[_DAYS.index(key)].lower().startswith(name.lower()):
                raise ValueError(f"{text!r}: {name!r} is not a day of the week (Mon, Tue ... Sun)")
            numbers.append(_DAYS.index(key))
        first, last = numbers[0], numbers[-1]
        out.update((first + n) % 7 for n in range((last - first) % 7 + 1))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class MeetingHours:
    """All the user's windows; empty: no limit (kindly's own hours, as before)."""

    windows: tuple[Window, ...] = ()

    @classmethod
    def of(cls, said: Sequence[str]) -> MeetingHours:
        return cls(tuple(parse_window(text) for text in said))

    def narrowed(self, limits: Sequence[Window | Sequence[Window]]) -> MeetingHours:
        """These hours within every one of `limits` (the hours a never-rule leaves: "meetings before 9:30" leaves
        9:30 onwards; a rule against stretches inside the day leaves several, any of which will do); no limits:
        these hours as they are."""
        if not limits:
            return self
        windows = self.windows or (Window(frozenset(range(7)), time(0), _DAY_END),)
        for limit in limits:  # on the days it names ("... on weekdays"): other days keep their hours
            left = (limit,) if isinstance(limit, Window) else tuple(limit)
            named = frozenset().union(*(each.days for each in left))
            clipped: list[Window] = []
            for w in windows:
                if w.days - named:
                    clipped.append(Window(w.days - named, w.start, w.end))
                for each in left:
                    start, end = max(w.start, each.start), min(w.end, each.end)
                    if w.days & each.days and end > start:
                        clipped.append(Window(w.days & each.days, start, end))
            windows = tuple(clipped)
        return MeetingHours(windows)

    def __bool__(self) -> bool:
        return bool(self.windows)

    def spans(self, day: date) -> list[tuple[time, time]]:
        """The stretches of `day` the user meets in, earliest first."""
        return sorted((w.start, w.end) for w in self.windows if day.weekday() in w.days)

    def fits(self, day: date, at: time) -> bool:
        """Whether a meeting starting at `at` on `day` is inside the user's hours (no limit: always)."""
        return not self.windows or any(_latest(start, end) >= at >= start for start, end in self.spans(day))

    def time_on(self, day: date, wanted: time, part: tuple[time, time] | None = None) -> time | None:
        """The start nearest `wanted` on `day` inside the user's hours (and the part of the day `part`, where the
        two meet), or None when the user does not meet that day (or not in that part of it)."""
        spans = self.spans(day) if self.windows else [(time(0), time(23, 59))]
        if part is not None:
            spans = [
                (max(s, part[0]), min(e, part[1])) for s, e in spans if min(e, part[1]) > max(s, part[0])
            ]
        best: time | None = None
        for start, end in spans:
            at = min(max(wanted, start), _latest(start, end))
            if best is None or _apart(at, wanted) < _apart(best, wanted):
                best = at
        return best

    def outside(self, moment: datetime) -> bool:
        """Whether a meeting that starts at `moment` (as its own clock reads it) is outside the user's hours."""
        return bool(self.windows) and not self.fits(moment.date(), moment.time())

    def meets_in(self, part: tuple[time, time], days: Sequence[int] = range(5)) -> bool:
        """Whether any of the user's windows on `days` meets the part of the day `part`."""
        return not self.windows or any(
            min(w.end, part[1]) > max(w.start, part[0]) for w in self.windows if w.days & set(days)
        )

    def said(self, style: str = "international") -> str:
        """ "between 16:00 and 18:00 on weekdays", "between 7:00 am and 8:00 am or after 6:00 pm on Tuesdays
        and Thursdays": how a draft tells the user's hours."""
        by_days: dict[frozenset[int], list[Window]] = {}
        # days a never-rule leaves whole ("calls during clinic hours (weekdays 08:30-12:00)" on a weekend) limit
        # nothing, and "between 12:00 am and 11:59 pm on Saturdays and Sundays" is no hours to tell
        limited = [w for w in self.windows if w.start > time(0) or w.end < _DAY_END] or list(self.windows)
        for window in limited:
            by_days.setdefault(window.days, []).append(window)
        parts = []
        for days, windows in by_days.items():
            spans = " or ".join(_span_said(w, style) for w in sorted(windows, key=lambda w: w.start))
            parts.append(f"{spans}{_on_days(days)}" if spans else _all_but(days))
        return "; ".join(parts)


def _span_said(window: Window, style: str) -> str:
    """ "between 16:00 and 18:00"; a window open at one end, as a never-rule leaves it: "after 9:30 am"; a whole day
    (a rule keeps meetings off the others: "calls on Fridays"): no hours at all."""
    if window.start == time(0) and window.end >= _DAY_END:
        return ""
    if window.end >= _DAY_END and window.start > time(0):
        return f"after {clock_said(window.start, style)}"
    if window.start == time(0) and window.end < _DAY_END:
        return f"before {clock_said(window.end, style)}"
    return f"between {clock_said(window.start, style)} and {clock_said(window.end, style)}"


_DAY_END = time(23, 59)


def _latest(start: time, end: time) -> time:
    """The last start inside a window: half an hour before its end, or its start in a shorter one."""
    last = (datetime.combine(date.min, end) - SHORTEST).time()
    return max(last, start) if end > time(0, 30) else start


def _apart(one: time, other: time) -> int:
    return abs((one.hour * 60 + one.minute) - (other.hour * 60 + other.minute))


def _all_but(days: frozenset[int]) -> str:
    """Whole days told by the days they leave out: "on any day but Fridays" (a rule keeps "calls on Fridays")."""
    left_out = [d for d in range(7) if d not in days]
    return "on any day but " + _days_listed(left_out) if left_out else "on any day"


def _days_listed(days: list[int]) -> str:
    """ "Mondays", "Mondays and Fridays", "Mondays, Wednesdays and Fridays"."""
    names = [f"{_DAY_NAMES[d]}s" for d in days]
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def _on_days(days: frozenset[int]) -> str:
    if days >= set(range(7)):
        return ""
    if days == set(range(5)):
        return " on weekdays"
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f", {_DAY_NAMES[ordered[0]]} to {_DAY_NAMES[ordered[-1]]}"
    return " on " + _days_listed(ordered)


def clock_said(at: time, style: str = "international") -> str:
    """ "16:00", or "4:00 pm" in the US style."""
    moment = datetime.combine(date.min, at)
    return f"{moment:%-I:%M %p}".lower() if style == "us" else f"{moment:%H:%M}"


_SAID_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def clock_read(said: str) -> time | None:
    """ "14:30", "2:30 pm", "10am", "noon" -> a time; None where it names none."""
    if re.search(r"\b(?:noon|midday)\b", said, re.IGNORECASE):
        return time(12)
    found = _SAID_CLOCK.search(said)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    half = (found.group(3) or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


ANY_HOURS = MeetingHours()  # no hours set: kindly's own

# A never-rule that limits the hour of a meeting: "meetings before 9:30", "no calls after 6pm", "coffees or
# calls before 9:30 am or after 5:30 pm" (the user's reason after a dash or "because" is theirs); or of the work
# done with someone at a time agreed, as a meeting is: "recording before 10:00", "interviews after 6pm", "no
# shoots before 9am"
_MEETING_KIND = (
    r"(?:[\w-]+\s+){0,2}?(?:meetings?|calls?|coffees?|coffee chats?|appointments?|catch-?ups?|breakfasts?|"
    r"video calls?|zoom calls?|events?|anything|recordings?|recording sessions?|tapings?|filming|interviews?|"
    r"shoots?|sessions?|podcasts?|episodes?)"
)
# ...on some days only: "meetings or events after 7pm on weekdays", "weeknight calls after 8pm"
_RULE_DAYS = r"(?:\s+(?:on\s+)?(?:week\s?days?|week\s?nights?|school\s+nights?|weekends?))?"
_WEEKDAYS_SAID = re.compile(r"\bweek\s?(?:days?|nights?)\b|\bschool\s+nights?\b", re.IGNORECASE)
_WEEKENDS_SAID = re.compile(r"\bweekends?\b", re.IGNORECASE)
# ...in the user's own clock, named after it: "calls before 07:00 or after 20:00 Sydney time", "after 8pm my time",
# "after 6pm AEST" (a zone's letters in capitals: "after 6pm alone" is no clock)
_RULE_CLOCK = r"(?:\s+(?:in\s+)?(?:my|local|our|[a-z]+(?:\s+[a-z]+)?)\s+time|(?-i:\s+\(?[A-Z]{2,5}\)?))?"
_LIMIT_SIDE = r"(?P<side{n}>before|earlier than|after|later than|past)\s+(?P<at{n}>\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)"
_HOUR_RULE = re.compile(
    rf"(?:no\s+|taking\s+|accepting\s+)?{_MEETING_KIND}(?:\s*(?:,|or|and)\s*{_MEETING_KIND})*\s+"
    + _LIMIT_SIDE.format(n=1)
    + r"(?:\s*,?\s*(?:or|and)\s+(?:\w+\s+)?"
    + _LIMIT_SIDE.format(n=2)
    + r")?"
    + _RULE_DAYS
    + _RULE_CLOCK,
    re.IGNORECASE,
)
# ...or a stretch of the night it keeps clear: "calls between 23:00 and 07:00 Singapore time", "no meetings from
# 10pm to 7am", "calls between 11pm and 7am my time" (the clock named after it is the user's own)
_CLOCK_SAID = r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|midnight"
_SPAN_RULE = re.compile(
    rf"(?:no\s+|taking\s+|accepting\s+)?{_MEETING_KIND}(?:\s*(?:,|or|and)\s*{_MEETING_KIND})*\s+"
    rf"(?:between|from)\s+(?P<start>{_CLOCK_SAID})\s*(?:and|to|until|till|-|–)\s*(?P<end>{_CLOCK_SAID})"
    r"(?:\s+(?:in\s+)?(?:my|local|our|[a-z]+(?:\s+[a-z]+)?)\s+time|\s+\(?[a-z]{2,5}\)?)?",
    re.IGNORECASE,
)
_RULE_REASON = re.compile(r"\s+(?:-|–|—|because\b|as i\b|since\b|\().*$", re.IGNORECASE | re.DOTALL)

# ...or days of the working week it keeps clear: "calls on Fridays", "no meetings on Mondays or Fridays" (a weekend
# day stays an idea of the rules, read with what is asked on it: "meetings on Sunday")
_WORKDAY = r"(?:mon|tues|wednes|thurs|fri)days?"
_WORKDAY_RULE = re.compile(
    rf"(?:no\s+|taking\s+|accepting\s+)?{_MEETING_KIND}(?:\s*(?:,|or|and)\s*{_MEETING_KIND})*\s+on\s+"
    rf"(?P<days>{_WORKDAY}(?:\s*(?:,|or|and)\s*{_WORKDAY})*)",
    re.IGNORECASE,
)


# ...or stretches of the day it keeps clear, inside the day too: "meetings or events during service (12:00-15:00
# and 19:00-23:00)", "calls between 12:00 and 14:00 or 19:00 and 22:00", "no meetings from 12 to 3 and from 7 to 11"
_STRETCH = (
    rf"(?:(?:between|from)\s+)?(?P<start>{_CLOCK_SAID})\s*(?:and|to|until|till|-|–)\s*(?P<end>{_CLOCK_SAID})"
)
_STRETCH_FOUND = re.compile(_STRETCH, re.IGNORECASE)
_STRETCHES = rf"{_STRETCH}(?:\s*(?:,|;|and|or|&)\s*(?:also\s+)?{_STRETCH})*".replace(
    "?P<start>", "?:"
).replace("?P<end>", "?:")
# ...on the days the brackets name beside them: "calls during clinic hours (weekdays 08:30-12:00)", "(08:30-12:00
# Mon-Fri)"; other days keep their hours
_STRETCH_DAYS_SAID = (
    r"(?:on\s+)?(?:week\s?days?|week\s?nights?|school\s+nights?|weekends?|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s*(?:-|–|to|through)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?)"
)
_STRETCHES_RULE = re.compile(
    rf"(?:no\s+|taking\s+|accepting\s+)?{_MEETING_KIND}(?:\s*(?:,|or|and)\s*{_MEETING_KIND})*\s+"
    # a period of the user's day the stretches name: "during service", "in clinic hours", "at lunch and dinner"
    rf"(?:(?:during|in|at|over)\s+(?:[\w'-]+\s+){{0,4}}?[\w'-]+\s*(?:\(\s*|:\s*|-\s+|–\s*|,\s*)"
    rf"(?:(?P<days>{_STRETCH_DAYS_SAID}),?\s+)?(?P<named>{_STRETCHES})(?:,?\s+(?P<days_after>{_STRETCH_DAYS_SAID}))?"
    rf"\s*\)?|(?P<bare>{_STRETCHES}))",
    re.IGNORECASE,
)


def _stretch_days(said: str) -> frozenset[int]:
    """The days a rule's brackets name ("weekdays", "Mon-Fri", "weekends"); every day where they name none."""
    said = re.sub(r"^on\s+", "", said.strip().lower()).replace(".", "")
    if not said:
        return frozenset(range(7))
    if _WEEKDAYS_SAID.fullmatch(said):
        return frozenset(range(5))
    if _WEEKENDS_SAID.fullmatch(said):
        return frozenset({5, 6})
    ends = [
        _DAYS.index(name[:3]) for name in re.split(r"\s*(?:-|–|to|through)\s*", said) if name[:3] in _DAYS
    ]
    if not ends:
        return frozenset(range(7))
    first, last = ends[0], ends[-1]
    return frozenset((first + n) % 7 for n in range((last - first) % 7 + 1))


@lru_cache(maxsize=256)
def rule_windows(rule: str) -> tuple[Window, ...] | None:
    """The hours a never-rule about the hour of a meeting leaves, as one or more stretches of the day: what
    `rule_window` reads, and a rule against stretches inside the day ("meetings or events during service
    (12:00-15:00 and 19:00-23:00)": before 12:00, 15:00 to 19:00 and after 23:00; "meetings between 12:00 and
    14:00": before 12:00 and after 14:00); None for a rule of any other kind."""
    said = " ".join(rule.split()).strip(" .")
    if _WORKING_DAY_SAID.search(said):  # "meetings in working hours (9-5)": the rule about the working day
        return (single,) if (single := rule_window(rule)) is not None else None
    found = _STRETCHES_RULE.fullmatch(_RULE_REASON_AFTER.sub("", said)) or _STRETCHES_RULE.fullmatch(
        _RULE_REASON.sub("", said).strip(" .")
    )
    if found is not None:
        stretches = found.group("named") or found.group("bare")
        kept = [_kept_clear(m.group("start"), m.group("end")) for m in _STRETCH_FOUND.finditer(stretches)]
        if kept and all(k is not None for k in kept):
            left = _left_by_stretches([k for k in kept if k is not None])
            days = _stretch_days(found.group("days") or found.group("days_after") or "")
            if left:
                return tuple(Window(days, w.start, w.end) for w in left)
    if (cleared := _workdays_kept_clear(said)) is not None:
        # no time at all on those days (a window that ends where it starts): MeetingHours.narrowed leaves them out
        return (Window(cleared, time(0), time(0)),)
    single = rule_window(rule)
    return (single,) if single is not None else None


def _workdays_kept_clear(said: str) -> frozenset[int] | None:
    """The days of the working week a rule keeps meetings off ("calls on Fridays": Friday), or None."""
    found = _WORKDAY_RULE.fullmatch(_RULE_REASON.sub("", said).strip(" ."))
    if found is None:
        return None
    return frozenset(
        _DAYS.index(name[:3].lower()) for name in re.findall(_WORKDAY, found.group("days"), re.I)
    )


_WORKING_DAY_SAID = re.compile(
    r"\b(?:school|working|work|office|business|lesson|teaching)\s+(?:hours|day|time)\b", re.IGNORECASE
)
# the user's reason after a dash or "because" that follows a closing bracket or the stretches themselves:
# "... (12:00-15:00 and 19:00-23:00) - the kitchen needs me"
_RULE_REASON_AFTER = re.compile(
    r"(?<=[)\d])\s+(?:-|–|—|because\b|as i\b|since\b).*$", re.IGNORECASE | re.DOTALL
)


def _kept_clear(start_said: str, end_said: str) -> tuple[int, int] | None:
    """A stretch a rule keeps clear, in minutes of the day (an end past midnight wraps: "23:00 to 7:00")."""
    clocks = _stretch(start_said, end_said)
    if clocks is None:
        return None
    start, end = clocks
    first, last = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    return None if first == last else (first, last)


def _left_by_stretches(kept: Sequence[tuple[int, int]]) -> tuple[Window, ...]:
    """The stretches of the day left between those a rule keeps clear (each day of the week)."""
    day_end = _DAY_END.hour * 60 + _DAY_END.minute
    clear: list[tuple[int, int]] = []
    for first, last in kept:
        if last == 0:  # "to midnight": to the day's end
            last = day_end
        clear.extend([(first, day_end), (0, last)] if first > last else [(first, last)])
    left, at = [], 0
    for first, last in sorted(clear):
        if first > at:
            left.append((at, first))
        at = max(at, last)
    if at < day_end:
        left.append((at, day_end))
    every_day = frozenset(range(7))
    return tuple(
        Window(every_day, time(a // 60, a % 60), time(b // 60, b % 60)) for a, b in left if b - a >= 30
    )


# What an hour rule limits, by the kind of meeting it names: "calls before 07:00" a call (on the phone or a video
# call, a podcast recorded over one), "recording before 10:00" a recording (a podcast's, an interview's); a rule
# that names a meeting, a coffee, an event or anything else limits every meeting, as does one that names
# several kinds of which one is general ("coffees or calls before 9:30").
CALL, RECORDING = "call", "recording"
_KIND_NAMED = re.compile(
    r"\b(?:(?P<recording>recording sessions?|recordings?|tapings?|filming|podcasts?|episodes?|interviews?)|"
    r"(?P<call>calls?)|"
    r"meetings?|coffee chats?|coffees?|appointments?|catch-?ups?|breakfasts?|events?|anything|shoots?|sessions?)\b",
    re.IGNORECASE,
)
_RULE_LIMIT = re.compile(
    r"\b(?:before|earlier than|after|later than|past|between|from|during)\b|\d", re.IGNORECASE
)


@lru_cache(maxsize=256)
def rule_activities(rule: str) -> frozenset[str]:
    """The activities an hour rule limits (CALL, RECORDING), by the kinds of meeting it names before its hours
    ("recording before 10:00": a recording; "podcast interviews or calls after 6pm": both); empty where it limits
    every meeting ("meetings before 9:30", "coffees or calls before 9:30 am")."""
    head = _RULE_LIMIT.split(rule, maxsplit=1)[0]
    named: set[str] = set()
    for kind in _KIND_NAMED.finditer(head):
        if kind.group("recording"):
            named.add(RECORDING)
        elif kind.group("call"):
            named.add(CALL)
        else:
            return frozenset()
    return frozenset(named)


# A meeting's form (the details' `format`) that is surely no call and no recording: met over a meal, or a stage
_IN_PERSON = frozenset(
    {
        "coffee",
        "lunch",
        "breakfast",
        "dinner",
        "drinks",
        "panel",
        "moderate",
        "keynote",
        "workshop",
        "lecture",
        "talk",
        "webinar",
    }
    | {"fireside chat"}
)
# ...and an event's (a calendar invitation's) held over a call: "Zoom call: bookkeeping", a Teams link
_OVER_A_CALL = re.compile(
    r"\b(?:calls?|zoom|video|phone|teams|google meet|meet\.google|webex|skype|dial[- ]in)\b", re.IGNORECASE
)
# a recording met in person: "in our studio in Shoreditch", "in person" (any other is held over a call: a show
# that records its guests on Zoom, or one abroad)
_MET_IN_PERSON = re.compile(
    r"\b(?:in[- ]person|(?:in|at|to|visit) (?:our|the) studios?|face[- ]to[- ]face)\b", re.IGNORECASE
)
# a recording asked for: "could we record on Thursday", "the recording is 40 minutes", "a taping" (not a "track
# record", "a record year" or "grew to a record 500 attendees")
_RECORDS = re.compile(
    r"\b(?:recording(?:\s+sessions?)?|tapings?|"
    r"(?:to|we|we'd|we'll|could|can|would|i'd|let's|and)\s+(?:(?!(?:a|an|the|our|its|their)\s)\w+\s+)?"
    r"record(?![\s-]+(?:year|high|low|numbers?|sales|time|label|crowd|turnout|attendance|breaking)))\b",
    re.IGNORECASE,
)


def held_over_a_call(place: str) -> bool:
    """Whether a meeting's place is a call: "Microsoft Teams", a Zoom or Google Meet link, a phone."""
    return bool(_OVER_A_CALL.search(place))


def meeting_activities(form: str, text: str) -> frozenset[str]:
    """What a meeting asked for is, for the hour rules that limit one activity: a podcast, an interview or what
    the sender's `text` asks to record is a recording, and a call too unless it is met in person ("in our
    studio"); a call or a video call is a call, and so may be a meeting of no form named ("could we connect next
    week?"); a coffee, a lunch or a talk is neither, nor an event or a calendar invitation unless its words
    say it is held over a call ("Zoom call: ...")."""
    if form in _IN_PERSON:
        return frozenset()
    if form in ("podcast", "interview") or _RECORDS.search(text):
        return frozenset({RECORDING}) if _MET_IN_PERSON.search(text) else frozenset({RECORDING, CALL})
    if form == "event":  # a gathering, or a calendar invitation: a call where its words say so
        return frozenset({CALL}) if _OVER_A_CALL.search(text) else frozenset()
    return frozenset({CALL})


@lru_cache(maxsize=256)
def rule_window(rule: str) -> Window | None:
    """The hours a never-rule about the hour of a meeting leaves ("meetings before 9:30": from 9:30 on; "calls
    after 6pm": until 18:00; "meetings or events after 7pm on weekdays": until 19:00 from Monday to Friday), or
    None for a rule of any other kind. A bare hour is read as business mail means
    it: "before 9:30" in the morning, "after 6" or "after 7" in the evening."""
    said = _RULE_REASON.sub("", " ".join(rule.split())).strip(" .")
    span = _SPAN_RULE.fullmatch(said)
    if span is not None:
        return _left_by_span(span.group("start"), span.group("end"))
    found = _HOUR_RULE.fullmatch(said)
    if found is None:
        return None
    start, end = time(0), _DAY_END
    for n in ("1", "2"):
        side, at = found.group(f"side{n}"), found.group(f"at{n}")
        if not side:
            continue
        clock = clock_meant(at)
        if clock is None:
            return None
        before = side.lower() in ("before", "earlier than")
        if not before and clock.hour < 12 and not re.search(r"[ap]\.?m", at, re.IGNORECASE):
            clock = clock.replace(hour=clock.hour + 12)  # "no calls after 7": in the evening
        if before:
            start = max(start, clock)
        else:
            end = min(end, clock)
    days = (
        frozenset(range(5))
        if _WEEKDAYS_SAID.search(said)
        else frozenset({5, 6})
        if _WEEKENDS_SAID.search(said)
        else frozenset(range(7))
    )
    return Window(days, start, end) if end > start else None


def _left_by_span(start_said: str, end_said: str) -> Window | None:
    """The hours a rule against a stretch of the day leaves, where that stretch runs over midnight or from the
    day's start or to its end ("between 23:00 and 07:00": from 07:00 to 23:00; "from midnight to 8am": from
    08:00); None for a stretch inside the day ("between 12:00 and 14:00", "between 9 and 5"), which leaves two. A
    bare morning hour that would start the stretch after it ends is the evening's ("between 11 and 7": 23:00 to
    07:00)."""
    clocks = _stretch(start_said, end_said)
    if clocks is None:
        return None
    start, end = clocks
    if start == end:
        return None
    if end == time(0):  # "from 10pm to midnight": until the day's end
        return Window(frozenset(range(7)), time(0), start) if start > time(0) else None
    if start > end:  # over midnight: what is left is the day between
        return Window(frozenset(range(7)), end, start)
    if start == time(0):
        return Window(frozenset(range(7)), end, _DAY_END)
    return None


def _stretch(start_said: str, end_said: str) -> tuple[time, time] | None:
    """The start and end of a stretch of the day as a rule says it; a bare morning hour that would start the
    stretch after it ends is the evening's ("between 11 and 7": 23:00 to 07:00)."""
    start, end = _span_clock(start_said), _span_clock(end_said)
    if start is None or end is None:
        return None
    if (half := _HALF_SAID.search(end_said)) and not re.search(
        r"[ap]\.?m|:|midnight", start_said, re.IGNORECASE
    ):
        # a bare hour takes the half of the day its end says: "5-8 am" is 05:00 to 08:00, "5-8 pm" 17:00 to
        # 20:00; "9-5 pm" starts in the morning, since 21:00 would start after it ends
        said_half = start.replace(hour=start.hour % 12 + (12 if half.group(1).lower() == "p" else 0))
        if said_half < end:
            start = said_half
    if (
        start > end
        and start.hour < 12
        and not re.search(r"[ap]\.?m|:|midnight", start_said, re.IGNORECASE)
        and not re.search(r"[ap]\.?m", end_said, re.IGNORECASE)
    ):
        start = start.replace(hour=start.hour + 12)
    return start, end


_HALF_SAID = re.compile(r"([ap])\.?m\b", re.IGNORECASE)


def _span_clock(said: str) -> time | None:
    """An hour of a rule's stretch as written ("23:00", "7am"), a bare one as business mail means it ("5" is
    17:00, "9" 09:00); "midnight" is 00:00."""
    return time(0) if said.strip().lower() == "midnight" else clock_meant(said)


# The part of the day a sender names beside an hour ("Tuesday afternoon at 4:30", "7:30 in the evening").
_PM_WORDS = re.compile(
    r"\b(?:afternoons?|evenings?|tonight|after work|drinks|dinner|supper)\b", re.IGNORECASE
)
_AM_WORDS = re.compile(r"\b(?:mornings?|breakfast|before work)\b", re.IGNORECASE)
# a clock that only the 24-hour day writes: "07:30", "16:00"
_TWENTY_FOUR = re.compile(r"(?<![\d:.])(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d\b")


def clock_meant(said: str, context: str = "") -> time | None:
    """The time a sender means by an hour they offer: as `clock_read` where it says its half of the day ("4:30
    pm", "16:30", "07:00"), else the half business mail means by a bare hour ("4:30" is 16:30, "9:30" is 09:30):
    the part of the day `context` (the words around it) names, or 1 to 6 in the afternoon and 7 to 11 in the
    morning. A sender who writes the 24-hour day elsewhere in `context` ("9:00 or 14:00") is read as written."""
    readings = clock_readings(said, context)
    return readings[0] if readings else None


def clock_readings(said: str, context: str = "") -> tuple[time, ...]:
    """The times a sender may mean by an hour they offer, the likelier first (see `clock_meant`): one where the
    hour or `context` says its half of the day, both halves of a bare "4:30" or "7:30" that nothing places."""
    at = clock_read(said)
    found = _SAID_CLOCK.search(said)
    if (
        at is None
        or found is None
        or found.group(3)
        or re.search(r"\b(?:noon|midday)\b", said, re.IGNORECASE)
    ):
        return () if at is None else (at,)
    if found.group(1).startswith("0") or not 1 <= at.hour <= 11 or _TWENTY_FOUR.search(context):
        return (at,)
    later = at.replace(hour=at.hour + 12)
    evening, morning = _PM_WORDS.search(context), _AM_WORDS.search(context)
    if evening and not morning:
        return (later,)
    if morning and not evening:
        return (at,)
    return (later, at) if at.hour <= 6 else (at, later)
