"""Why a day is out, in the user's own words: Isla's never-rule "meetings on Fridays - that's our build and playtest
day" keeps Fridays free, so an investor's calendar invitation for Friday 11 December at 15:00 is answered "Friday 11
December at 15:00 doesn't work for me, though - I keep Fridays free of meetings: that's our build and playtest day",
with times on other days - not with a list of her meeting hours, nor a week "spoken for" that leaves the Friday
unexplained.

Pure: reads a day and the never-rules' words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A rule about meetings (or calls) by their day: "meetings on Fridays", "calls at weekends".
_OF_MEETINGS = re.compile(r"\b(?:meetings?|calls?|coffees?)\b", re.IGNORECASE)
# A rule about a part of the day only: "on Friday or Saturday evenings", "after 6pm on Fridays".
_PART_OF_DAY = re.compile(
    r"\b(?:evenings?|mornings?|afternoons?|nights?|lunch\w*|after|before|until|\d)", re.IGNORECASE
)
# The reason a rule gives after its words: " - that's our build and playtest day", "(our build day)", ": family time".
_WHY = re.compile(r"(?:\s+[-–—]|\s*:)\s+(?P<a>.+)$|\s*\((?P<b>[^)]+)\)\s*$")


def day_kept_free(day: date, rules: Sequence[str]) -> str:
    """The user's reason a day is kept free of meetings ("I keep Fridays free of meetings: that's our build and
    playtest day"; "free of calls" for "calls on Fridays"), from a never-rule that names meetings or calls on that
    weekday (or at weekends) and says why; "" where none does (the user's hours then tell which days are out)."""
    name = _DAY_NAMES[day.weekday()]
    for rule in rules:
        if not (kind := _OF_MEETINGS.search(rule)) or _PART_OF_DAY.search(_WHY.sub("", rule)):
            continue  # "meetings on Friday evenings" keeps a Friday morning open
        what = kind.group(0).lower().rstrip("s") + "s"  # "calls on Fridays" keeps them free of calls
        if re.search(rf"\b{name}s?\b", rule, re.IGNORECASE):
            days = f"{name.capitalize()}s"
        elif day.weekday() >= 5 and re.search(r"\bweekends?\b", rule, re.IGNORECASE):
            days = "weekends"
        else:
            continue
        why = _WHY.search(rule)
        if why is None:
            continue  # no reason of theirs to give: the hours they meet in say which days are out
        reason = (why.group("a") or why.group("b")).strip().rstrip(".")
        return f"I keep {days} free of {what}: {reason}."
    return ""
