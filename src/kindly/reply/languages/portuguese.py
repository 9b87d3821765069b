"""What kindly writes in Portuguese: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in Portugal expects them ("na terça-feira, 8 de dezembro, às 10h"), in words
that need no one's gender ("Agradeço", not "Obrigado" or "Obrigada")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _on(weekday: str) -> str:
    """The preposition of a weekday: "no sábado", "no domingo", but "na terça-feira"."""
    return "no" if weekday.casefold() in ("sábado", "sabado", "domingo") else "na"


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "na terça-feira, 8 de dezembro, às 14h30" (the date between commas), "no sábado", "à 1h", on the 24-hour
    clock."""
    in_year = f" de {year}" if year else ""
    at_the = "à" if at.hour in (0, 1) else "às"
    minutes = f"{at.minute:02d}" if at.minute else ""
    return f"{_on(weekday)} {weekday}, {day} de {month}{in_year}, {at_the} {at.hour}h{minutes}"


# the sender's day as kindly reads it (understand.language.moments_and_places): a weekday, a date and an hour
_WEEKDAY_FIRST = re.compile(r"([^\W\d]+(?:-feira)?),?\s")
_DATE_THEN_HOUR = re.compile(r"(\d{1,2}\s+de\s+[^\W\d]+(?:\s+de\s+\d{4})?)\s+(às?\s)")


def _their_day(said: str) -> str:
    """ "na terça-feira, 8 de dezembro, às 12h", "no dia 8 de dezembro, às 12h", or "às 12h" said alone as it
    is: the date between commas, as _written_day writes it."""
    if said[:2].casefold() in ("à ", "às"):
        return said
    said = _DATE_THEN_HOUR.sub(r"\1, \2", said)
    if said[:1].isdigit():
        return f"no dia {said}"
    weekday = _WEEKDAY_FIRST.match(said)
    return f"{_on(weekday.group(1) if weekday else said)} {said}"


def _the_hour(at: time) -> tuple[str, str]:
    """The article and the hour: ("as", "9h30"), ("a", "1h")."""
    return ("a" if at.hour in (0, 1) else "as"), f"{at.hour}h{at.minute:02d}" if at.minute else f"{at.hour}h"


def _at(at: time) -> str:
    """ "às 8h", "à 1h"."""
    article, hour = _the_hour(at)
    return f"{'à' if article == 'a' else 'às'} {hour}"


def _between(start: time, end: time) -> str:
    """ "entre as 9h e as 11h30"."""
    return f"entre {' '.join(_the_hour(start))} e {' '.join(_the_hour(end))}"


HOURS = HoursWords(
    at=_at,
    between=_between,
    after=lambda start: f"a partir d{' '.join(_the_hour(start))}",
    before=lambda end: f"antes d{' '.join(_the_hour(end))}",
    every=(
        "às segundas",
        "às terças",
        "às quartas",
        "às quintas",
        "às sextas",
        "aos sábados",
        "aos domingos",
    ),
    weekdays="nos dias úteis",
    both=" e ",
    days_first=False,
    activities={"meetings": "reuniões", "calls": "chamadas", "recordings": "gravações"},
)


PORTUGUESE = Phrases(
    name="Portuguese",
    said={
        Decision.ACCEPT: "Aceito com todo o gosto.",
        Decision.ASK_DETAILS: "Interessa-me muito. Poderia indicar-me o dia, a hora e o local?",
        Decision.DECLINE: "Infelizmente, não é algo que possa aceitar.",
    },
    said_for={
        "has_provider": "Para esse serviço já trabalho com um fornecedor de confiança, por isso de momento não "
        "procuro mudar.",
        "not_a_fit": "De momento não é algo que procure, por isso vou declinar.",
    },
    thanks="Agradeço muito a sua mensagem.",
    on_the_day="Com todo o gosto: pode contar comigo {}.",
    their_day=_their_day,
    consultation="Terei todo o gosto em marcar uma consulta consigo.",
    free_advice="Não dou aconselhamento gratuito por e-mail, mas terei todo o gosto em marcar uma consulta consigo.",
    which_day="Que dia e hora lhe dariam mais jeito?",
    would_suit="Daria jeito {}?",
    either=" ou ",
    what_for="Agradeço o convite. Poderia contar-me um pouco mais sobre o seu objetivo?",
    other_times="Agradeço o convite. {why} Daria jeito {times}?",
    not_at_the_hour="Infelizmente, {hour} não me é possível: só estou disponível para {what} {hours}.",
    not_on_the_day="Infelizmente, esse dia não me é possível.",
    hours=HOURS,
    hello="Olá {},",
    hello_no_name="Bom dia,",
    # "Caro Dr. Costa", "Prezada Sofia", "Exma. Senhora", "Bom dia Dra. Almeida"
    formally=re.compile(
        r"car[oa]s?\b|prezad[oa]s?\b|exm[oa]s?\b|(?:bom\s+dia|boa\s+tarde|olá),?\s+"
        r"(?:sr|sra|senhor|senhora|dr|dra|doutor|doutora|eng|engenheir[oa])\b",
        re.IGNORECASE,
    ),
    hello_formally="Bom dia {},",
    closing="Com os melhores cumprimentos,",
    titles=frozenset(
        """dr dra doutor doutora sr sra senhor senhora padre irmã eng engenheiro engenheira prof professor
        professora""".split()  # noqa: SIM905
    ),
    deadline=re.compile(r"^(?:até|antes)\b", re.IGNORECASE),
    weekdays={
        "Monday": "segunda-feira",
        "Tuesday": "terça-feira",
        "Wednesday": "quarta-feira",
        "Thursday": "quinta-feira",
        "Friday": "sexta-feira",
        "Saturday": "sábado",
        "Sunday": "domingo",
    },
    months={
        "January": "janeiro",
        "February": "fevereiro",
        "March": "março",
        "April": "abril",
        "May": "maio",
        "June": "junho",
        "July": "julho",
        "August": "agosto",
        "September": "setembro",
        "October": "outubro",
        "November": "novembro",
        "December": "dezembro",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "Agradeço o convite, participarei com todo o gosto.",
        "DECLINED": "Agradeço o convite, infelizmente não poderei participar.",
        "TENTATIVE": "Agradeço o convite, darei notícias em breve.",
    },
    accept_marks=r"todo o gosto|daria jeito|pode contar comigo|darei notícias em breve",
    decline_marks=r"não é algo que possa aceitar|não procuro mudar|vou declinar|não poderei participar",
)
