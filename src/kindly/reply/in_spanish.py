"""A short reply in Spanish to a mail in Spanish that kindly decided: fixed, reviewed sentences (thanks, a yes with
the day the sender gave, a request for the day and hour, a polite no), never a translation. kindly reads only a
few ideas of Spanish (understand/language.py), so it writes only what these sentences say."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.decide.spanish_mail import answers_in_spanish
from kindly.hours import clock_read
from kindly.model import Decision, DecisionMark, Event, Message, Verdict
from kindly.profile import Profile
from kindly.reply.calendar_reply import comment_for, invitation_hours, partstat_for
from kindly.understand.language import ideas_in_spanish, language_of, moments_and_places, reads_as_english

# the decisions a reply in Spanish has a sentence for; any other is left undrafted
_SAID: dict[Decision, str] = {
    Decision.ACCEPT: "Con mucho gusto acepto.",
    Decision.ASK_DETAILS: "Me interesa mucho. ¿Podría indicarme el día, la hora y el lugar?",
    Decision.DECLINE: "Lamentablemente, no es algo que pueda aceptar.",
}
# ...and the reasons a no or a yes says in its own sentence
_SAID_FOR: dict[str, str] = {
    # a provider the user already has: "For a marketing agency, I already work with a provider I'm very happy with"
    "has_provider": "Para ese servicio ya trabajo con un proveedor de confianza, así que por ahora no busco cambiar.",
    # someone selling their services who asks to meet: "It isn't something I'm looking for at the moment"
    "not_a_fit": "Por el momento no es algo que esté buscando, así que voy a declinar.",
}
# a yes to a prospective client: a consultation, at the user's free times ("¿Le vendría bien el martes 1 de
# diciembre a las 9:00 o el jueves 3 de diciembre a las 13:00?"), or their day asked where none is free
_CONSULTATION = "Con gusto le atiendo en una consulta."
_FREE_ADVICE = "No doy asesoría gratuita, pero con gusto le atiendo en una consulta."
_WHICH_DAY = "¿Qué día y hora le vendrían bien?"
# the names a day is written with in Spanish: a fixed table, not a locale (the machine's may have none)
_WEEKDAYS_ES = {
    "Monday": "lunes",
    "Tuesday": "martes",
    "Wednesday": "miércoles",
    "Thursday": "jueves",
    "Friday": "viernes",
    "Saturday": "sábado",
    "Sunday": "domingo",
}
_MONTHS_ES = {
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
}
# a time kindly proposes, as reply.acceptance.written_day writes it: "Tuesday 8 December at 10:00", "Tuesday,
# December 8, 2027 at 2:30 pm" (anchored and without nested repeats: it reads only kindly's own short slots)
_SLOT = re.compile(
    r"^(?P<weekday>[A-Z][a-z]+),? (?:(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)|(?P<us_month>[A-Z][a-z]+) "
    r"(?P<us_day>\d{1,2}))(?:,? (?P<year>\d{4}))? at (?P<at>.+)$"
)
# a question to a calendar invitation, whose day and place it gives
_WHAT_FOR = "Gracias por la invitación. ¿Podría contarme un poco más sobre su objetivo?"
# a day with its hour, for the yes: "sábado 12 de diciembre a las 10:00"
_AT_AN_HOUR = re.compile(r"\d:\d\d|\d\s?h")
_DEADLINE = re.compile(r"^(?:antes|hasta)\b", re.IGNORECASE)
# the titles a Spanish name opens with: "Padre Tomás Rivera" is greeted "Padre Rivera", not "Padre"
_TITLES = frozenset(
    [
        "padre",
        "hermana",
        "hermano",
        "madre",
        "sor",
        "fray",
        "don",
        "doña",
        "lic",
        "licenciado",
        "licenciada",
        "dr",
        "dra",
        "doctor",
        "doctora",
        "ing",
        "ingeniero",
        "ingeniera",
        "profesor",
        "profesora",
        "sr",
        "sra",
    ]
)


def spanish_step(verdict: Verdict) -> str:
    """The step the reply in Spanish takes, as the draft checker reads it: a no is an honest reason."""
    return "honest_reason" if verdict.decision is Decision.DECLINE else verdict.decision.value


def in_spanish(message: Message) -> bool:
    """Whether a mail is written in Spanish (not in English, and Spanish by its commonest words); a calendar
    invitation by its title and note, as its calendar reply is (calendar_reply.comment_for)."""
    text = message.own_text
    if message.event is not None:
        text = f"{message.event.summary}\n{message.event.description}"
    return not reads_as_english(text) and language_of(text) == "Spanish"


def spanish_reply(
    message: Message,
    verdict: Verdict,
    profile: Profile,
    intent: str,
    first_name: str,
    signature: str,
    times: Sequence[str] = (),
) -> str | None:
    """The reply in Spanish for a decision on a Spanish mail, or None where there is no fixed sentence for it
    (`intent`: what the model read the message as, which weighs a calendar invitation's hour; `times`: the user's
    free times a yes to a prospective client proposes, as kindly writes them in English)."""
    said = _SAID.get(verdict.decision)
    if said is None:
        return None
    if message.event is not None:
        said = _to_the_invitation(message, message.event, verdict, profile, intent) or said
        return _letter(message, said, first_name, signature)
    if verdict.decision is Decision.DECLINE:
        said = _SAID_FOR.get(verdict.reason_code, said)
    if client := _client_yes(message, verdict, profile, times):
        said = client
    elif verdict.decision is Decision.ACCEPT:
        days = [
            seen
            for seen in moments_and_places(message.own_text)
            if _AT_AN_HOUR.search(seen) and not _DEADLINE.match(seen)
        ]
        if days:
            said = f"Con mucho gusto: cuente conmigo el {days[0]}."
    return _letter(message, f"Muchas gracias por su mensaje. {said}", first_name, signature)


def _letter(message: Message, said: str, first_name: str, signature: str) -> str:
    """The reply around what it says: a greeting ("Hola Padre Rivera," for "Padre Tomás Rivera", "Buenos días:"
    where no one is named) and the closing."""
    words = message.from_name.split()
    if len(words) >= 2 and words[0].rstrip(".").casefold() in _TITLES:
        first_name = f"{words[0]} {words[-1]}"
    greeting = f"Hola {first_name}," if first_name else "Buenos días:"
    return f"{greeting}\n\n{said}\n\nSaludos cordiales,\n{signature}"


def _to_the_invitation(
    message: Message, event: Event, verdict: Verdict, profile: Profile, intent: str
) -> str:
    """What a reply in Spanish to a calendar invitation says: the sentence its calendar reply carries (a yes, a
    no, or a yes at an hour outside the user's, answered later), so that the two never differ; for a question,
    what the invitation is for."""
    if verdict.decision is Decision.ASK_DETAILS:
        return _WHAT_FOR
    partstat = partstat_for(
        verdict.decision,
        event,
        invitation_hours(profile, message, intent),
        intent,
        profile.user.zone,
        message.date_offset,
        profile.user.off,
    )
    return comment_for(event, partstat, "") if partstat is not None else ""


def client_consultation(verdict: Verdict) -> bool:
    """Whether the reply in Spanish is a yes to a prospective client's consultation: the one that proposes times."""
    return verdict.decision is Decision.ACCEPT and DecisionMark.CLIENT_CONSULTATION in verdict.marks


def _client_yes(message: Message, verdict: Verdict, profile: Profile, times: Sequence[str]) -> str:
    """The yes to a prospective client in Spanish: a consultation (instead of the free advice asked), the user's
    answers they wrote in Spanish, and the user's free `times` proposed (each one `spanish_slot` writes), or where
    there are none the day that suits them asked; "" for any other decision."""
    if not client_consultation(verdict):
        return ""
    opening = _FREE_ADVICE if DecisionMark.PAID_INSTEAD in verdict.marks else _CONSULTATION
    answers, _unsaid = answers_in_spanish(profile, ideas_in_spanish(message.own_text))
    said = [spanish_slot(slot) for slot in times]
    which = f"¿Le vendría bien {' o '.join(said)}?" if said else _WHICH_DAY
    return " ".join((opening, *answers, which))


def spanish_slot(slot: str) -> str:
    """A time kindly proposes, written in Spanish from fixed tables: "Tuesday, December 8 at 2:30 pm" -> "el
    martes 8 de diciembre a las 14:30", on the 24-hour clock a Spanish reader expects; "" where `slot` is not one
    of kindly's own."""
    found = _SLOT.match(slot)
    at = clock_read(found.group("at")) if found else None
    if found is None or at is None:
        return ""
    weekday = _WEEKDAYS_ES.get(found.group("weekday"))
    month = _MONTHS_ES.get(found.group("month") or found.group("us_month"))
    if weekday is None or month is None:
        return ""
    year = f" de {found.group('year')}" if found.group("year") else ""
    article = "a la" if at.hour == 1 else "a las"  # "a la 1:00", but "a las 9:00", "a las 13:00"
    day = found.group("day") or found.group("us_day")
    return f"el {weekday} {day} de {month}{year} {article} {at.hour}:{at.minute:02d}"
