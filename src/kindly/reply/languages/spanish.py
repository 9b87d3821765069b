"""What kindly writes in Spanish: fixed, reviewed sentences and the names of days and months (not a locale: the
machine's may have none)."""

from __future__ import annotations

import re
from datetime import time

from kindly.model import Decision
from kindly.reply.languages.table import HoursWords, Phrases


def _written_day(weekday: str, day: str, month: str, year: str, at: time) -> str:
    """ "el martes 8 de diciembre a las 14:30", on the 24-hour clock a Spanish reader expects."""
    in_year = f" de {year}" if year else ""
    article = "a la" if at.hour == 1 else "a las"  # "a la 1:00", but "a las 9:00", "a las 13:00"
    return f"el {weekday} {day} de {month}{in_year} {article} {at.hour}:{at.minute:02d}"


# an hour said alone, with its own article: "a las 10:00", "a la 1:00"
_AN_HOUR_ALONE = re.compile(r"a\s+las?\s", re.IGNORECASE)


def _their_day(said: str) -> str:
    """ "el martes 8 de diciembre a las 10:00", "el 8 de diciembre", or "a las 10:00" said alone as it is."""
    return said if _AN_HOUR_ALONE.match(said) else f"el {said}"


def _the_hour(at: time) -> str:
    """ "las 9:00", "la 1:00": an hour with its article."""
    return f"{'la' if at.hour == 1 else 'las'} {at.hour}:{at.minute:02d}"


HOURS = HoursWords(
    at=lambda at: f"a {_the_hour(at)}",
    between=lambda start, end: f"entre {_the_hour(start)} y {_the_hour(end)}",
    after=lambda start: f"a partir de {_the_hour(start)}",
    before=lambda end: f"antes de {_the_hour(end)}",
    every=(
        "los lunes",
        "los martes",
        "los miércoles",
        "los jueves",
        "los viernes",
        "los sábados",
        "los domingos",
    ),
    weekdays="de lunes a viernes",
    both=" y ",
    days_first=False,
    activities={"meetings": "reuniones", "calls": "llamadas", "recordings": "grabaciones"},
)


SPANISH = Phrases(
    name="Spanish",
    said={
        Decision.ACCEPT: "Con mucho gusto acepto.",
        Decision.ASK_DETAILS: "Me interesa mucho. ¿Podría indicarme el día, la hora y el lugar?",
        Decision.DECLINE: "Lamentablemente, no es algo que pueda aceptar.",
    },
    said_for={
        # "For a marketing agency, I already work with a provider I'm very happy with"
        "has_provider": "Para ese servicio ya trabajo con un proveedor de confianza, así que por ahora no busco "
        "cambiar.",
        # someone selling their services who asks to meet: "It isn't something I'm looking for at the moment"
        "not_a_fit": "Por el momento no es algo que esté buscando, así que voy a declinar.",
    },
    thanks="Muchas gracias por su mensaje.",
    on_the_day="Con mucho gusto: cuente conmigo {}.",
    their_day=_their_day,
    consultation="Con gusto le atiendo en una consulta.",
    free_advice="No doy asesoría gratuita, pero con gusto le atiendo en una consulta.",
    which_day="¿Qué día y hora le vendrían bien?",
    would_suit="¿Le vendría bien {}?",
    either=" o ",
    what_for="Gracias por la invitación. ¿Podría contarme un poco más sobre su objetivo?",
    other_times="Gracias por la invitación. {why} ¿Le vendría bien {times}?",
    not_at_the_hour="Lamentablemente, {hour} no me viene bien: solo estoy disponible para {what} {hours}.",
    not_on_the_day="Lamentablemente, ese día no me viene bien.",
    hours=HOURS,
    hello="Hola {},",
    hello_no_name="Buenos días:",
    # "Estimada licenciada Herrera", "Distinguido señor", "Buenos días, Sra. Herrera"
    formally=re.compile(
        r"estimad[oa]s?\b|distinguid[oa]s?\b|(?:buenos\s+días|buenas\s+tardes|hola),?\s+"
        r"(?:sr|sra|srta|señor|señora|señorita|dr|dra|doctor|doctora|lic|licenciad[oa])\b",
        re.IGNORECASE,
    ),
    hello_formally="Buenos días, {}:",
    closing="Saludos cordiales,",
    titles=frozenset(
        """padre hermana hermano madre sor fray don doña lic licenciado licenciada dr dra doctor doctora ing
        ingeniero ingeniera profesor profesora sr sra""".split()  # noqa: SIM905
    ),
    deadline=re.compile(r"^(?:antes|hasta)\b", re.IGNORECASE),
    weekdays={
        "Monday": "lunes",
        "Tuesday": "martes",
        "Wednesday": "miércoles",
        "Thursday": "jueves",
        "Friday": "viernes",
        "Saturday": "sábado",
        "Sunday": "domingo",
    },
    months={
        "January": "enero",
        "February": "febrero",
        "March": "marzo",
        "April": "abril",
        "May": "mayo",
        "June": "junio",
        "July": "julio",
        "August": "agosto",
        "September": "septiembre",
        "October": "octubre",
        "November": "noviembre",
        "December": "diciembre",
    },
    written_day=_written_day,
    calendar={
        "ACCEPTED": "Gracias por la invitación, asistiré con mucho gusto.",
        "DECLINED": "Gracias por la invitación, lamentablemente no podré asistir.",
        "TENTATIVE": "Gracias por la invitación, le escribiré pronto al respecto.",
    },
    accept_marks=r"con (?:mucho )?gusto|le vendría bien|cuente conmigo|le escribiré pronto",
    decline_marks=r"no es algo que pueda aceptar|no busco cambiar|voy a declinar|no podré asistir",
)
