"""What kindly writes in French: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in Quebec or France expects them ("le mardi 8 décembre à 10 h")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "le mardi 8 décembre à 14 h 30", "le 1er" for the first of a month, on the 24-hour clock."""
    in_year = f" {year}" if year else ""
    minutes = f" {at.minute:02d}" if at.minute else ""
    nth = "1er" if day == "1" else day
    return f"le {weekday} {nth} {month}{in_year} à {at.hour} h{minutes}"


def _their_day(said: str) -> str:
    """ "le mardi 8 décembre à 14h30", "le 8 décembre", or "à 14h30" said alone as it is."""
    return said if said[:2].casefold() == "à " else f"le {said}"


def _clock(at: time) -> str:
    """ "9 h", "11 h 30"."""
    return f"{at.hour} h {at.minute:02d}" if at.minute else f"{at.hour} h"


HOURS = HoursWords(
    at=_clock,
    between=lambda start, end: f"de {_clock(start)} à {_clock(end)}",
    after=lambda start: f"à partir de {_clock(start)}",
    before=lambda end: f"avant {_clock(end)}",
    every=("le lundi", "le mardi", "le mercredi", "le jeudi", "le vendredi", "le samedi", "le dimanche"),
    weekdays="en semaine",
    both=" et ",
    days_first=False,
    activities={"meetings": "rencontres", "calls": "appels", "recordings": "enregistrements"},
)


FRENCH = Phrases(
    name="French",
    said={
        Decision.ACCEPT: "J'accepte avec plaisir.",
        Decision.ASK_DETAILS: "Cela m'intéresse beaucoup. Pourriez-vous m'indiquer le jour, l'heure et le lieu?",
        Decision.DECLINE: "Malheureusement, ce n'est pas quelque chose que je peux accepter.",
    },
    said_for={
        "has_provider": "Pour ce service, je travaille déjà avec un fournisseur de confiance, je ne cherche donc "
        "pas à changer pour le moment.",
        "not_a_fit": "Ce n'est pas quelque chose que je recherche en ce moment, je vais donc décliner.",
    },
    thanks="Merci beaucoup pour votre message.",
    on_the_day="Avec plaisir : vous pouvez compter sur moi {}.",
    their_day=_their_day,
    consultation="Je vous recevrai avec plaisir en consultation.",
    free_advice="Je ne donne pas de conseils gratuits, mais je vous recevrai avec plaisir en consultation.",
    which_day="Quel jour et quelle heure vous conviendraient?",
    would_suit="Est-ce que {} vous conviendrait?",
    either=" ou ",
    what_for="Merci pour l'invitation. Pourriez-vous m'en dire un peu plus sur son objectif?",
    other_times="Merci pour l'invitation. {why} Est-ce que {times} vous conviendrait?",
    not_at_the_hour="Malheureusement, {hour} ne me convient pas: je suis disponible pour les {what} uniquement "
    "{hours}.",
    not_on_the_day="Malheureusement, ce jour-là ne me convient pas.",
    hours=HOURS,
    hello="Bonjour {},",
    hello_no_name="Bonjour,",
    # "Bonjour Madame Gagnon", "Madame,", "Chère Maître Gagnon"
    formally=re.compile(
        r"(?:(?:bonjour|bonsoir|cher|chère)\s+)?(?:madame|monsieur|maître|maitre)\b", re.IGNORECASE
    ),
    hello_formally="Bonjour {},",
    closing="Cordialement,",
    titles=frozenset("me maître maitre dr docteur docteure père soeur sœur frère abbé pasteur".split()),  # noqa: SIM905
    deadline=re.compile(r"^(?:avant|jusqu)\b", re.IGNORECASE),
    weekdays={
        "Monday": "lundi",
        "Tuesday": "mardi",
        "Wednesday": "mercredi",
        "Thursday": "jeudi",
        "Friday": "vendredi",
        "Saturday": "samedi",
        "Sunday": "dimanche",
    },
    months={
        "January": "janvier",
        "February": "février",
        "March": "mars",
        "April": "avril",
        "May": "mai",
        "June": "juin",
        "July": "juillet",
        "August": "août",
        "September": "septembre",
        "October": "octobre",
        "November": "novembre",
        "December": "décembre",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "Merci pour l'invitation, j'y participerai avec plaisir.",
        "DECLINED": "Merci pour l'invitation, malheureusement je ne pourrai pas y participer.",
        "TENTATIVE": "Merci pour l'invitation, je reviens vers vous à ce sujet.",
    },
    accept_marks=r"avec plaisir|vous conviendrait|compter sur moi|je reviens vers vous",
    decline_marks=r"ce n'est pas quelque chose que je peux accepter|pas à changer|je vais donc décliner"
    r"|je ne pourrai pas y participer",
)
