"""A client's yes in the terms they asked: a paid booking, and a question whether the user offers the work.

The yes to a paid booking is the slot itself, on its own day, not a call about it.

"Our Thursday pianist cancelled for Dec 10, 7-10pm, $300 + tips. Want it?" or "a solo jazz pianist for the
reception (7-9 pm) on March 4. Budget is $900. Are you available, and could you send a sample set list?" asks
the user to do the work on that day, at hours that are the work's, not the user's hours for meetings. The yes says
the day works and gives what was asked for; a booking whose sender asks for a call first is a client's call, left
to the usual yes with its times.

"Do you give lessons?" or "Would you have room for a new student?" asks whether the user does the work a goal of
finding clients sells (decide.client_need.service_asked_of_you): the yes says so in their words ("Yes, I give
lessons.") before any time to meet.
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date, datetime, tzinfo

from kindly.decide.bookings import booking_paid
from kindly.decide.client_need import service_asked_of_you
from kindly.model import Message
from kindly.profile import Profile
from kindly.reply.acceptance import meeting_day, missed_day, open_slots
from kindly.understand.extract import Details

# A call or a meeting asked for first: "could we hop on a call?", "happy to chat", "meet for a coffee to discuss".
_A_CALL_FIRST = re.compile(
    r"\b(?:call|chat|zoom|meet|meeting|coffee|discuss|talk\s+(?:it\s+)?(?:through|over))\b", re.IGNORECASE
)
# Whether the user is free that day: "Are you available?", "are you free that night?".
_ASKS_IF_FREE = re.compile(r"\b(?:are|r)\s+(?:you|u)\s+(?:free|available|around)\b", re.IGNORECASE)
# Something of the user's asked for: "could you send a sample set list?", "can you send me your rider".
_SEND_ASKED = re.compile(
    r"\b(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?send\s+(?:me\s+|us\s+|over\s+)?"
    r"((?:a|an|the|your|some)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)(?=\s*[?.!,]|\s+(?:and|by|before|to|for)\b|\s*$)",
    re.IGNORECASE,
)


def booking_yes(
    message: Message,
    details: Details,
    today: datetime,
    off: Container[date] = frozenset(),
    zone: tzinfo | None = None,
    formal: bool = False,
) -> str:
    """The yes to a paid booking on the one day it names ("I'd be glad to take it - Dec 10, 7-10pm works for
    me."), with what they asked to be sent promised ("I'll send a sample set list over shortly."); "" where it is
    no paid booking, a call is asked first, or its day is not one the user can say yes to (gone by, a day off,
    several to choose from)."""
    said = f"{message.subject}\n{message.own_text}"
    if not booking_paid(said) or _A_CALL_FIRST.search(message.own_text):
        return ""
    when = details.event_date or details.when
    if not when or " or " in when or meeting_day(message, today, details) is None:
        return ""
    if missed_day(message, when, today) is not None or not open_slots(when, today, off, True, zone):
        return ""
    glad = "I would be glad" if formal else "I'd be glad"
    joined = " ".join(message.own_text.split())
    if _ASKS_IF_FREE.search(joined):
        yes = (
            f"Yes, I am available on {when}, and {glad} to do it."
            if formal
            else (f"Yes, I'm available on {when}, and {glad} to do it.")
        )
    else:
        yes = f"{glad} to take it - {when} works for me."
    if sent := _SEND_ASKED.search(joined):
        what = re.sub(r"^your\b", "my", " ".join(sent.group(1).split()), flags=re.IGNORECASE)
        yes += f" I will send {what} over shortly." if formal else f" I'll send {what} over shortly."
    return yes


# The question of what the user does, turned into its answer: "do you still give" -> "I give", "are you taking"
# -> "I'm taking", "would you have room for" -> "I have room for".
_ASKED_AS = re.compile(
    r"^(?:(?P<do>do|would)\s+you(?:\s+(?:still|currently|also|ever|now|usually|happen\s+to))?|"
    r"(?P<are>are)\s+you(?:\s+(?:still|currently|also|now))?)\s+",
    re.IGNORECASE,
)


def service_yes(profile: Profile, text: str, formal: bool = False) -> str:
    """ "Yes, I give lessons - I'd be glad to find a time." to "Do you give lessons?", in the sender's words, where the question asks whether the
    user offers what a find-clients goal sells; "" otherwise."""
    asked = service_asked_of_you(profile, text)
    found = _ASKED_AS.match(asked)
    if found is None:
        return ""
    rest = asked[found.end() :]
    rest = re.sub(r"\byour\b", "my", re.sub(r"\bhave\s+any\b", "have", rest, flags=re.IGNORECASE), flags=re.I)
    glad = "I would be glad to find a time" if formal else "I'd be glad to find a time"
    if found.group("are"):
        return f"Yes, I am {rest}, and {glad}." if formal else f"Yes, I'm {rest} - {glad}."
    return f"Yes, I {rest}, and {glad}." if formal else f"Yes, I {rest} - {glad}."


def visit_yes(visit: str, formal: bool = False) -> str:
    """ "I'd be glad to come and take a look." to a client who asks the user to come and see their project ("could
    you swing by to look at our kitchen?": `visit`, as assess.site_visit_in read it), before the times; ""
    otherwise."""
    if not visit:
        return ""
    return "I would be glad to come and take a look." if formal else "I'd be glad to come and take a look."


# When the client says the work itself would be, later than a working day's meetings: "Could do a weekday after
# school", "weekdays after work suit me best" - the lessons' time, not when the user meets for a first call.
_AFTER_THE_DAY = re.compile(r"\bafter\s+(?P<what>school|work|class|classes|college|uni)\b", re.IGNORECASE)


def after_their_day(text: str) -> str:
    """What the client's time for the work comes after ("school" of "Could do a weekday after school"), or ""."""
    found = _AFTER_THE_DAY.search(text[:20_000])
    return found.group("what").lower() if found else ""
