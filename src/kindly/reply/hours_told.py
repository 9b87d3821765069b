"""The user's hours told in another language, to say why a time asked does not suit them, as the English draft
does ("I'm only free for calls after 09:00": "für Telefonate bin ich nur ab 9 Uhr frei"): MeetingHours.said's
grouping, in a language's words (reply/languages/)."""

from __future__ import annotations

from datetime import time

from kindly.hours import MeetingHours, Window
from kindly.reply.languages.table import HoursWords

_DAY_END = time(23, 59)
_WEEKDAYS = frozenset(range(5))


def hours_told(words: HoursWords, hours: MeetingHours, either: str) -> str:
    """ "montags bis freitags zwischen 9 Uhr und 11:30 Uhr oder dienstags und donnerstags zwischen 14 Uhr und 16 Uhr", "à
    partir de 9 h": each stretch with its days, joined by `either` (" oder "); "" for no hours at all."""
    # a day a never-rule leaves whole limits nothing, unless every window is a whole day ("calls on Fridays")
    limited = [w for w in hours.windows if w.start > time(0) or w.end < _DAY_END] or list(hours.windows)
    by_days: dict[frozenset[int], list[Window]] = {}
    for window in limited:
        by_days.setdefault(window.days, []).append(window)
    told = []
    for days, windows in by_days.items():
        spans = either.join(filter(None, (_span(words, w) for w in sorted(windows, key=lambda w: w.start))))
        on = _days(words, days)
        told.append(" ".join(filter(None, (on, spans) if words.days_first else (spans, on))))
    return either.join(filter(None, told))


def _span(words: HoursWords, window: Window) -> str:
    if window.start == time(0) and window.end >= _DAY_END:
        return ""
    if window.end >= _DAY_END:
        return words.after(window.start)
    if window.start == time(0):
        return words.before(window.end)
    return words.between(window.start, window.end)


def _days(words: HoursWords, days: frozenset[int]) -> str:
    if len(days) >= 7:
        return ""
    if days == _WEEKDAYS:
        return words.weekdays
    names = [words.every[day] for day in sorted(days)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + words.both + names[-1]
