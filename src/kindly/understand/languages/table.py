"""The shape of what kindly reads in a language besides English: one table per language (spanish.py, french.py),
of words only; understand/plain_forms.py reads every language by it, so adding a language is adding its table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.profile import AnswerLanguage


def said(words: str) -> re.Pattern[str]:
    """The pattern of a few words, each alternative a whole word ("pague|cobramos"), in any case."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def closing(words: str) -> re.Pattern[str]:
    """The pattern of a line that only signs a mail off ("Cordiali saluti,", "Met vriendelijke groet"): read whole,
    with `fullmatch`, so a sentence that opens with the words is none."""
    return re.compile(rf"(?:{words})[,.!]?", re.IGNORECASE)


@dataclass(frozen=True)
class Words:
    """The few ideas and fixed forms kindly reads in one language. Each pattern is linear: a short list of words."""

    name: str  # as understand.language.language_of names the language: "Spanish"
    code: AnswerLanguage  # its ISO 639-1 code, the key of a profile's answer_in: "es"
    # the words of kindly's ideas, each with the English words the never-rules and goals' targets are written in
    ideas: tuple[tuple[re.Pattern[str], str], ...]
    thanks: re.Pattern[str]  # "gracias por", "merci pour"
    receipt: re.Pattern[str]  # "recibo", "reçu"
    an_hour: re.Pattern[str]  # an hour named: "a las 10", "à 10 h", "10:00"
    consultation_asked: re.Pattern[str]  # "agendar una consulta", "prendre rendez-vous"
    own_matter: re.Pattern[str]  # the sender's own matter or their family's: "mi esposo", "mon dossier"
    services_offered: re.Pattern[str]  # "Somos una agencia", "Nous sommes une agence"
    meeting: re.Pattern[str]  # a meeting asked for: "una reunión", "une rencontre"
    # the reader's time asked for a talk, in the table's words for one: "Haben Sie Zeit für ein Gespräch?",
    # "¿Tiene tiempo para una charla?" (a client's consultation where they name their own matter)
    time_asked: re.Pattern[str]
    # a sender saying who they are or where they write from: "Soy", "Je vous écris"
    self_said: re.Pattern[str]
    # the days and parts of the day a sender may say suit them, with the English words kindly's times read
    # ("martes": "Tuesday", "por la tarde": "afternoon"), and the words that say so ("puedo", "me convient") or
    # that a day does not ("no puedo", "sauf")
    weekdays: tuple[tuple[re.Pattern[str], str], ...]
    parts_of_day: tuple[tuple[re.Pattern[str], str], ...]
    suits: re.Pattern[str]
    suits_not: re.Pattern[str]
    but: re.Pattern[str]  # what turns a sentence round: "No puedo el lunes, pero el martes sí"
    # a week the sender asks for, each with how many weeks after the one they wrote in it is: "nächste Woche",
    # "la semaine prochaine", a day of it ("nächsten Dienstag", "el próximo martes"): 1; "übernächste Woche": 2
    weeks_ahead: tuple[tuple[re.Pattern[str], int], ...]
    # the words with which a reply takes a day or an hour the reader proposed: "past mij goed", "me convient",
    # "me viene bien" (understand/time_confirmed.py)
    confirms: re.Pattern[str]
    # the lines a mail closes with, above the name signed under them (`closing`): "Saludos cordiales", "Cordiali
    # saluti" (ingest sets a signature apart by the English ones only: its patterns are the model's input)
    sign_off: re.Pattern[str]
