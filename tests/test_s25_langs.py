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
from kindly.understand.plain_forms import ideas_in, weeks_ahead
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


# -- 2. "el próximo martes" written on a Monday ----------------------------------------------------------------------
# kindly reads "next Tuesday" written on a Monday as the Tuesday of the week after (days.weekday_said), and so it
# reads "el próximo martes", "nächsten Dienstag" and "jeudi prochain": next week's. But many who write it on a Monday
# mean tomorrow's, so while that day is still to come the reply offers a time on each and lets them pick.

NEXT_DAY_ON_A_MONDAY = {
    "es": (
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla el "
        "próximo martes?\n\nSaludos,\nMarisol Vega",
        "el martes 1 de diciembre a las 9:00 o el martes 8 de diciembre a las 9:00",
    ),
    "de": (
        "Guten Tag Frau Weber,\n\nich habe eine kleine Bäckerei. Hätten Sie nächsten Dienstag Zeit für ein "
        "Gespräch?\n\nViele Grüße\nJonas Keller",
        "am Dienstag, 1. Dezember um 10 Uhr oder am Dienstag, 8. Dezember um 10 Uhr",
    ),
    "fr": (
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Pourrions-nous prendre rendez-vous jeudi "
        "prochain?\n\nCordialement,\nJulien Roy",
        "le jeudi 3 décembre à 10 h ou le jeudi 10 décembre à 10 h",
    ),
}


