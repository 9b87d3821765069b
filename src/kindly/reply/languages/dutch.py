"""What kindly writes in Dutch: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in the Netherlands expects them ("woensdag 2 december om 10.00 uur"), to the
sender as "u", in words that need no one's gender ("Geachte Pieter Jansen", not "Geachte heer Jansen")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "dinsdag 8 december om 14.30 uur", "om 10.00 uur" on the hour, on the 24-hour clock."""
    in_year = f" {year}" if year else ""
    return f"{weekday} {day} {month}{in_year} om {at.hour}.{at.minute:02d} uur"


# an hour said alone, with its own preposition: "om 12.00 uur", "vanaf 10 uur"
_AN_HOUR_ALONE = re.compile(r"(?:om|vanaf)\s", re.IGNORECASE)


def _their_day(said: str) -> str:
    """ "op dinsdag 8 december om 12.00 uur", "op 8 december", or "om 12.00 uur" said alone as it is."""
    return said if _AN_HOUR_ALONE.match(said) else f"op {said}"


def _clock(at: time) -> str:
    """ "9.00", "11.30" (the 24-hour clock, "uur" after it)."""
    return f"{at.hour}.{at.minute:02d}"


HOURS = HoursWords(
    at=lambda at: f"{_clock(at)} uur",
    between=lambda start, end: f"tussen {_clock(start)} en {_clock(end)} uur",
    after=lambda start: f"vanaf {_clock(start)} uur",
    before=lambda end: f"vóór {_clock(end)} uur",
    every=(
        "op maandag",
        "op dinsdag",
        "op woensdag",
        "op donderdag",
        "op vrijdag",
        "op zaterdag",
        "op zondag",
    ),
    weekdays="op werkdagen",
    both=" en ",
    days_first=True,
    activities={"meetings": "afspraken", "calls": "gesprekken", "recordings": "opnames"},
)


DUTCH = Phrases(
    name="Dutch",
    said={
        Decision.ACCEPT: "Daar ga ik graag op in.",
        Decision.ASK_DETAILS: "Dat spreekt mij erg aan. Kunt u mij de dag, het tijdstip en de locatie laten weten?",
        Decision.DECLINE: "Helaas is dit niet iets waar ik op in kan gaan.",
    },
    said_for={
        "has_provider": "Voor deze dienst werk ik al met een vertrouwde leverancier, dus ik wil op dit moment niet "
        "overstappen.",
        "not_a_fit": "Dit is op dit moment niet iets waar ik naar op zoek ben, dus ik zie ervan af.",
    },
    thanks="Hartelijk dank voor uw bericht.",
    on_the_day="Graag: u kunt {} op mij rekenen.",
    their_day=_their_day,
    consultation="Ik plan graag een adviesgesprek met u in.",
    free_advice="Gratis advies per e-mail geef ik niet, maar ik plan graag een adviesgesprek met u in.",
    which_day="Welke dag en welk tijdstip zouden u het beste uitkomen?",
    would_suit="Komt {} u uit?",
    either=" of ",
    what_for="Dank u wel voor de uitnodiging. Kunt u mij iets meer vertellen over het doel ervan?",
    other_times="Dank u wel voor de uitnodiging. {why} Komt {times} u uit?",
    not_at_the_hour="Om {hour} kan ik helaas niet, want voor {what} ben ik alleen {hours} beschikbaar.",
    not_on_the_day="Die dag komt mij helaas niet uit.",
    hours=HOURS,
    hello="Beste {},",
    hello_no_name="Goedendag,",
    # "Geachte mevrouw De Vries", "Beste mevrouw De Vries", "Goedemorgen meneer Jansen": the reader addressed as
    # mevrouw or meneer
    formally=re.compile(
        r"geachte\b|(?:beste|goedendag|goedemorgen|goedemiddag|hallo),?\s+(?:mevrouw|mevr|meneer|heer|dhr|dr|drs"
        r"|ir|mr)\b",
        re.IGNORECASE,
    ),
    hello_formally="Geachte {},",
    closing="Met vriendelijke groet,",
    titles=frozenset("dr drs ir mr prof ds dominee pastoor".split()),  # noqa: SIM905
    deadline=re.compile(r"^(?:uiterlijk|vóór|voor)\b", re.IGNORECASE),
    weekdays={
        "Monday": "maandag",
        "Tuesday": "dinsdag",
        "Wednesday": "woensdag",
        "Thursday": "donderdag",
        "Friday": "vrijdag",
        "Saturday": "zaterdag",
        "Sunday": "zondag",
    },
    months={
        "January": "januari",
        "February": "februari",
        "March": "maart",
        "April": "april",
        "May": "mei",
        "June": "juni",
        "July": "juli",
        "August": "augustus",
        "September": "september",
        "October": "oktober",
        "November": "november",
        "December": "december",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "Dank u wel voor de uitnodiging, ik neem graag deel.",
        "DECLINED": "Dank u wel voor de uitnodiging, helaas kan ik niet aanwezig zijn.",
        "TENTATIVE": "Dank u wel voor de uitnodiging, ik kom hier nog bij u op terug.",
    },
    accept_marks=r"ga ik graag op in|plan graag|u uit|op mij rekenen|neem graag deel|bij u op terug",
    decline_marks=r"niet iets waar ik op in kan gaan|niet overstappen|zie ervan af|niet aanwezig zijn",
)
