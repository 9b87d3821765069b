"""The shape of what kindly writes in a language besides English: one table per language (spanish.py, french.py)
of fixed, reviewed sentences and the names of days and months; reply/in_its_language.py writes every language by
it, so adding a language is adding its table. Never a translation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time

from kindly.model import Decision


@dataclass(frozen=True)
class HoursWords:
    """How a language tells the user's hours, to say why a time asked does not suit them (reply/hours_told.py)."""

    at: Callable[[time], str]  # the hour asked: "8 Uhr", "8 h", "a las 8:00", "às 8h"
    between: Callable[[time, time], str]  # "zwischen 9 Uhr und 11:30 Uhr", "entre las 9:00 y las 11:30"
    after: Callable[[time], str]  # "ab 9 Uhr", "a partir de las 9:00"
    before: Callable[[time], str]  # "vor 18 Uhr", "antes de las 18:00"
    every: tuple[str, ...]  # Monday to Sunday as a habit: "montags", "le lundi", "los lunes", "às segundas"
    weekdays: (
        str  # Monday to Friday: "montags bis freitags", "en semaine", "de lunes a viernes", "nos dias úteis"
    )
    both: str  # what joins the last two days: " und "
    days_first: bool  # "montags bis freitags ab 9 Uhr" in German, "à partir de 9 h en semaine" in French
    activities: Mapping[str, str]  # what the hours are for, by hours_are_for's English: "calls": "Telefonate"


@dataclass(frozen=True)
class Phrases:
    name: str  # as understand.language.language_of names the language: "Spanish"
    # the decisions a reply has a sentence for (any other is left undrafted), and the reasons a no says in its own
    said: Mapping[Decision, str]
    said_for: Mapping[str, str]  # by reason code: "has_provider", "not_a_fit"
    thanks: str  # "Muchas gracias por su mensaje."
    on_the_day: str  # a yes on the day the sender gave: "Con mucho gusto: cuente conmigo {}."
    # that day as the sender wrote it, with the preposition it takes: "el martes 8 de diciembre a las 10:00", or an
    # hour said alone as it is ("a las 10:00")
    their_day: Callable[[str], str]
    # a yes to a prospective client: a consultation, at the user's free times, or their day asked where none is free
    consultation: str
    free_advice: str  # ...where free advice was asked
    which_day: str
    would_suit: str  # "¿Le vendría bien {}?"
    either: str  # what joins two times: " o "
    what_for: str  # a question to a calendar invitation, whose day and place it gives
    # a yes to a calendar invitation at an hour or on a day the user does not meet: why it does not suit them
    # ("{why}") and the times proposed instead ("{times}"), as the English draft says it
    other_times: str
    # why: its hour ("{hour}") outside the user's hours ("{hours}") for what it is ("{what}": calls), or its day
    not_at_the_hour: str
    not_on_the_day: str
    hours: HoursWords
    hello: str  # "Hola {},"
    hello_no_name: str  # "Buenos días:"
    # a sender who wrote formally, by the opening of their mail ("Sehr geehrte Frau Weber", "Bonjour Madame
    # Gagnon", "Estimada licenciada"), is greeted by their whole name, in words that need no one's gender
    formally: re.Pattern[str]
    hello_formally: str  # "Guten Tag {},": "Guten Tag Jonas Keller,"
    closing: str  # "Saludos cordiales,"
    titles: frozenset[str]  # the titles a name opens with, greeted with the surname: "Padre Rivera"
    deadline: re.Pattern[str]  # a day to answer by, no day to meet on: "antes del 4 de diciembre"
    weekdays: Mapping[str, str]  # by the English name: "Tuesday": "martes"
    months: Mapping[str, str]
    # a time kindly proposes, from its weekday, day, month and year (or "") names in this language and its hour
    written_day: Callable[[str, str, str, str, time], str]
    # a calendar reply's comment, by its PARTSTAT ("ACCEPTED", "DECLINED", "TENTATIVE")
    calendar: Mapping[str, str]
    # what the draft checker knows a yes and an honest no by, in these sentences (reply/check.py)
    accept_marks: str
    decline_marks: str