@pytest.mark.parametrize(
    ("code", "body", "times"),
    [(code, *said) for code, said in NEXT_DAY_ON_A_MONDAY.items()],
    ids=NEXT_DAY_ON_A_MONDAY.keys(),
)
def test_next_tuesday_written_on_a_monday_is_offered_on_both_tuesdays(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, body: str, times: str
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T16:00:00+00:00")  # read the Monday it was written
    record = _to_client(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert times in record["draft"], record["draft"]


def test_next_tuesday_read_when_this_weeks_has_come_is_next_weeks_only(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read on Tuesday 1 December at 03:00 in Berlin (conftest): this week's Tuesday is today, only next week's is left
    record = _to_client(kindly, tmp_path, "de", NEXT_DAY_ON_A_MONDAY["de"][0])
    assert "am Dienstag, 8. Dezember um 10 Uhr oder am Dienstag, 8. Dezember um 14:30 Uhr" in record["draft"]


def test_next_week_named_by_the_week_is_not_doubted(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T16:00:00+00:00")
    body = NEXT_DAY_ON_A_MONDAY["es"][0].replace("el próximo martes", "la semana que viene")
    record = _to_client(kindly, tmp_path, "es", body)
    assert "el lunes 7 de diciembre a las 9:00 o el miércoles 9 de diciembre a las 9:00" in record["draft"]


def test_next_tuesday_written_on_a_thursday_is_the_coming_one(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-12-03T12:00:00+00:00")
    body = (
        "Goedemiddag mevrouw De Vries,\n\nik heb een klein café in Utrecht. Heeft u volgende dinsdag tijd voor een "
        "adviesgesprek?\n\nMet vriendelijke groet,\nPieter Bakker"
    )
    mail = to_sanne(
        tmp_path / "m.eml", body, sender=PIETER, subject="Vraag", date="Thu, 3 Dec 2026 10:00:00 +0100"
    )
    record = triaged_one(kindly, mail, profile_file(dutch_bookkeeper_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    # Tuesday 8 December either way: the coming Tuesday is next week's
    assert "dinsdag 8 december om 10.00 uur of dinsdag 8 december om 14.30 uur" in record["draft"], record[
        "draft"
    ]


# -- 3. a thank-you that says "sarebbe" or "disponibile" -------------------------------------------------------------
# "Resto disponibile per qualsiasi domanda" (and "Je reste disponible", "Quedo disponible") is the sender staying at
# the reader's disposal, and "sarebbe stato bello" a regret: neither asks anything of the reader.


@pytest.mark.parametrize(
    ("code", "body", "code_expected"),
    [
        pytest.param(
            "it",
            "Buongiorno dottoressa,\n\nLa ringrazio molto per la consulenza di ieri. Resto disponibile per qualsiasi "
            "domanda.\n\nCordiali saluti\nMarco Bianchi",
            "not_invitation",
            id="it-thanks-resto-disponibile",
        ),
        pytest.param(
            "it",
            "Buongiorno dottoressa,\n\nin allegato la ricevuta del bonifico per la consulenza di martedì. Rimango "
            "disponibile per qualsiasi chiarimento.\n\nCordiali saluti\nMarco Bianchi",
            "not_invitation",
            id="it-receipt-rimango-disponibile",
        ),
        pytest.param(
            "it",
            "Ciao Chiara,\n\nGrazie, sarebbe stato bello vederti.\n\nMarco",
            "not_english",
            id="it-regret",
        ),
        pytest.param(
            "fr",
            "Bonjour Madame Gagnon,\n\nMerci beaucoup pour la consultation d'hier. Je reste disponible pour toute "
            "question.\n\nCordialement,\nJulien Roy",
            "not_invitation",
            id="fr-je-reste-disponible",
        ),
        pytest.param(
            "es",
            "Buenos días licenciada,\n\nMuchas gracias por la consulta de ayer. Quedo disponible para cualquier "
            "duda.\n\nSaludos,\nMarisol Vega",
            "not_invitation",
            id="es-quedo-disponible",
        ),
    ],
)
def test_a_thank_you_that_stays_at_your_disposal_is_no_invitation(
    kindly: Kindly, tmp_path: Path, code: str, body: str, code_expected: str
) -> None:
    record = _to_client(kindly, tmp_path, code, body, subject="Grazie")
    assert (record["decision"], record["reason_code"]) == ("ignore", code_expected), record["reason"]
    assert record["draft"] is None


def test_sarebbe_disponibile_for_a_meeting_is_still_asked(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Buongiorno dottoressa,\n\nsono il titolare di un piccolo bar a Porta Romana. Sarebbe disponibile per un "
        "incontro giovedì?\n\nCordiali saluti\nMarco Bianchi"
    )
    record = _to_client(kindly, tmp_path, "it", body)
    # still one to read first, as before: not taken for a thank-you
    assert record["reason_code"] == "not_english_invitation", record["reason"]
    assert 'looks like an invitation or a request ("incontro", "sarebbe", "disponibile")' in record["reason"]


# -- 4. "prijs" (and "Preis", "prix"): a prize or a price ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Gefeliciteerd! U heeft een prijs gewonnen. Klik hier om uw prijs te claimen.", False),
        ("Er zijn mooie prijzen te winnen.", False),
        ("U bent uitgenodigd voor de uitreiking van de prijs voor Ondernemer van het Jaar.", False),
        (
            "Herzlichen Glückwunsch! Sie haben einen Preis gewonnen. Klicken Sie hier, um Ihren Preis abzuholen.",
            False,
        ),
        ("Félicitations, vous avez gagné un prix dans notre tirage!", False),
        ("Wat is de prijs van een eerste adviesgesprek?", True),
        ("Ik wil graag weten wat uw prijzen zijn.", True),
        ("Was ist Ihr Preis für eine Erstberatung?", True),
        ("Quel est votre prix pour une première consultation?", True),
    ],
)
def test_a_prize_is_no_price(text: str, price: bool) -> None:
    assert any(english == "cost fee" for _, english in ideas_in(text)) is price


def test_a_clients_price_question_in_dutch_is_a_consultation_asked(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Goedemiddag mevrouw De Vries,\n\nIk heb een klein café in Utrecht en zoek een nieuwe boekhouder. Wat is de "
        "prijs van een eerste adviesgesprek?\n\nMet vriendelijke groet,\nPieter Bakker"
    )
    record = _to_client(kindly, tmp_path, "nl", body)
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_dutch"), record["reason"]
    assert '("Wat is de prijs van een eerste adviesgesprek")' in record["reason"]
    assert "Mijn eerste adviesgesprek kost € 120 voor een uur" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("code", "body", "price"),
    [
        (
            "de",
            "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Was ist Ihr Preis für eine "
            "Erstberatung?\n\nViele Grüße\nJonas Keller",
            "Meine Erstberatung kostet 120 €",
        ),
        (
            "fr",
            "Bonjour Madame Gagnon,\n\nJ'ai un petit café sur la rue Wellington. Quel est votre prix pour une "
            "première consultation?\n\nCordialement,\nJulien Roy",
            "Ma première consultation coûte 120 $",
        ),
    ],
    ids=["de", "fr"],
)
def test_a_clients_price_question_is_a_consultation_asked_in_german_and_french(
    kindly: Kindly, tmp_path: Path, code: str, body: str, price: str
) -> None:
    record = _to_client(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert price in record["draft"], record["draft"]


def test_a_prize_ceremony_of_the_chamber_of_commerce_is_not_read_as_a_price(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Geachte mevrouw De Vries,\n\nGefeliciteerd! U heeft een prijs gewonnen. De Kamer van Koophandel Utrecht "
        "nodigt u uit voor de uitreiking op donderdag 10 december om 19.00 uur in het Stadhuis.\n\nMet vriendelijke "
        "groet,\nEva Smit\nKamer van Koophandel Utrecht"
    )
    record = _to_client(
        kindly, tmp_path, "nl", body, sender="Eva Smit <eva.smit@kvk.example.nl>", subject="Uitnodiging"
    )
    # a yes on its day, as to any invitation of her goal's target: not set aside as an order asking her prices
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_dutch"), record["reason"]
    assert "on donderdag 10 december om 19.00 uur" in record["reason"]


def test_a_prize_scam_in_dutch_gets_no_reply(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Beste mevrouw De Vries,\n\nGefeliciteerd! U heeft een prijs gewonnen in onze decemberactie: een iPad Pro. "
        "Klik op de link hieronder en vul uw gegevens in om uw prijs te claimen.\n\nMet vriendelijke groet,\n"
        "Team Prijzenactie"
    )
    record = _to_client(
        kindly, tmp_path, "nl", body, sender="Prijzenactie <actie@winnaar-nl.example>", subject="Prijs"
    )
    assert record["decision"] == "ignore", record["reason"]
    assert record["draft"] is None
