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
from kindly.understand.plain_forms import ideas_in, own_matter, weeks_ahead
from personas import dutch_bookkeeper_profile, italian_accountant_profile, to_chiara, to_sanne
from support import Kindly, eml, profile_file, triaged_one
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


# -- 5. the greeting of a business or a role mailbox ----------------------------------------------------------------
# A seller's mail, declined (she has an agency), from a sales or service mailbox: greeted by the person who signs,
# else with the language's neutral greeting - never "Hallo Vertrieb," nor "Olá Vendas,".

PITCH = {
    "de": "Guten Tag,\n\nwir sind eine Marketingagentur aus Berlin und helfen Steuerberatern, neue Mandanten zu "
    "gewinnen. Haben Sie nächste Woche Zeit für ein kurzes Gespräch?\n\nMit freundlichen Grüßen\n{signed}",
    "es": "Buenos días,\n\nSomos una agencia de marketing y ayudamos a despachos de abogados a conseguir más "
    "clientes. ¿Tiene tiempo para una charla?\n\nSaludos,\n{signed}",
    "fr": "Bonjour,\n\nNous sommes une agence de marketing qui aide les comptables à trouver des clients. Auriez-vous "
    "le temps pour un échange?\n\nCordialement,\n{signed}",
    "pt": "Bom dia,\n\nSomos uma agência de marketing e ajudamos contabilistas a conseguir novos clientes. Teria tempo "
    "para uma conversa?\n\nCumprimentos,\n{signed}",
    "it": "Buongiorno,\n\nsiamo un'agenzia di marketing e aiutiamo i commercialisti a trovare nuovi clienti. Avrebbe "
    "tempo per una telefonata?\n\nCordiali saluti\n{signed}",
    "nl": "Goedendag,\n\nWij zijn een marketingbureau en helpen boekhouders aan nieuwe klanten. Heeft u tijd voor een "
    "kort gesprek?\n\nMet vriendelijke groet,\n{signed}",
}


