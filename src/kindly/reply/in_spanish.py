"""A short reply in Spanish to a mail in Spanish that kindly decided: fixed, reviewed sentences (thanks, a yes with
the day the sender gave, a request for the day and hour, a polite no), never a translation. kindly reads only a
few ideas of Spanish (understand/language.py), so it writes only what these sentences say."""

from __future__ import annotations

import re

from kindly.model import Decision, Message, Verdict
from kindly.understand.language import language_of, moments_and_places, reads_as_english

# the decisions a reply in Spanish has a sentence for; any other is left undrafted
_SAID: dict[Decision, str] = {
    Decision.ACCEPT: "Con mucho gusto acepto.",
    Decision.ASK_DETAILS: "Me interesa mucho. ¿Podría indicarme el día, la hora y el lugar?",
    Decision.DECLINE: "Lamentablemente, no es algo que pueda aceptar.",
}
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
    """Whether a mail is written in Spanish (not in English, and Spanish by its commonest words)."""
    return not reads_as_english(message.own_text) and language_of(message.own_text) == "Spanish"


def spanish_reply(message: Message, verdict: Verdict, first_name: str, signature: str) -> str | None:
    """The reply in Spanish for a decision on a Spanish mail, or None where there is no fixed sentence for it."""
    said = _SAID.get(verdict.decision)
    if said is None:
        return None
    if verdict.decision is Decision.ACCEPT:
        days = [
            seen
            for seen in moments_and_places(message.own_text)
            if _AT_AN_HOUR.search(seen) and not _DEADLINE.match(seen)
        ]
        if days:
            said = f"Con mucho gusto: cuente conmigo el {days[0]}."
    words = message.from_name.split()
    if len(words) >= 2 and words[0].rstrip(".").casefold() in _TITLES:
        first_name = f"{words[0]} {words[-1]}"
    greeting = f"Hola {first_name}," if first_name else "Buenos días:"
    return f"{greeting}\n\nMuchas gracias por su mensaje. {said}\n\nSaludos cordiales,\n{signature}"
