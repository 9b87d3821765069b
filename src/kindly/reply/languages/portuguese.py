"""What kindly writes in Portuguese: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none), as a reader in Portugal expects them ("na terça-feira, 8 de dezembro às 10h"), in words
that need no one's gender ("Agradeço", not "Obrigado" or "Obrigada")."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import Phrases


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "na terça-feira, 8 de dezembro às 14h30", "no sábado", "à 1h", on the 24-hour clock."""
    on = "no" if weekday in ("sábado", "domingo") else "na"
    in_year = f" de {year}" if year else ""
    at_the = "à" if at.hour in (0, 1) else "às"
    minutes = f"{at.minute:02d}" if at.minute else ""
    return f"{on} {weekday}, {day} de {month}{in_year} {at_the} {at.hour}h{minutes}"


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
    on_the_day="Com todo o gosto: pode contar comigo no dia {}.",
    consultation="Terei todo o gosto em marcar uma consulta consigo.",
    free_advice="Não dou aconselhamento gratuito por e-mail, mas terei todo o gosto em marcar uma consulta consigo.",
    which_day="Que dia e hora lhe dariam mais jeito?",
    would_suit="Daria jeito {}?",
    either=" ou ",
    what_for="Agradeço o convite. Poderia contar-me um pouco mais sobre o seu objetivo?",
    hello="Olá {},",
    hello_no_name="Bom dia,",
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
    accept_marks=r"todo o gosto|pode contar comigo|darei notícias em breve",
    decline_marks=r"não é algo que possa aceitar|não procuro mudar|vou declinar|não poderei participar",
)
