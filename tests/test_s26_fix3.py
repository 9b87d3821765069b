"""What the first wave of session 26 left, for the bilingual consultant of tests/test_s26_langs.py
(personas.langs_consultant_profile: a strategy consultant looking for family businesses and small manufacturers as
clients, who never speaks unpaid) and the never-rules of tests/test_s26_rules.py (session 26, fix3).

1. A client's reply that takes the time she proposed ("Donderdag 10 december om 14.30 uur past mij goed") asks
   nothing of her, in every language kindly reads, as in English; one that asks more, says the time does not
   suit, or opens a thread (the time is then the client's own proposal) is still weighed as before.

The mails are dated Monday 30 November 2026 and read on Tuesday 1 December (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.understand.languages import READ
from kindly.understand.time_confirmed import time_confirmed
from personas import langs_consultant_profile, to_langs_consultant
from support import Kindly, profile_file, triaged_one

CLIENT = "Pieter Bakker <pieter@bakkerbrood.example.nl>"
IN_A_THREAD: dict[str, Any] = {"in_reply_to": "a1@example", "references": ["a1@example"]}


def _to_consultant(
    kindly: Kindly, tmp_path: Path, code: str, body: str, subject: str, **headers: Any
) -> dict[str, Any]:
    mail = to_langs_consultant(code, tmp_path / "m.eml", body, sender=CLIENT, subject=subject, **headers)
    return triaged_one(kindly, mail, profile_file(langs_consultant_profile(code), tmp_path))


# -- 1. a time she proposed, taken ---------------------------------------------------------------------------------

# a client answers the consultant's proposed time, taking it: nothing is asked of her
TIME_TAKEN = {
    "nl": (
        "Re: Kennismaking",
        "Beste mevrouw Janssen,\n\nbedankt voor uw snelle reactie. Donderdag 10 december om 14.30 uur past mij "
        "goed. Ik kom naar uw kantoor in Utrecht.\n\nMet vriendelijke groet,\nPieter Bakker\n\n> Beste Pieter, "
        "zou donderdag 10 december om 14.30 uur u passen?\n> Eva",
    ),
    "de": (
        "AW: Beratung",
        "Guten Tag Frau Hoffmann,\n\nvielen Dank für Ihre schnelle Antwort. Donnerstag, 10. Dezember um 14.30 Uhr "
        "passt mir gut. Ich freue mich auf unser Gespräch und bringe die Unterlagen mit.\n\nViele Grüße\nJonas "
        "Keller\n\n> Guten Tag Herr Keller, passt Ihnen Donnerstag, 10. Dezember um 14.30 Uhr?\n> Lena Hoffmann",
    ),
    "fr": (
        "Re: Consultation",
        "Bonjour Madame Martin,\n\nmerci pour votre réponse rapide. Le jeudi 10 décembre à 14 h 30 me convient "
        "très bien. Je serai à votre bureau avec nos derniers états financiers.\n\nCordialement,\nJulien Roy\n\n"
        "> Bonjour Monsieur Roy, le jeudi 10 décembre à 14 h 30 vous conviendrait-il?\n> Claire",
    ),
    "es": (
        "Re: Consulta",
        "Hola Inés,\n\nmuchas gracias por su respuesta. El jueves 10 de diciembre a las 14:30 me viene bien. Le "
        "llevaré los números de nuestra empresa familiar.\n\nSaludos,\nMarisol Vega\n\n> Hola Marisol, ¿le viene "
        "bien el jueves 10 de diciembre a las 14:30?\n> Inés",
    ),
    "pt": (
        "Re: Consulta",
        "Olá Beatriz,\n\nmuito obrigado pela sua resposta. Quinta-feira, 10 de dezembro, às 14h30 fica bom para "
        "mim. Levo os números do nosso restaurante.\n\nCumprimentos,\nRui Costa\n\n> Olá Rui, quinta-feira, 10 de "
        "dezembro, às 14h30 seria bom?\n> Beatriz",
    ),
    "it": (
        "Re: Consulenza",
        "Buongiorno dottoressa Conti,\n\nla ringrazio per la risposta. Giovedì 10 dicembre alle 14.30 mi va bene. "
        "Porterò i conti della nostra impresa familiare.\n\nCordiali saluti\nMarco Bianchi\n\n> Buongiorno Marco, "
        "giovedì 10 dicembre alle 14.30 le va bene?\n> Giulia",
    ),
}


@pytest.mark.parametrize("code", list(TIME_TAKEN))
def test_a_reply_that_takes_her_time_asks_nothing_in_every_language(
    kindly: Kindly, tmp_path: Path, code: str
) -> None:
    subject, body = TIME_TAKEN[code]
    record = _to_consultant(kindly, tmp_path, code, body, subject, **IN_A_THREAD)
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert "a time confirmed" in record["reason"]


@pytest.mark.parametrize(
    ("code", "said"),
    [
        pytest.param("nl", "Dat past me prima, donderdag om 10.00 uur dus.", id="nl-prima"),
        pytest.param("nl", "Donderdag komt mij goed uit.", id="nl-komt-uit"),
        pytest.param("de", "Der Dienstag um 10 Uhr passt uns perfekt.", id="de-uns"),
        pytest.param("fr", "Mardi à 10 h, ça me va.", id="fr-ca-me-va"),
        pytest.param("es", "El martes a las 10 nos parece perfecto.", id="es-perfecto"),
        pytest.param("pt", "Terça-feira às 10h está ótimo.", id="pt-otimo"),
        pytest.param("it", "Martedì alle 10 per me va benissimo.", id="it-benissimo"),
    ],
)
def test_other_words_that_take_a_time_are_read_too(code: str, said: str) -> None:
    assert time_confirmed(READ_BY_CODE[code], said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        pytest.param("nl", "Donderdag om 14.30 uur past mij helaas niet.", id="nl-not"),
        pytest.param(
            "de", "Donnerstag passt mir gut. Können wir auch über die Kosten sprechen?", id="de-asks"
        ),
        pytest.param("fr", "Le jeudi ne me convient pas.", id="fr-not"),
        pytest.param("es", "Me viene bien que me escriba por correo.", id="es-no-time"),
        pytest.param("it", "Il martedì non mi va bene.", id="it-not"),
    ],
)
def test_no_time_is_taken_where_it_does_not_suit_or_more_is_asked(code: str, said: str) -> None:
    assert not time_confirmed(READ_BY_CODE[code], said)


def test_a_mail_that_opens_a_thread_with_a_time_is_not_read_as_taking_hers(
    kindly: Kindly, tmp_path: Path
) -> None:
    # no thread: the time is the client's own proposal, not hers taken
    body = (
        "Beste mevrouw Janssen,\n\nwij zijn een familiebedrijf (bakkerij) met drie vestigingen en willen groeien. "
        "Donderdag 10 december om 14.30 uur past mij goed voor een adviesgesprek.\n\nMet vriendelijke groet,\n"
        "Pieter Bakker"
    )
    record = _to_consultant(kindly, tmp_path, "nl", body, "Adviesgesprek")
    assert "a time confirmed" not in record["reason"], record["reason"]


def test_a_reply_that_takes_her_time_and_asks_more_is_hers_to_read(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Guten Tag Frau Hoffmann,\n\nvielen Dank für Ihre Antwort. Donnerstag, 10. Dezember um 14.30 Uhr passt mir "
        "gut. Könnten Sie mir vorher Ihr Angebot für die Beratung schicken?\n\nViele Grüße\nJonas Keller"
    )
    record = _to_consultant(kindly, tmp_path, "de", body, "AW: Beratung", **IN_A_THREAD)
    assert "a time confirmed" not in record["reason"], record["reason"]


READ_BY_CODE = {words.code: words for words in READ.values()}
