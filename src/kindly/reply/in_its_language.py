"""A short reply in the language of a mail kindly decided, where it has a table of phrases for it
(reply/languages/: Spanish, French, German, Portuguese, Italian, Dutch): fixed, reviewed sentences (thanks, a yes
with the day the sender gave, a request for the day and hour, a polite no), never a translation. kindly reads only
a few ideas of these languages (understand/languages/), so it writes only what these sentences say."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time, timedelta

from kindly.decide.plain_mail import answers_in
from kindly.hours import MeetingHours, clock_read
from kindly.model import Decision, DecisionMark, Event, Intent, Message, Verdict
from kindly.profile import Profile
from kindly.reply.acceptance import asked_span, part_of_day
from kindly.reply.calendar_reply import (
    PartStat,
    asked_activities,
    comment_for,
    invitation_hours,
    partstat_for,
)
from kindly.reply.hours_told import hours_told
from kindly.reply.languages import WRITTEN, Phrases
from kindly.reply.slot_wording import hours_are_for
from kindly.understand.extract import extract
from kindly.understand.language import language_of, moments_and_places, names_its_hour, reads_as_english
from kindly.understand.languages import READ
from kindly.understand.plain_forms import (
    day_named_by_next_week,
    days_that_suit,
    ideas_in,
    weeks_ahead,
    words_of,
)
from kindly.understand.week_after import week_after
from kindly.zones import start_weighed

# a time kindly proposes, as reply.acceptance.written_day writes it: "Tuesday 8 December at 10:00", "Tuesday,
# December 8, 2027 at 2:30 pm" (anchored and without nested repeats: it reads only kindly's own short slots)
_SLOT = re.compile(
    r"^(?P<weekday>[A-Z][a-z]+),? (?:(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)|(?P<us_month>[A-Z][a-z]+) "
    r"(?P<us_day>\d{1,2}))(?:,? (?P<year>\d{4}))? at (?P<at>.+)$"
)


def phrases_for(message: Message) -> Phrases | None:
    """The phrases of the language a mail is written in, where kindly writes in it (not English); a calendar
    invitation by its title and note, as its calendar reply is (calendar_reply.comment_for)."""
    text = message.own_text
    if message.event is not None:
        text = f"{message.event.summary}\n{message.event.description}"
    return None if reads_as_english(text) else WRITTEN.get(language_of(text))


def step_of(verdict: Verdict) -> str:
    """The step the reply in another language takes, as the draft checker reads it: a no is an honest reason."""
    return "honest_reason" if verdict.decision is Decision.DECLINE else verdict.decision.value


def reply_in(
    phrases: Phrases,
    message: Message,
    verdict: Verdict,
    profile: Profile,
    intent: str,
    first_name: str,
    signature: str,
    times: Sequence[str] = (),
) -> str | None:
    """The reply in `phrases`' language for a decision on a mail in it, or None where there is no fixed sentence
    for it (`intent`: what the model read the message as, which weighs a calendar invitation's hour; `times`: the
    user's free times a yes to a prospective client, or to a calendar invitation at an hour they do not meet,
    proposes, as kindly writes them in English)."""
    said = phrases.said.get(verdict.decision)
    if said is None:
        return None
    if message.event is not None and times and verdict.decision is Decision.ACCEPT:
        # an invitation at an hour the user does not meet: why, and the times proposed instead, as the English
        # draft says them
        said = phrases.other_times.format(
            why=_why_not_then(phrases, message, message.event, profile, intent),
            times=phrases.either.join(slot_in(phrases, slot) for slot in times),
        )
        return _letter(phrases, message, said, first_name, signature)
    if message.event is not None:
        said = _to_the_invitation(phrases, message, message.event, verdict, profile, intent) or said
        return _letter(phrases, message, said, first_name, signature)
    if verdict.decision is Decision.DECLINE:
        said = phrases.said_for.get(verdict.reason_code, said)
    if client := _client_yes(phrases, message, verdict, profile, times):
        said = client
    elif verdict.decision is Decision.ACCEPT:
        days = [
            seen
            for seen in moments_and_places(message.own_text)
            if names_its_hour(seen) and not phrases.deadline.match(seen)
        ]
        if days:
            said = phrases.on_the_day.format(phrases.their_day(days[0]))
    return _letter(phrases, message, f"{phrases.thanks} {said}", first_name, signature)


def _why_not_then(phrases: Phrases, message: Message, event: Event, profile: Profile, intent: str) -> str:
    """Why an invitation's time does not suit the user, as the English draft says it: its hour, outside their hours
    for what it is ("Um 8 Uhr kann ich leider nicht, denn für Telefonate bin ich nur ab 9 Uhr frei."), else its
    day (a weekend, a day off)."""
    start = start_weighed(event, profile.user.zone, message.date_offset)
    asked = Intent(intent) if intent in set(Intent) else None
    activities = asked_activities(extract(message, asked).format, message)
    hours = profile.hours_for(activities)
    told = hours_told(phrases.hours, hours, phrases.either)
    if start is None or not hours.outside(start) or not told:
        return phrases.not_on_the_day
    what = phrases.hours.activities[hours_are_for(profile, activities)]
    return phrases.not_at_the_hour.format(hour=phrases.hours.at(start.time()), what=what, hours=told)


def _letter(phrases: Phrases, message: Message, said: str, first_name: str, signature: str) -> str:
    """The reply around what it says: a greeting ("Hola Padre Rivera," for "Padre Tomás Rivera", "Buenos días:"
    where no one is named; "Guten Tag Jonas Keller," to a sender who wrote "Sehr geehrte Frau Weber") and the
    closing."""
    words = message.from_name.split()
    titled = len(words) >= 2 and words[0].rstrip(".").casefold() in phrases.titles
    if titled:
        first_name = f"{words[0]} {words[-1]}"
    if first_name and written_formally(phrases, message.own_text):
        # their register, by their whole name: "Herr Keller" would need a gender kindly never guesses
        whole = first_name if titled or len(words) < 2 or words[0] != first_name else " ".join(words[:4])
        greeting = phrases.hello_formally.format(whole)
    else:
        greeting = phrases.hello.format(first_name) if first_name else phrases.hello_no_name
    return f"{greeting}\n\n{said}\n\n{phrases.closing}\n{signature}"


def written_formally(phrases: Phrases, text: str) -> bool:
    """Whether a mail opens formally in `phrases`' language: its greeting, the first line that says anything
    ("Sehr geehrte Frau Weber,", "Bonjour Madame Gagnon,", "Estimada licenciada Herrera,")."""
    opening = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return phrases.formally.match(opening[:120]) is not None


def _to_the_invitation(
    phrases: Phrases, message: Message, event: Event, verdict: Verdict, profile: Profile, intent: str
) -> str:
    """What a reply to a calendar invitation says: the sentence its calendar reply carries (a yes, a no, or a yes
    at an hour outside the user's, answered later), so that the two never differ; for a question, what the
    invitation is for."""
    if verdict.decision is Decision.ASK_DETAILS:
        return phrases.what_for
    partstat = _partstat(message, event, verdict, profile, intent)
    return comment_for(event, partstat, "") if partstat is not None else ""


def _partstat(
    message: Message, event: Event, verdict: Verdict, profile: Profile, intent: str
) -> PartStat | None:
    """The calendar reply's answer to an invitation under this decision, in the user's hours, zone and days off."""
    return partstat_for(
        verdict.decision,
        event,
        invitation_hours(profile, message, intent),
        intent,
        profile.user.zone,
        message.date_offset,
        profile.user.off,
    )


def proposes_other_times(message: Message, verdict: Verdict, profile: Profile, intent: str) -> bool:
    """Whether the draft to a calendar invitation proposes other times: a yes at an hour or on a day the user does
    not meet (its calendar reply is TENTATIVE, in its language): the times its English draft proposes, written in
    its language (or, where there are none, the calendar reply's holding line)."""
    event = message.event
    if event is None or verdict.decision is not Decision.ACCEPT:
        return False
    partstat = _partstat(message, event, verdict, profile, intent)
    return partstat is PartStat.TENTATIVE


def client_consultation(verdict: Verdict) -> bool:
    """Whether the reply is a yes to a prospective client's consultation: the one that proposes times."""
    return verdict.decision is Decision.ACCEPT and DecisionMark.CLIENT_CONSULTATION in verdict.marks


def _client_yes(
    phrases: Phrases, message: Message, verdict: Verdict, profile: Profile, times: Sequence[str]
) -> str:
    """The yes to a prospective client: a consultation (instead of the free advice asked), the user's answers they
    wrote in this language, and the user's free `times` proposed (each one `slot_in` writes), or where there are
    none the day that suits them asked; "" for any other decision."""
    if not client_consultation(verdict):
        return ""
    opening = phrases.free_advice if DecisionMark.PAID_INSTEAD in verdict.marks else phrases.consultation
    answers, _unsaid = answers_in(profile, ideas_in(message.own_text), READ[phrases.name].code)
    said = [slot_in(phrases, slot) for slot in times]
    which = phrases.would_suit.format(phrases.either.join(said)) if said else phrases.which_day
    return " ".join((opening, *answers, which))


def slot_in(phrases: Phrases, slot: str) -> str:
    """A time kindly proposes, written in `phrases`' language from its fixed tables: "Tuesday, December 8 at 2:30
    pm" -> "el martes 8 de diciembre a las 14:30", "le mardi 8 décembre à 14 h 30"; "" where `slot` is not one of
    kindly's own."""
    found = _SLOT.match(slot)
    at = clock_read(found.group("at")) if found else None
    if found is None or at is None:
        return ""
    weekday = phrases.weekdays.get(found.group("weekday"))
    month = phrases.months.get(found.group("month") or found.group("us_month"))
    if weekday is None or month is None:
        return ""
    day = found.group("day") or found.group("us_day")
    return phrases.written_day(weekday, day, month, found.group("year") or "", at)


_WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
)  # as plain_forms.days_that_suit names them


def days_said_to_suit(message: Message, hours: MeetingHours) -> tuple[str, ...]:
    """The days and parts of the day a sender says suit them, in a language kindly has a table for ("Puedo los
    martes por la tarde o el jueves": ("Tuesday afternoon", "Thursday")), those the user's `hours` meet at all;
    none where they never do ("le mercredi après-midi" to a user who meets on Wednesday mornings only): a client
    is offered the user's first free times then, not times six weeks out."""
    words = words_of(message.own_text)
    said = days_that_suit(words, message.own_text) if words is not None else ()
    return tuple(preferred for preferred in said if _met(preferred, hours))


def week_said(message: Message, written: date) -> date | None:
    """The Monday of the week a sender asks to meet in, in a language kindly has a table for ("nächste Woche",
    "la semaine prochaine", "el próximo martes": the week after the one they wrote in, as English "next week" is
    read; "übernächste Woche" the one after that; "la semaine d'après Noël", "die Woche nach der Messe" the week
    after the day of what they name, understand/week_after.py), or None where they ask for none."""
    after = week_after(message.own_text, written)
    if after is not None and after.monday is not None:
        return after.monday
    words = words_of(message.own_text)
    ahead = weeks_ahead(words, message.own_text) if words is not None else 0
    return written - timedelta(days=written.weekday() - 7 * ahead) if ahead else None


def week_left_unknown(message: Message, written: date) -> str:
    """What a sender asks to meet the week after, where the mail gives no day for it ("le congrès" of "la semaine
    d'après le congrès", "the fair" of "the week after the fair"), or "": kindly cannot tell that week, and a reply
    asks rather than guessing one."""
    after = week_after(message.own_text, written)
    return after.after if after is not None and after.monday is None else ""


def this_weeks_day_too(message: Message, written: date, today: date, preferred: Sequence[str]) -> date | None:
    """The Monday of the week a sender wrote in, where the day they asked for by "next" ("el próximo martes",
    "nächsten Dienstag", "mardi prochain", in `preferred` as "Tuesday") falls later in that week and is still to
    come after `today`: kindly reads it as English "next Tuesday" (days.weekday_said: on a Monday, the week
    after), but many mean tomorrow's Tuesday by it, so a careful reply offers a time on each and lets them pick.
    None where the reading is plain (written on a Thursday, "next Tuesday" is the coming one either way)."""
    words = words_of(message.own_text)
    if words is None or not day_named_by_next_week(words, message.own_text):
        return None
    days = {n for said in preferred for n, name in enumerate(_WEEKDAYS) if name in said}
    monday = written - timedelta(days=written.weekday())
    if len(days) != 1 or monday + timedelta(days=days.pop()) <= max(written, today):
        return None
    return monday


def _met(preferred: str, hours: MeetingHours) -> bool:
    days = [n for n, name in enumerate(_WEEKDAYS) if name in preferred] or list(range(5))
    part = part_of_day(preferred)
    span = (asked_span(preferred, part) if part else None) or (time(0), time(23, 59))
    return hours.meets_in(span, days)
