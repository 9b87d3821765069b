"""Mail in other languages, leftovers (session 25, langs): "the week after next" in every language kindly reads,
"el próximo martes" written on a Monday, an Italian thank-you that says "sarebbe" or "disponibile", Dutch "prijs"
(a prize or a price), and the greeting of a mail from a business or a role mailbox ("Vertrieb", "Ventas", "Info").

The mails are dated Monday 30 November 2026 and read on Tuesday 1 December (tests/conftest.py): times next week
start on Monday 7 December, the week after next's on Monday 14 December."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.understand.languages import READ
from kindly.understand.plain_forms import weeks_ahead
from personas import dutch_bookkeeper_profile, italian_accountant_profile, to_chiara, to_sanne
from support import Kindly, profile_file, triaged_one
from test_s24_langs import _to_client_of

MARCO = "Marco Bianchi <marco.bianchi@libero.example.it>"
PIETER = "Pieter Bakker <pieter.bakker@ziggo.example.nl>"


def _to_client(
    kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str = "", subject: str = ""
) -> dict[str, Any]:
    """The triage record of a mail in `code`'s language to the professional who reads that language: Katrin ("de"),
    Sofia ("pt"), Élise ("fr"), Lucía ("es"), Chiara ("it") or Sanne ("nl")."""
    if code == "it":
        mail = to_chiara(tmp_path / "m.eml", body, sender=sender or MARCO, subject=subject or "Richiesta")
        return triaged_one(kindly, mail, profile_file(italian_accountant_profile(), tmp_path))
    if code == "nl":
        mail = to_sanne(tmp_path / "m.eml", body, sender=sender or PIETER, subject=subject or "Vraag")
        return triaged_one(kindly, mail, profile_file(dutch_bookkeeper_profile(), tmp_path))
    return _to_client_of(kindly, tmp_path, code, body, sender)


# -- 1. the week after next ------------------------------------------------------------------------------------------

WEEK_AFTER_NEXT = {
    "de": (
        "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Haben Sie in zwei Wochen Zeit für ein "
        "Gespräch?\n\nViele Grüße\nJonas Keller",
        "am Montag, 14. Dezember um 10 Uhr oder am Mittwoch, 16. Dezember um 11 Uhr",
    ),
    "es": (
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla "
        "dentro de dos semanas?\n\nSaludos,\nMarisol Vega",
        "el lunes 14 de diciembre a las 9:00 o el miércoles 16 de diciembre a las 9:00",
    ),
    "fr": (
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Auriez-vous le temps pour un échange dans "
        "deux semaines?\n\nCordialement,\nJulien Roy",
        "le lundi 14 décembre à 10 h ou le mercredi 16 décembre à 11 h",
    ),
    "pt": (
        "Bom dia,\n\nTenho um pequeno restaurante em Alfama. Teria tempo para uma conversa daqui a duas semanas?\n\n"
        "Cumprimentos,\nRui Costa",
        "na segunda-feira, 14 de dezembro, às 10h ou na quarta-feira, 16 de dezembro, às 11h",
    ),
    "it": (
        "Buongiorno dottoressa,\n\nho un piccolo bar a Porta Romana. Vorrei fissare un appuntamento per una prima "
        "consulenza la settimana dopo la prossima.\n\nCordiali saluti\nMarco Bianchi",
        "lunedì 14 dicembre alle 10 o mercoledì 16 dicembre alle 11",
    ),
    "nl": (
        "Goedemiddag mevrouw De Vries,\n\nik heb een kleine bakkerij in Utrecht. Heeft u over twee weken tijd voor "
        "een adviesgesprek?\n\nMet vriendelijke groet,\nPieter Bakker",
        "maandag 14 december om 10.00 uur of woensdag 16 december om 11.00 uur",
    ),
}


@pytest.mark.parametrize(
    ("code", "body", "times"),
    [(code, *said) for code, said in WEEK_AFTER_NEXT.items()],
    ids=WEEK_AFTER_NEXT.keys(),
)
def test_a_client_who_asks_for_the_week_after_next_is_offered_times_in_it(
    kindly: Kindly, tmp_path: Path, code: str, body: str, times: str
) -> None:
    record = _to_client(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert times in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("language", "said", "weeks"),
    [
        ("German", "Haben Sie in zwei Wochen Zeit?", 2),
        ("German", "Hätten Sie übernächsten Dienstag Zeit?", 2),
        ("Spanish", "¿Podemos vernos dentro de dos semanas?", 2),
        ("Spanish", "¿Podemos vernos la semana que viene no, la siguiente?", 2),
        ("Spanish", "¿Le va bien la semana que viene no, sino la siguiente?", 2),
        ("French", "Pourrions-nous nous voir dans deux semaines?", 2),
        ("French", "Seriez-vous libre la semaine d'après?", 2),
        ("French", "Pourrions-nous nous voir dans quinze jours?", 2),
        ("French", "Pas la semaine prochaine, mais la suivante, seriez-vous libre?", 2),
        ("Portuguese", "Teria tempo daqui a duas semanas?", 2),
        ("Italian", "Sarebbe disponibile fra due settimane?", 2),
        ("Italian", "Potremmo vederci la settimana dopo la prossima?", 2),
        ("Dutch", "Heeft u over twee weken tijd?", 2),
        ("Dutch", "Kunnen we overvolgende week afspreken?", 2),
        # next week stays next week, and a no to it still asks for none
        ("Spanish", "¿Podemos vernos la semana que viene?", 1),
        ("French", "Pourrions-nous nous voir la semaine prochaine?", 1),
        ("Spanish", "La semana que viene no puedo.", 0),
        ("Dutch", "Volgende week kan ik niet.", 0),
    ],
)
def test_the_week_after_next_is_read_in_every_language(language: str, said: str, weeks: int) -> None:
    assert weeks_ahead(READ[language], said) == weeks
