"""What kindly writes in Italian: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in Italy expects them ("martedì 1 dicembre alle 10"), to the sender as "Lei",
in words that need no one's gender ("Sono a Sua disposizione", not "Sarò lieto" or "Sarò lieta")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _clock(at: time, article: str) -> str:
    """ "alle 9", "dalle 11:30", and one o'clock elided as said: "all'una", "dall'una", "prima dell'una"."""
    if at.hour != 1:
        return f"{article} {at.hour}:{at.minute:02d}" if at.minute else f"{article} {at.hour}"
    elided = article.removesuffix("le")
    return f"{elided}l'1:{at.minute:02d}" if at.minute else f"{elided}l'una"


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "martedì 8 dicembre alle 14:30", "alle 10" on the hour, "all'una", on the 24-hour clock."""
    in_year = f" {year}" if year else ""
    return f"{weekday} {day} {month}{in_year} {_clock(at, 'alle')}"


# the sender's day as kindly reads it (understand.language.moments_and_places): a date said first, an hour after a
# comma ("giovedì 10 dicembre, ore 18:30"), an hour said alone ("alle 12", "ore 12")
_DATE_FIRST = re.compile(r"\d")
_AN_HOUR_AFTER = re.compile(r",?\s+ore\s+", re.IGNORECASE)
_AN_HOUR_ALONE = re.compile(r"(?:alle|dalle|all['’])\s", re.IGNORECASE)


def _their_day(said: str) -> str:
    """ "martedì 8 dicembre alle 12" as said (a weekday takes no article), "l'8 dicembre alle 12", "l'1
    dicembre", "il 10 dicembre", "alle 12" said alone as it is; "ore 12" read "alle 12"."""
    said = _AN_HOUR_AFTER.sub(" alle ", f" {said}").strip()
    if _AN_HOUR_ALONE.match(said) or not _DATE_FIRST.match(said):
        return said
    day = said.split()[0]
    return f"l'{said}" if day in ("1", "8", "11") else f"il {said}"


HOURS = HoursWords(
    at=lambda at: _clock(at, "alle"),
    between=lambda start, end: f"{_clock(start, 'dalle')} {_clock(end, 'alle')}",
    after=lambda start: f"a partire {_clock(start, 'dalle')}",
    before=lambda end: f"prima {_clock(end, 'delle')}",
    every=("il lunedì", "il martedì", "il mercoledì", "il giovedì", "il venerdì", "il sabato", "la domenica"),
    # not "nei giorni feriali": in Italian those are Monday to Saturday
    weekdays="dal lunedì al venerdì",
    both=" e ",
    days_first=True,
    # with their article: "per le chiamate", "per gli incontri"
    activities={"meetings": "gli incontri", "calls": "le chiamate", "recordings": "le registrazioni"},
)


ITALIAN = Phrases(
    name="Italian",
    said={
        Decision.ACCEPT: "Accetto con piacere.",
        Decision.ASK_DETAILS: "Mi interessa molto. Potrebbe indicarmi il giorno, l'ora e il luogo?",
        Decision.DECLINE: "Purtroppo non è qualcosa che posso accettare.",
    },
    said_for={
        "has_provider": "Per questo servizio mi affido già a un fornitore di fiducia, quindi al momento non "
        "intendo cambiare.",
        "not_a_fit": "Al momento non è qualcosa che sto cercando, quindi preferisco declinare.",
    },
    thanks="La ringrazio per il Suo messaggio.",
    on_the_day="Con piacere: può contare su di me {}.",
    their_day=_their_day,
    consultation="Sono a Sua disposizione per una consulenza.",
    free_advice="Non offro consulenze gratuite via e-mail, ma sono a Sua disposizione per una consulenza.",
    which_day="Quale giorno e quale orario Le sarebbero più comodi?",
    would_suit="Le andrebbe bene {}?",
    either=" o ",
    what_for="La ringrazio per l'invito. Potrebbe dirmi qualcosa di più sullo scopo dell'incontro?",
    other_times="La ringrazio per l'invito. {why} Le andrebbe bene {times}?",
    not_at_the_hour="Purtroppo {hour} non mi è possibile: per {what} sono disponibile solo {hours}.",
    not_on_the_day="Purtroppo quel giorno non mi è possibile.",
    hours=HOURS,
    hello="Buongiorno {},",
    hello_no_name="Buongiorno,",
    # "Gentile dottoressa Rossi", "Egregia Dott.ssa Rossi", "Buongiorno avvocato Bruni", "Spett.le Studio Rossi"
    formally=re.compile(
        r"egregi[oa]\b|spett(?:\.le|abile)\b|(?:gentil(?:e|issim[oa])|buongiorno|buonasera|salve),?\s+"
        r"(?:dott|dottor|dottore|dottoressa|sig|signor|signore|signora|avv|avvocato|avvocata|ing|ingegnere|prof"
        r"|professore|professoressa|rag|ragioniere|geom|arch|architetto)\b",
        re.IGNORECASE,
    ),
    hello_formally="Buongiorno {},",
    closing="Cordiali saluti,",
    titles=frozenset(
        """dott dottor dottore dottoressa dott.ssa avv avvocato avvocata ing ingegnere prof professore professoressa
        arch architetto rag geom don padre suor""".split()  # noqa: SIM905
    ),
    deadline=re.compile(r"^(?:entro|prima)\b", re.IGNORECASE),
    weekdays={
        "Monday": "lunedì",
        "Tuesday": "martedì",
        "Wednesday": "mercoledì",
        "Thursday": "giovedì",
        "Friday": "venerdì",
        "Saturday": "sabato",
        "Sunday": "domenica",
    },
    months={
        "January": "gennaio",
        "February": "febbraio",
        "March": "marzo",
        "April": "aprile",
        "May": "maggio",
        "June": "giugno",
        "July": "luglio",
        "August": "agosto",
        "September": "settembre",
        "October": "ottobre",
        "November": "novembre",
        "December": "dicembre",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "La ringrazio per l'invito, parteciperò con piacere.",
        "DECLINED": "La ringrazio per l'invito, purtroppo non potrò partecipare.",
        "TENTATIVE": "La ringrazio per l'invito, Le farò sapere a breve.",
    },
    accept_marks=r"con piacere|le andrebbe bene|contare su di me|a sua disposizione|le farò sapere",
    decline_marks=r"non è qualcosa che posso accettare|non intendo cambiare|preferisco declinare"
    r"|non potrò partecipare",
)
