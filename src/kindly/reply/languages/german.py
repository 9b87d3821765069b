"""What kindly writes in German: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in Germany expects them ("am Dienstag, 8. Dezember um 10 Uhr")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "am Dienstag, 8. Dezember um 14:30 Uhr", "um 10 Uhr" on the hour, on the 24-hour clock."""
    in_year = f" {year}" if year else ""
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"am {weekday}, {day}. {month}{in_year} um {at.hour}{minutes} Uhr"


# an hour said alone, with its own preposition: "um 12 Uhr", "ab 10 Uhr"
_AN_HOUR_ALONE = re.compile(r"(?:um|ab|von|gegen)\s", re.IGNORECASE)


def _their_day(said: str) -> str:
    """ "am Dienstag, den 8. Dezember um 12 Uhr", "am 8. Dezember", or "um 12 Uhr" as said."""
    return said if _AN_HOUR_ALONE.match(said) else f"am {said}"


def _clock(at: time) -> str:
    """ "9 Uhr", "11:30 Uhr"."""
    return f"{at.hour}:{at.minute:02d} Uhr" if at.minute else f"{at.hour} Uhr"


HOURS = HoursWords(
    at=_clock,
    between=lambda start, end: f"zwischen {_clock(start)} und {_clock(end)}",
    after=lambda start: f"ab {_clock(start)}",
    before=lambda end: f"vor {_clock(end)}",
    every=("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"),
    # not "werktags": a Werktag is any day but Sunday and holidays, Saturday too
    weekdays="montags bis freitags",
    both=" und ",
    days_first=True,
    activities={"meetings": "Termine", "calls": "Telefonate", "recordings": "Aufnahmen"},
)


GERMAN = Phrases(
    name="German",
    said={
        Decision.ACCEPT: "Ich sage sehr gerne zu.",
        Decision.ASK_DETAILS: "Das interessiert mich sehr. Könnten Sie mir Tag, Uhrzeit und Ort nennen?",
        Decision.DECLINE: "Leider ist das nichts, was ich annehmen kann.",
    },
    said_for={
        "has_provider": "Für diese Leistung arbeite ich bereits mit einem Anbieter meines Vertrauens zusammen und "
        "möchte derzeit nicht wechseln.",
        "not_a_fit": "Das ist derzeit nichts, wonach ich suche, daher sage ich ab.",
    },
    thanks="Vielen Dank für Ihre Nachricht.",
    on_the_day="Sehr gerne: Sie können {} mit mir rechnen.",
    their_day=_their_day,
    consultation="Sehr gerne vereinbare ich einen Beratungstermin mit Ihnen.",
    free_advice="Kostenlose Beratung per E-Mail biete ich nicht an, aber sehr gerne vereinbare ich einen "
    "Beratungstermin mit Ihnen.",
    which_day="Welcher Tag und welche Uhrzeit würden Ihnen passen?",
    would_suit="Würde es Ihnen {} passen?",
    either=" oder ",
    what_for="Vielen Dank für die Einladung. Könnten Sie mir etwas mehr über das Ziel erzählen?",
    other_times="Vielen Dank für die Einladung. {why} Würde es Ihnen {times} passen?",
    not_at_the_hour="Um {hour} kann ich leider nicht, denn für {what} bin ich nur {hours} frei.",
    not_on_the_day="An diesem Tag kann ich leider nicht.",
    hours=HOURS,
    hello="Hallo {},",
    hello_no_name="Guten Tag,",
    # "Sehr geehrte Frau Weber", "Guten Tag Frau Weber", "Liebe Frau Dr. Weber": the reader addressed as Frau or Herr
    formally=re.compile(
        r"sehr\s+geehrte[rn]?\b|(?:guten\s+(?:tag|morgen|abend)|liebe[r]?|hallo)\s+(?:frau|herr)\b",
        re.IGNORECASE,
    ),
    hello_formally="Guten Tag {},",
    closing="Viele Grüße",
    titles=frozenset("dr prof herr frau pfarrer pfarrerin pastor pastorin".split()),  # noqa: SIM905
    deadline=re.compile(r"^(?:bis)\b", re.IGNORECASE),
    weekdays={
        "Monday": "Montag",
        "Tuesday": "Dienstag",
        "Wednesday": "Mittwoch",
        "Thursday": "Donnerstag",
        "Friday": "Freitag",
        "Saturday": "Samstag",
        "Sunday": "Sonntag",
    },
    months={
        "January": "Januar",
        "February": "Februar",
        "March": "März",
        "April": "April",
        "May": "Mai",
        "June": "Juni",
        "July": "Juli",
        "August": "August",
        "September": "September",
        "October": "Oktober",
        "November": "November",
        "December": "Dezember",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "Vielen Dank für die Einladung, ich nehme gerne teil.",
        "DECLINED": "Vielen Dank für die Einladung, leider kann ich nicht teilnehmen.",
        "TENTATIVE": "Vielen Dank für die Einladung, ich melde mich dazu noch bei Ihnen.",
    },
    accept_marks=r"sehr gerne|würde es Ihnen|mit mir rechnen|nehme gerne teil|melde mich dazu",
    decline_marks=r"nichts, was ich annehmen kann|nicht wechseln|daher sage ich ab|nicht teilnehmen",
)