@pytest.mark.parametrize(
    ("code", "sender", "signed", "greeting"),
    [
        pytest.param(
            "de", "Vertrieb <vertrieb@firma.example>", "Ihr Vertriebsteam", "Guten Tag,", id="de-vertrieb"
        ),
        pytest.param(
            "de",
            "Vertrieb Müller GmbH <vertrieb@mueller.example.de>",
            "Vertrieb Müller GmbH",
            "Guten Tag,",
            id="de-vertrieb-gmbh",
        ),
        pytest.param(
            "de",
            "Kundenservice <service@mueller.example.de>",
            "Kundenservice",
            "Guten Tag,",
            id="de-kundenservice",
        ),
        pytest.param("de", "Team <team@firma.example>", "Ihr Team", "Guten Tag,", id="de-team"),
        pytest.param(
            "es", "Ventas <ventas@crecemas.example>", "Departamento de Ventas", "Buenos días:", id="es-ventas"
        ),
        pytest.param(
            "fr", "Ventes <ventes@agencevif.example.ca>", "Service des ventes", "Bonjour,", id="fr-ventes"
        ),
        pytest.param(
            "pt", "Vendas <vendas@agenciaviva.example.pt>", "Equipa comercial", "Bom dia,", id="pt-vendas"
        ),
        pytest.param(
            "it", "Vendite <vendite@agenzia.example.it>", "Ufficio vendite", "Buongiorno,", id="it-vendite"
        ),
        pytest.param(
            "nl", "Verkoop <verkoop@bureau.example.nl>", "Team Verkoop", "Goedendag,", id="nl-verkoop"
        ),
        pytest.param("nl", "Info <info@bureau.example.nl>", "Het team", "Goedendag,", id="nl-info"),
        # near miss: a person who signs from the sales mailbox is greeted by name
        pytest.param(
            "de", "Vertrieb <vertrieb@firma.example>", "Tim Brandt", "Hallo Tim,", id="de-vertrieb-tim"
        ),
    ],
)
def test_a_role_mailbox_is_greeted_neutrally_in_its_language(
    kindly: Kindly, tmp_path: Path, code: str, sender: str, signed: str, greeting: str
) -> None:
    record = _to_client(
        kindly, tmp_path, code, PITCH[code].format(signed=signed), sender=sender, subject="Anfrage"
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"].splitlines()[0] == greeting, record["draft"]


def test_a_business_named_with_a_title_is_greeted_by_who_signs(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi there,\n\nWe're a local handyman service and would love to quote for any repairs at your office. Could "
        "we stop by next week for a free estimate?\n\nThanks,\nGary"
    )
    mail = eml(
        tmp_path / "m.eml",
        body,
        sender="Mr Fix It Repairs <gary@mrfixit.example>",
        subject="Repairs",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to="Dana Reyes <dana@example.com>",
    )
    record = triaged_one(kindly, mail)
    assert record["draft"].splitlines()[0] == "Hi Gary,", record["draft"]


# -- 12 more mails, two in each language, with what she should see (written before running kindly) -----------------
# Found wrong on the first run (fixed): a self-employed client asking for a "Termin" or a "rendez-vous" was taken for
# an invitation from her goal's target ("selbstständige", "travailleuse autonome") and asked its day and hour.
# Read on Monday 30 November, the day they were written, so "la quinta-feira que vem" may mean this week's.

TWELVE_MAILS = [
    pytest.param(
        "de",
        "Anna Schmidt <anna.schmidt@posteo.example.de>",
        "Guten Tag Frau Weber,\n\nich bin seit Oktober selbstständige Grafikdesignerin und brauche Hilfe bei meiner ersten Steuererklärung. Könnten wir einen Termin vereinbaren? Mittwochs vormittags passt es mir am besten.\n\nViele Grüße\nAnna Schmidt",
        "accept",
        "read_in_german",
        "Würde es Ihnen am Mittwoch, 2. Dezember um 9:30 Uhr oder am Mittwoch, 9. Dezember um 10:30 Uhr passen?",
        id="de-client-termin",
    ),
    pytest.param(
        "de",
        "Petra Lang <petra.lang@ihk-berlin.example.de>",
        "Sehr geehrte Frau Weber,\n\ndie IHK Berlin lädt Sie herzlich ein, am Donnerstag, 17. Dezember um 18 Uhr einen Vortrag zum Thema Umsatzsteuer für Gründerinnen und Gründer zu halten. Der Workshop findet in der Fasanenstraße 85 statt. Hätten Sie Interesse?\n\nMit freundlichen Grüßen\nPetra Lang\nIHK Berlin",
        "accept",
        "read_in_german",
        "Sie können am Donnerstag, 17. Dezember um 18 Uhr mit mir rechnen.",
        id="de-ihk-vortrag",
    ),
    pytest.param(
        "es",
        "Rosa Díaz <rosa.diaz@gmail.example>",
        "Estimada licenciada:\n\nLe adjunto el comprobante de pago de la consulta del martes. Muchas gracias por su tiempo y sus consejos. Quedo a su disposición.\n\nAtentamente,\nRosa Díaz",
        "ignore",
        "not_invitation",
        None,
        id="es-receipt-a-su-disposicion",
    ),
    pytest.param(
        "es",
        "Rosa Díaz <rosa.diaz@gmail.example>",
        "Buenas tardes licenciada,\n\nMi hermana tiene una cita en la oficina de inmigración en enero y necesita asesoría. ¿Podríamos agendar una consulta dentro de dos semanas?\n\nAtentamente,\nRosa Díaz",
        "accept",
        "read_in_spanish",
        "el lunes 14 de diciembre a las 9:00 o el miércoles 16 de diciembre a las 9:00",
        id="es-client-dos-semanas",
    ),
    pytest.param(
        "fr",
        "Kevin Lavoie <kevin@prospectsplus.example.ca>",
        "Bonjour,\n\nNous générons des prospects qualifiés pour les comptables de Montréal. Payez seulement par client potentiel : 40 $ par rendez-vous. Seriez-vous disponible pour un appel cette semaine?\n\nCordialement,\nKevin Lavoie",
        "decline",
        "never_do",
        "Malheureusement, ce n'est pas quelque chose que je peux accepter.",
        id="fr-lead-seller",
    ),
    pytest.param(
        "fr",
        "Sophie Tremblay <sophie.tremblay@videotron.example.ca>",
        "Bonjour Madame Gagnon,\n\nJe suis travailleuse autonome et j'aimerais prendre rendez-vous pour ma déclaration de revenus. La semaine prochaine je suis en voyage, mais la semaine d'après me conviendrait.\n\nMerci,\nSophie Tremblay",
        "accept",
        "read_in_french",
        "le lundi 14 décembre à 10 h ou le mercredi 16 décembre à 11 h",
        id="fr-client-semaine-dapres",
    ),
    pytest.param(
        "pt",
        "Rui Costa <rui.costa@sapo.example.pt>",
        "Olá Sofia,\n\nMuito obrigado pela reunião de ontem! Fico disponível para qualquer esclarecimento.\n\nAbraço,\nRui Costa",
        "ignore",
        "not_invitation",
        None,
        id="pt-thanks-fico-disponivel",
    ),
    pytest.param(
        "pt",
        "Marta Lopes <marta.lopes@sapo.example.pt>",
        "Bom dia,\n\nTenho uma pequena pastelaria em Belém e preciso de uma contabilista nova. Podemos marcar uma consulta na quinta-feira que vem, de manhã?\n\nCumprimentos,\nMarta Lopes",
        "accept",
        "read_in_portuguese",
        "na quinta-feira, 3 de dezembro, às 9h30 ou na quinta-feira, 10 de dezembro, às 9h30",
        id="pt-client-quinta-que-vem",
    ),
    pytest.param(
        "it",
        "Luca Ferri <luca.ferri@libero.example.it>",
        "Buongiorno dottoressa,\n\nho aperto da poco la partita IVA come fotografo. Quanto costa una prima consulenza? Potremmo vederci la settimana prossima?\n\nCordiali saluti,\nLuca Ferri",
        "accept",
        "read_in_italian",
        "La mia prima consulenza costa 120 € per un'ora",
        id="it-client-quanto-costa",
    ),
    pytest.param(
        "it",
        "Giulia Conti <giulia.conti@mi.camcom.example.it>",
        "Gentile dottoressa Rossi,\n\nla Camera di Commercio di Milano organizza un aperitivo di networking per professionisti giovedì 10 dicembre alle 18:30 in via Meravigli 9. Sarebbe un piacere averla con noi. Ci conferma la Sua presenza?\n\nCordiali saluti\nGiulia Conti\nCamera di Commercio di Milano",
        "accept",
        "read_in_italian",
        "può contare su di me giovedì 10 dicembre alle 18:30.",
        id="it-camera-aperitivo",
    ),
    pytest.param(
        "nl",
        "Eva Jansen <eva.jansen@ziggo.example.nl>",
        "Beste mevrouw De Vries,\n\nMijn man en ik hebben sinds kort een webshop en we lopen vast met de btw-aangifte. Kunnen we over twee weken een kennismakingsgesprek inplannen?\n\nHartelijke groet,\nEva Jansen",
        "accept",
        "read_in_dutch",
        "maandag 14 december om 10.00 uur of woensdag 16 december om 11.00 uur",
        id="nl-client-over-twee-weken",
    ),
    pytest.param(
        "nl",
        "Pieter Bakker <pieter.bakker@ziggo.example.nl>",
        "Beste Sanne,\n\nHartelijk dank voor het prettige gesprek van gisteren. Ik blijf beschikbaar voor eventuele vragen.\n\nMet vriendelijke groet,\nPieter Bakker",
        "ignore",
        "not_invitation",
        None,
        id="nl-thanks-blijf-beschikbaar",
    ),
]


@pytest.mark.parametrize(("code", "sender", "body", "decision", "reason_code", "said"), TWELVE_MAILS)
def test_twelve_more_mails_in_six_languages(
    kindly: Kindly,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: str,
    sender: str,
    body: str,
    decision: str,
    reason_code: str,
    said: str | None,
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T16:00:00+00:00")
    record = _to_client(kindly, tmp_path, code, body, sender=sender, subject="Mail")
    assert (record["decision"], record["reason_code"]) == (decision, reason_code), record["reason"]
    if said is None:
        assert record["draft"] is None
    else:
        assert said in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("Ich brauche Hilfe bei meiner ersten Steuererklärung.", "meiner ersten Steuererklärung"),
        ("Ich bin seit Oktober selbstständige Grafikdesignerin.", "Ich bin seit Oktober selbstständige"),
        # near miss: a parish's families are no matter of the sender's own
        ("Le escribo de la Parroquia San Juan Bosco.", ""),
    ],
)
def test_a_self_employed_clients_own_matter_is_read(said: str, found: str) -> None:
    language = "Spanish" if "Parroquia" in said else "German"
    assert own_matter(READ[language], said) == found
