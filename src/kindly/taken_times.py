"""Times that drafts offer or a sender fixed, held so no two drafts offer the same hour (kindly.services uses them
while a triage runs; the web page when it writes a draft again)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kindly import clock
from kindly.decide.words import fold
from kindly.freed_times import drafts_still_offering
from kindly.model import Draft, Message, Verdict
from kindly.reply.acceptance import Taken
from kindly.store.repository import Repository


@dataclass(frozen=True)
class Meeting:
    """A draft of this run that sets a time with someone: whom (their address, their name), in which thread."""

    address: str
    name: str
    thread_id: str
    draft: Draft
    verdict: Verdict
    variant: int
    # where they were answered: the draft's channel, or "calendar" for the yes to their calendar invitation (sent
    # by e-mail, but they know it as the invitation: "I've answered your invitation about when to meet")
    answered_in: str = ""

    def same_person(self, other: Meeting) -> bool:
        """The same address, or where one of them has none (a LinkedIn note), the same full name."""
        if "@" in self.address and "@" in other.address:
            return self.address.lower() == other.address.lower()
        name = fold(self.name)
        return len(name.split()) > 1 and name == fold(other.name)


# Where the person was answered with a time, by the channel of that draft.
_CHANNEL_SAID = {"email": "e-mail", "linkedin": "LinkedIn message", "sms": "text", "calendar": "invitation"}


def times_answered_elsewhere(draft: Draft, channel: str, tone: str = "warm") -> Draft:
    """`draft` with the sentence that offers its times said as answered in the other conversation ("Would Monday,
    December 7 at 9:00 am or ... work for you?" -> "I've answered your e-mail about when to meet.")."""
    where = _CHANNEL_SAID.get(channel, f"message on {channel.capitalize()}")
    have = "I have" if tone == "formal" else "I've"
    said = f"{have} answered your {where} about when to meet."
    text = draft.text
    at = text.find(draft.times[0])
    if at < 0:
        return replace(draft, times=())
    start = max(text.rfind(mark, 0, at) for mark in (". ", "? ", "! ", "\n")) + 1
    ends = [found for mark in ".?!\n" if (found := text.find(mark, at + len(draft.times[-1]))) >= 0]
    end = min(ends) + 1 if ends else len(text)
    sentence = text[start:end]
    dash = sentence.find(" - ")
    if 0 <= dash < at - start:  # "I'd be glad to talk - would Friday ... work for you?": the yes is kept
        new = f"{sentence[:dash]} - {said}"  # "I've" keeps its capital after the dash
    else:
        new = f"{' ' if sentence.startswith(' ') else ''}{said}"
    return replace(draft, text=f"{text[:start]}{new}{text[end:]}", times=())


@dataclass(frozen=True)
class Proposal:
    """The times a draft of this run only proposes ("Would Thursday at 12:30 pm work for you?"), to whom, and how
    that draft is written again with other times where a sender fixes one of them for something else."""

    thread_id: str
    sender: str
    times: tuple[str, ...]
    write: Callable[[TakenTimes], Draft | None]
    target: Message
    verdict: Verdict
    variant: int
    moment: datetime | None

    def moments(self) -> list[tuple[str, int]]:
        return [moment for slot in self.times if (moment := slot_moment(slot)) is not None]


# How far back a draft for another message, not yet sent or sent, holds the times it offers.
OTHER_DRAFTS_FOR = timedelta(days=30)


def add_offered(
    offered: dict[str, list[tuple[int, str, str]]], text: str, thread_id: str, sender: str
) -> None:
    for found in SLOT.finditer(text):
        day, minutes = moment_of(found)
        offered.setdefault(day, []).append((minutes, thread_id, sender.lower()))


def taken_by_stored_drafts(
    repo: Repository, thread_id: str, sender: str, busy: Container[str] = frozenset()
) -> TakenTimes:
    """The times the stored drafts of the last weeks offer to others than this thread and sender, and those her
    calendar has `busy`: a draft written again later (another tone, a decision set by the user) offers none of
    them, as triage's would not."""
    offered: dict[str, list[tuple[int, str, str]]] = {}
    for text, thread, to in drafts_still_offering(repo, clock.now() - OTHER_DRAFTS_FOR):
        add_offered(offered, text, thread, to)
    return TakenTimes(offered, (), thread_id, sender, busy=busy)


class TakenTimes(Taken):
    """Times already offered to someone else: by this run's drafts, and by drafts stored earlier (a DM pasted in a
    run of its own is not offered the time another run's draft offers). A time within the hour of one offered on
    the same day is taken too (14:30 overlaps a coffee at 14:00). Times offered in this message's own thread, or
    to its sender, are theirs to take: "Wednesday at 2:30 pm works for me" confirms the time kindly offered."""

    def __init__(
        self,
        offered: dict[str, list[tuple[int, str, str]]],
        passed_over: Iterable[str] = (),
        thread_id: str = "",
        sender: str = "",
        proposed: AbstractSet[tuple[str, int, str, str]] = frozenset(),
        busy: Container[str] = frozenset(),
        days_out: Iterable[date] = (),
    ) -> None:
        self._offered = offered
        self._passed_over = frozenset(passed_over)
        self._busy = busy  # the times her calendar has busy: no one's to take, whoever offered them
        self._days_out = frozenset(
            day_key(day) for day in days_out
        )  # days the sender said no longer work for them
        self._thread_id = thread_id
        self._sender = sender.lower()
        self._proposed = proposed  # (day, minutes, thread, sender) this run's drafts only propose

    def booked(self) -> TakenTimes:
        """These times less those this run's drafts only propose: a time the sender fixed takes them."""
        kept = {
            day: [
                (at, thread, to) for at, thread, to in entries if (day, at, thread, to) not in self._proposed
            ]
            for day, entries in self._offered.items()
        }
        # (a time the sender fixed is theirs, whatever day they said no longer works: no days out)
        return TakenTimes(kept, self._passed_over, self._thread_id, self._sender, busy=self._busy)

    def __contains__(self, slot: object) -> bool:
        if not isinstance(slot, str):
            return False
        if slot in self._passed_over:
            return True
        moment = slot_moment(slot)
        return (moment is not None and moment[0] in self._days_out) or self.held(slot)

    def held(self, slot: str) -> bool:
        """Her calendar has `slot` busy, or a draft to someone else offers it (within the hour)."""
        if slot in self._busy:
            return True
        moment = slot_moment(slot)
        if moment is None:
            return False
        day, minutes = moment
        return any(
            abs(minutes - at) < OVERLAP_MINUTES
            and thread != self._thread_id
            and (not sender or sender != self._sender)
            for at, thread, sender in self._offered.get(day, ())
        )


OVERLAP_MINUTES = 60  # a meeting offered takes about an hour
# A slot as drafts write it: "Tuesday 8 December at 14:00", "Tuesday, December 8 at 2:30 pm", "Tuesday, December 8,
# from 7:00 to 8:30 am".
SLOT = re.compile(
    r"\b(?P<weekday>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]{3})[a-z]*|"
    r"(?P<m2>[a-z]{3})[a-z]*\s+(?P<d2>\d{1,2})),?\s+(?:at|from)\s+(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<ap>am|pm)?",
    re.IGNORECASE,
)


def moment_of(found: re.Match[str]) -> tuple[str, int]:
    day = f"{found['weekday'].lower()} {found['d1'] or found['d2']} {(found['m1'] or found['m2']).lower()}"
    hour, ap = int(found["h"]), (found["ap"] or "").lower()
    hour = hour % 12 + (12 if ap == "pm" else 0) if ap else hour
    return day, hour * 60 + int(found["min"] or 0)


_WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def day_key(day: date) -> str:
    """A day as `moment_of` names it ("tues 8 dec")."""
    return f"{_WEEKDAY_STEMS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def slot_moment(slot: str) -> tuple[str, int] | None:
    found = SLOT.search(slot)
    return moment_of(found) if found else None
