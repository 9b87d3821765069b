"""The day a meeting is needed by: "Could we find 45 minutes before my interview on Dec 17?", "a call before
Friday", "ahead of the board meeting on the 9th", "by the 17th". Times proposed fall before it; it is not the
day to meet. "After the 17th" and a day only mentioned set none.

Pure: reads the sender's words against the day they wrote.
"""

from __future__ import annotations

import re
from datetime import date

from kindly.understand.days import WEEKDAY_SAID, named_day, weekday_said

# "before ...", "ahead of ...", "by ..." and the rest of its sentence, where the day is looked for
# (to the end of its clause: "before the holidays - say Tuesday, December 8" names the day to meet, not before)
_BEFORE = re.compile(r"\b(?P<word>before|ahead of|by)\s+(?P<rest>[^.!?;,:–—]{0,80})", re.IGNORECASE)
_DASH = re.compile(r"\s-\s")
# the sentence asks for time to meet: "Could we find 45 minutes", "a quick call", "to meet"
_TO_MEET = re.compile(
    r"\b(?:meet|meeting|call|chat|coffee|talk|speak|minutes|an hour|catch up|time|sit down)\b", re.IGNORECASE
)
# "before then", "before that", "beforehand": the day said in a sentence before
_THEN = re.compile(r"(?:then|that|it)\b", re.IGNORECASE)
_A_WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY_SAID.pattern}", re.IGNORECASE)
_THE_NTH = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", " ".join(text[:20_000].split()))


def _nth(number: int, written: date) -> date | None:
    """ "the 17th": the first such day of a month from the day written on."""
    year, month = written.year, written.month
    for _ in range(3):
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day > written:
            return day
        year, month = year + month // 12, month % 12 + 1
    return None


def _day_in(words: str, written: date, first_only: bool) -> date | None:
    """The day `words` name (a date, "the 17th", a weekday); with `first_only`, only one they open with ("by
    Friday", "by December 17", not "hosted by Acme on Friday")."""
    head = " ".join(words.split()[:3]) if first_only else words
    day = named_day(head, written)
    if day is not None:
        return day
    nth = _THE_NTH.match(words) if first_only else _THE_NTH.search(words)
    if nth is not None:
        return _nth(int(nth.group(1)), written)
    # a weekday opens the words, or (not first_only) stands anywhere in them as a word of its own
    weekday = WEEKDAY_SAID.match(words) if first_only else _A_WEEKDAY_WORD.search(words)
    return weekday_said(weekday, written) if weekday is not None else None


def needed_by(text: str, written: date) -> date | None:
    """The coming day a meeting the sender asks for must come before; None where they set none."""
    said: date | None = None  # the last day named so far: what "before then" points back to
    for sentence in _sentences(text):
        if _TO_MEET.search(sentence):
            for found in _BEFORE.finditer(sentence):
                rest, weak = _DASH.split(found.group("rest"))[0], found.group("word").lower() == "by"
                # "before then": the day named before; else the day its own words name
                day = said if not weak and _THEN.match(rest) else _day_in(rest, written, first_only=weak)
                if day is not None and day > written:
                    return day
        said = named_day(sentence, written) or said
    return None
