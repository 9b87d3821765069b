"""German and Portuguese mail (session 23): kindly reads them as it reads Spanish and French, from a table of words
and fixed sentences (understand/languages/{german,portuguese}.py, reply/languages/{german,portuguese}.py), for
Katrin Weber, a tax advisor in Berlin, and Sofia Almeida, an accountant in Lisbon. A thank-you or a receipt asks
nothing, a prospective client's Termin or consulta is a yes with their times in their language, a seller of a trade
they have a provider for is declined, a calendar invitation is answered in its language, and anything else stays
theirs to read. Nothing is translated. Also: a stranger asking in English to book a consultation about their own
matter is a prospective client (understand/consultation_asked.py), a French "5 à 7" is an invitation, and a part
of the day a client says for one day is that day's only ("los martes por la tarde o el jueves")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.reply.in_its_language import slot_in
from kindly.reply.languages import GERMAN, PORTUGUESE
from kindly.understand.consultation_asked import consultation_asked
from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit
from personas import (
    CONSULTATION_IN_GERMAN,
    CONSULTATION_IN_PORTUGUESE,
    accountant_abroad_profile,
    bilingual_accountant_profile,
    to_accountant_abroad,
    to_elise,
)
from support import Kindly, profile_file, triaged_one


def _triaged(
    kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str, subject: str
) -> dict[str, Any]:
    """The triage record of a mail to Katrin (`code` "de") or Sofia ("pt")."""
    mail = to_accountant_abroad(code, tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(accountant_abroad_profile(code), tmp_path))


# -- a proposed time, in German and Portuguese ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "german", "portuguese"),
    [
        (
            "Tuesday 8 December at 10:00",
            "am Dienstag, 8. Dezember um 10 Uhr",
            "na terça-feira, 8 de dezembro, às 10h",
        ),
        (
            "Tuesday, December 8 at 2:30 pm",
            "am Dienstag, 8. Dezember um 14:30 Uhr",
            "na terça-feira, 8 de dezembro, às 14h30",
        ),
        (
            "Saturday 5 December at 1:00 pm",
            "am Samstag, 5. Dezember um 13 Uhr",
            "no sábado, 5 de dezembro, às 13h",
        ),
        ("next Tuesday at 10", "", ""),
    ],
)
def test_a_proposed_time_is_written_in_german_and_portuguese_from_fixed_tables(
    slot: str, german: str, portuguese: str
) -> None:
    assert (slot_in(GERMAN, slot), slot_in(PORTUGUESE, slot)) == (german, portuguese)


# -- a thank-you or a receipt asks nothing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "body", "said"),
    [
        (
            "de",
            "Liebe Frau Weber,\n\nvielen Dank für die Beratung gestern. Ihre Tipps zur Umsatzsteuer haben mir sehr "
            "geholfen.\n\nViele Grüße\nJonas Keller",
            "vielen Dank für",
        ),
        (
            "de",
            "Guten Tag Frau Weber,\n\nanbei die Zahlungsbestätigung für die Beratung am Dienstag. Die Überweisung "
            "über 120 € ist heute rausgegangen.\n\nViele Grüße\nJonas Keller",
            "Zahlungsbestätigung",
        ),
        (
            "pt",
            "Olá Sofia,\n\nMuito obrigada pela consulta de ontem. As suas explicações sobre o IVA ajudaram-me "
            "imenso.\n\nCumprimentos,\nMarta Silva",
            "obrigada pela",
        ),
        (
            "pt",
            "Bom dia Dra. Almeida,\n\nSegue o comprovativo da transferência de 120 € pela consulta de terça-feira."
            "\n\nCumprimentos,\nMarta Silva",
            "comprovativo",
        ),
    ],
    ids=["de-thank-you", "de-receipt", "pt-thank-you", "pt-receipt"],
)
def test_a_thank_you_or_receipt_in_german_or_portuguese_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path, code: str, body: str, said: str
) -> None:
    record = _triaged(kindly, tmp_path, code, body, "Jonas Keller <jonas.keller@gmx.example.de>", "Danke")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert f'"{said}", and no question' in record["reason"]


@pytest.mark.parametrize(
    ("code", "body"),
    [
        # thanks, then a meeting proposed at an hour
        (
            "de",
            "Hallo Katrin,\n\nvielen Dank für Ihre Nachricht. Ich schlage vor, dass wir uns am Donnerstag, 10. Dezember "
            "um 10 Uhr bei mir im Büro treffen, dann können wir auch über die anderen Punkte sprechen.\n\nJonas",
        ),
        # a friend's invitation that says none of kindly's forms
        (
            "de",
            "Hallo Katrin,\n\nhast du Lust, am Wochenende mit uns im Grunewald wandern zu gehen? Wir würden uns "
            "sehr freuen.\n\nLiebe Grüße\nAnna",
        ),
        (
            "pt",
            "Olá Sofia,\n\nObrigada pela mensagem. Proponho um encontro na quinta-feira, 10 de dezembro às 10h, para "
            "vermos o resto.\n\nMarta",
        ),
        (
            "pt",
            "Olá Sofia!\n\nVamos fazer um jantar de antigos colegas da faculdade em Belém. Queres vir connosco? Vai "
            "ser muito giro.\n\nBeijinhos,\nInês",
        ),
    ],
    ids=["de-thanks-then-a-meeting", "de-friend", "pt-thanks-then-a-meeting", "pt-friend"],
)
def test_a_mail_that_asks_something_else_stays_theirs_to_read(
    kindly: Kindly, tmp_path: Path, code: str, body: str
) -> None:
    record = _triaged(kindly, tmp_path, code, body, "Anna Berg <anna.berg@posteo.example.de>", "Hallo")
    assert record["decision"] == "ignore"
    assert record["reason_code"].startswith("not_english"), record["reason"]
    assert record["draft"] is None


# -- a prospective client's Termin or consulta ------------------------------------------------------------------

TERMIN = (
    "Guten Tag Frau Weber,\n\nich habe ein kleines Café in Kreuzberg und mein Steuerberater geht in Rente. Ich "
    "möchte gerne einen Termin für eine Erstberatung vereinbaren. Was kostet eine Erstberatung?\n\nViele Grüße\n"
    "Jonas Keller"
)
JONAS = "Jonas Keller <jonas.keller@gmx.example.de>"
CONSULTA = (
    "Bom dia Dra. Almeida,\n\nTenho um pequeno restaurante em Alfama e gostaria de marcar uma consulta sobre o IRS "
    "da minha empresa. Quanto custa a consulta?\n\nCumprimentos,\nRui Costa"
)
RUI = "Rui Costa <rui.costa@sapo.example.pt>"


def test_a_prospective_client_asking_a_termin_is_a_yes_with_her_times_in_german(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(kindly, tmp_path, "de", TERMIN, JONAS, "Erstberatung")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_german"), record["reason"]
    assert record["reason"].startswith(
        'In German: a prospective client asks for a consultation ("möchte gerne'
    )
    # session 23 (languages3): "Guten Tag Frau Weber" is formal, answered by his whole name
    assert record["draft"] == (
        "Guten Tag Jonas Keller,\n\nVielen Dank für Ihre Nachricht. Sehr gerne vereinbare ich einen Beratungstermin mit Ihnen. "
        f"{CONSULTATION_IN_GERMAN} Würde es Ihnen am Mittwoch, 2. Dezember um 10 Uhr oder am Freitag, 4. "
        "Dezember um 11 Uhr passen?\n\nViele Grüße\nKatrin Weber, Steuerberaterin"
    )


@pytest.mark.parametrize(
    "body",
    [
        CONSULTA,
        # a meeting asked about their own business is a consultation too
        CONSULTA.replace(
            "gostaria de marcar uma consulta sobre o IRS da minha empresa. Quanto custa a consulta?",
            "gostaria de marcar uma reunião para falar da contabilidade do meu negócio.",
        ),
    ],
    ids=["consulta", "marcar-uma-reuniao"],
)
def test_a_prospective_client_asking_a_consulta_is_a_yes_with_her_times_in_portuguese(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _triaged(kindly, tmp_path, "pt", body, RUI, "Consulta")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_portuguese"), record["reason"]
    # session 23 (languages3): "Bom dia Dra. Almeida" is formal, answered by his whole name
    assert record["draft"].startswith("Bom dia Rui Costa,\n\n"), record["draft"]
    assert (
        "Agradeço muito a sua mensagem. Terei todo o gosto em marcar uma consulta consigo. "
        f"{CONSULTATION_IN_PORTUGUESE} Daria jeito na quarta-feira, 2 de dezembro, às 10h ou na sexta-feira, 4 de "
        "dezembro, às 11h?\n\nCom os melhores cumprimentos,\nSofia Almeida, Contabilista Certificada"
    ) in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("code", "body", "sender", "asked"),
    [
        (
            "de",
            TERMIN.replace("Was kostet eine Erstberatung?", "Dienstagnachmittag passt mir am besten."),
            JONAS,
            "Würde es Ihnen am Dienstag, 8. Dezember um 14 Uhr oder am Dienstag, 15. Dezember um 15:30 Uhr passen?",
        ),
        (
            "pt",
            CONSULTA.replace("Quanto custa a consulta?", "Posso às quintas à tarde."),
            RUI,
            "Daria jeito na quinta-feira, 3 de dezembro, às 14h ou na quinta-feira, 10 de dezembro, às 15h30?",
        ),
    ],
    ids=["de-dienstagnachmittag", "pt-quintas-a-tarde"],
)
def test_a_client_is_offered_the_day_and_part_of_the_day_they_say_suit_them(
    kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str, asked: str
) -> None:
    record = _triaged(kindly, tmp_path, code, body, sender, "Termin")
    assert record["decision"] == "accept", record["reason"]
    assert asked in record["draft"], record["draft"]


# -- sellers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "body", "said"),
    [
        (
            "de",
            "Hallo Frau Weber,\n\nwir sind eine Marketingagentur für Steuerkanzleien. Wir verdoppeln Ihre "
            "Mandantenanfragen in 90 Tagen. Hätten Sie am Donnerstag 20 Minuten für ein Telefonat?\n\nBeste Grüße\n"
            "Tim Brandt\nPixelwerk GmbH",
            "Für diese Leistung arbeite ich bereits mit einem Anbieter meines Vertrauens zusammen",
        ),
        (
            "pt",
            "Olá Sofia,\n\nSomos uma agência de marketing para gabinetes de contabilidade. Duplicamos os seus "
            "pedidos de consulta em 90 dias. Poderíamos marcar uma chamada de 20 minutos na quinta-feira?\n\n"
            "Cumprimentos,\nTiago Ramos\nAgência Pixel",
            "Para esse serviço já trabalho com um fornecedor de confiança",
        ),
    ],
    ids=["de-marketingagentur", "pt-agencia-de-marketing"],
)
def test_a_seller_of_a_trade_they_have_a_provider_for_is_declined_in_its_language(
    kindly: Kindly, tmp_path: Path, code: str, body: str, said: str
) -> None:
    record = _triaged(kindly, tmp_path, code, body, "Tim Brandt <tim@pixelwerk.example.de>", "Mehr Mandanten")
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert said in record["draft"], record["draft"]
    assert "Nordlicht" not in record["draft"]  # her provider is never named to a seller


# -- a calendar invitation in its language -------------------------------------------------------------------------

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:launch-20261208@{domain}
DTSTAMP:20261130T160000Z
DTSTART;TZID={zone}:20261208T180000
DTEND;TZID={zone}:20261208T200000
SUMMARY:{summary}
DESCRIPTION:{description}
ORGANIZER;CN=Max Lang:mailto:max@{domain}
ATTENDEE;CN={name};RSVP=TRUE:mailto:{address}
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize(
    ("code", "fields", "draft"),
    [
        (
            "de",
            {
                "domain": "wolke.example.de",
                "zone": "Europe/Berlin",
                "summary": "Launch: Wolke\\, die Notiz-App mit KI",
                "description": "Feiern Sie mit Gründern und Investoren den Launch von Wolke\\, unserer Notiz-App "
                "mit künstlicher Intelligenz\\, mit Häppchen und Live-Demos. Wir würden uns sehr freuen\\, Sie "
                "dort zu sehen!",
                "name": "Katrin Weber",
                "address": "katrin@weber-steuer.example.de",
            },
            "Hallo Max,\n\nVielen Dank für die Einladung, leider kann ich nicht teilnehmen.\n\nViele Grüße\n"
            "Katrin Weber, Steuerberaterin",
        ),
        (
            "pt",
            {
                "domain": "nuvem.example.pt",
                "zone": "Europe/Lisbon",
                "summary": "Lançamento: Nuvem\\, a app de notas com IA",
                "description": "Junte-se a fundadores e investidores para celebrar o lançamento da Nuvem\\, a nossa "
                "app de notas com inteligência artificial\\, com petiscos e demonstrações ao vivo. Será um prazer "
                "contar com a sua presença!",
                "name": "Sofia Almeida",
                "address": "sofia@almeidacontas.example.pt",
            },
            "Olá Max,\n\nAgradeço o convite, infelizmente não poderei participar.\n\nCom os melhores cumprimentos,\n"
            "Sofia Almeida, Contabilista Certificada",
        ),
    ],
    ids=["de", "pt"],
)
def test_a_calendar_invitation_is_answered_in_its_language_as_its_calendar_reply_is(
    kindly: Kindly, tmp_path: Path, code: str, fields: dict[str, str], draft: str
) -> None:
    source = tmp_path / "invite.ics"
    source.write_text(ICS.format(**fields), encoding="utf-8")
    record = triaged_one(kindly, source, profile_file(accountant_abroad_profile(code), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"] == draft


# -- a client's consultation asked in English ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "I'd like to book a consultation about my 2025 taxes. Wednesday afternoon would suit me.",
            "I'd like to book a consultation about my 2025 taxes",
        ),
        (
            "Could I schedule an initial appointment regarding our lease renewal?",
            "Could I schedule an initial appointment regarding our lease renewal",
        ),
        # near misses: a colleague's room, a seller's free consultation, one already booked
        ("Could you book the consultation room for Thursday afternoon?", ""),
        ("We'd like to offer you a free consultation about your firm's online presence.", ""),
        ("Just a reminder that my consultation about my 2025 taxes is booked for Wednesday at 10:00.", ""),
        ("I'd like to book a consultation with you to show our platform.", ""),
    ],
    ids=[
        "own-taxes",
        "our-lease",
        "consultation-room",
        "free-consultation-offered",
        "already-booked",
        "a-demo",
    ],
)
def test_a_consultation_asked_about_their_own_matter_is_read_in_english(text: str, asked: str) -> None:
    assert consultation_asked(text) == asked


DAN = "Dan Miller <dan.miller@gmail.com>"
TAXES = (
    "Hello,\n\nI'd like to book a consultation about my 2025 taxes. Wednesday afternoon would suit me.\n\n"
    "Thanks,\nDan Miller"
)


def _to_elise(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = to_elise(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(bilingual_accountant_profile(), tmp_path))


def test_a_stranger_booking_a_consultation_about_their_taxes_is_a_client_with_her_first_free_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_elise(kindly, tmp_path, TAXES, DAN, "Consultation")
    assert (record["decision"], record["intent"]) == ("accept", "client_inquiry"), record["reason"]
    # she meets on Wednesday mornings only: not "Wednesday afternoon works for me", nor a Wednesday weeks out
    assert "Wednesday afternoon works for me" not in record["draft"]
    assert (
        "Would Wednesday 2 December at 10:00 or Friday 4 December at 11:00 work for you instead?"
        in (record["draft"])
    ), record["draft"]


def test_a_part_of_the_day_inside_her_hours_is_still_said_to_work(kindly: Kindly, tmp_path: Path) -> None:
    body = TAXES.replace("Wednesday afternoon", "Tuesday afternoon")
    record = _to_elise(kindly, tmp_path, body, DAN, "Consultation")
    assert (
        "Tuesday afternoon works for me. Any time between 14:00 and 16:00 is good for me." in record["draft"]
    )


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Hi Élise,\n\nCould you book the consultation room for Thursday afternoon? The Lavoie file needs a "
            "proper table and I'd like to go through it with you.\n\nThanks,\nMarc",
            "Marc Dubois <marc@gagnoncpa.ca>",
        ),
        (
            "Hi Élise,\n\nWe'd like to offer you a free consultation about your firm's online presence. We help "
            "accounting firms get more clients. Could we book a 20-minute call on Wednesday afternoon?\n\nBest,\n"
            "Kevin Roy\nPixel Agency",
            "Kevin Roy <kevin@pixelagency.example.com>",
        ),
        (
            "Hi Élise,\n\nJust a reminder that my consultation about my 2025 taxes is booked for Wednesday at "
            "10:00. See you then!\n\nDan",
            DAN,
        ),
    ],
    ids=["colleague-books-the-room", "seller-offers-a-free-consultation", "reminder-of-one-booked"],
)
def test_a_consultation_that_is_no_clients_request_is_not_taken_for_one(
    kindly: Kindly, tmp_path: Path, body: str, sender: str
) -> None:
    record = _to_elise(kindly, tmp_path, body, sender, "Consultation")
    assert record["intent"] != "client_inquiry", record["reason"]
    assert record["decision"] != "accept", record["reason"]


# -- French: an invitation to a 5 à 7 -------------------------------------------------------------------------------

CINQ_A_SEPT = (
    "Bonjour Élise,\n\nVous êtes invités à notre 5 à 7 de fin d'année, le jeudi 10 décembre à 17 h, {where}. Au "
    "plaisir de vous y voir!\n\n{signed}"
)


def test_a_chamber_of_commerce_5_a_7_is_an_invitation_she_is_glad_to_accept_in_french(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = CINQ_A_SEPT.format(
        where="à nos bureaux du 5600, rue Hochelaga",
        signed="Sylvie Bérubé\nChambre de commerce de l'Est de Montréal",
    )
    record = _to_elise(kindly, tmp_path, body, "Sylvie Bérubé <sberube@ccestmtl.example.ca>", "Notre 5 à 7")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_french"), record["reason"]
    assert 'it looks like an invitation ("5 à 7", "invités")' in record["reason"]
    assert "vous pouvez compter sur moi le jeudi 10 décembre à 17 h." in record["draft"]


def test_a_friends_5_a_7_is_hers_to_read_first_as_an_invitation(kindly: Kindly, tmp_path: Path) -> None:
    body = CINQ_A_SEPT.format(where="chez nous à Verdun", signed="Camille Roy")
    record = _to_elise(kindly, tmp_path, body, "Camille Roy <camille.roy@gmail.com>", "Notre 5 à 7")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert record["draft"] is None


# -- a part of the day said for one day only ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "said", "days"),
    [
        ("es", "Puedo los martes por la tarde o el jueves.", ("Tuesday afternoon", "Thursday")),
        ("fr", "Je suis disponible le mardi après-midi ou le jeudi.", ("Tuesday afternoon", "Thursday")),
        ("de", "Dienstagnachmittag passt mir am besten, oder Donnerstag.", ("Tuesday afternoon", "Thursday")),
        ("pt", "Posso às terças à tarde ou na quinta.", ("Tuesday afternoon", "Thursday")),
        # near misses: a part said after the last day, or before the first, covers every day
        ("es", "Puedo el martes o el jueves por la tarde.", ("Tuesday Thursday afternoon",)),
        ("es", "Por la tarde puedo el martes o el jueves.", ("Tuesday Thursday afternoon",)),
        ("fr", "Je suis disponible les jeudis matin, idéalement.", ("Thursday morning",)),
    ],
)
def test_a_part_of_the_day_said_after_one_day_is_that_days_only(
    code: str, said: str, days: tuple[str, ...]
) -> None:
    words = next(table for table in READ.values() if table.code == code)
    assert days_that_suit(words, said) == days


def test_a_german_client_free_on_tuesday_afternoon_or_thursday_is_offered_thursday_morning_too(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = TERMIN.replace(
        "Was kostet eine Erstberatung?", "Dienstagnachmittag passt mir am besten, oder Donnerstag."
    )
    record = _triaged(kindly, tmp_path, "de", body, JONAS, "Termin")
    assert (
        "Würde es Ihnen am Donnerstag, 3. Dezember um 10 Uhr oder am Dienstag, 8. Dezember um 14 Uhr passen?"
        in record["draft"]
    ), record["draft"]


# -- more of the German and Portuguese forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "body", "decision", "said"),
    [
        # a thank-you whose verb comes last
        (
            "de",
            "Guten Tag Frau Weber,\n\nich möchte mich herzlich für die Beratung letzte Woche bedanken. Das hat mir "
            "sehr geholfen.\n\nViele Grüße\nJonas Keller",
            "ignore",
            "",
        ),
        # free advice by e-mail, from someone who says they are self-employed: her paid consultation offered
        (
            "de",
            "Guten Tag Frau Weber,\n\nkönnten Sie mir kurz per E-Mail sagen, ob ich mein Arbeitszimmer absetzen "
            "kann? Ich bin selbstständig und kann mir gerade keinen Steuerberater leisten.\n\nDanke!\nNadia",
            "accept",
            "Kostenlose Beratung per E-Mail biete ich nicht an, aber sehr gerne vereinbare ich einen "
            "Beratungstermin mit Ihnen.",
        ),
        (
            "pt",
            "Olá Sofia,\n\nPode dizer-me por e-mail se posso deduzir as despesas do escritório em casa? Sou "
            "trabalhadora independente e não posso pagar um contabilista agora.\n\nObrigada!\nAna",
            "accept",
            "Não dou aconselhamento gratuito por e-mail, mas terei todo o gosto em marcar uma consulta consigo.",
        ),
        # a lead seller, by its price per lead
        (
            "de",
            "Hallo Frau Weber,\n\nSie zahlen nur pro Lead: 40 € pro qualifiziertem Interessenten. Hätten Sie 15 "
            "Minuten für ein Gespräch?\n\nIhr Vertriebsteam",
            "decline",
            "Leider ist das nichts, was ich annehmen kann.",
        ),
        # a chamber of commerce's workshop on a day and an hour: a yes on it
        (
            "de",
            "Guten Tag,\n\nich schreibe Ihnen von der IHK Berlin. Wir würden Sie gerne einladen, am Dienstag, den 8. "
            "Dezember um 12 Uhr einen Workshop zur Umsatzsteuer für Gründer zu halten.\n\nViele Grüße\nPetra Lange",
            "accept",
            "Sehr gerne: Sie können am Dienstag, den 8. Dezember um 12 Uhr mit mir rechnen.",
        ),
        (
            "pt",
            "Bom dia,\n\nEscrevo-lhe da Câmara de Comércio de Lisboa. Gostaríamos de a convidar para dar um workshop "
            "sobre IVA na terça-feira, 8 de dezembro às 12h.\n\nCumprimentos,\nPaula Reis",
            "accept",
            "Com todo o gosto: pode contar comigo na terça-feira, 8 de dezembro, às 12h.",
        ),
    ],
    ids=["de-bedanken", "de-free-advice", "pt-free-advice", "de-lead-seller", "de-ihk-workshop", "pt-camara"],
)
def test_more_german_and_portuguese_mail_is_decided_in_its_words(
    kindly: Kindly, tmp_path: Path, code: str, body: str, decision: str, said: str
) -> None:
    record = _triaged(kindly, tmp_path, code, body, "Nadia Roth <nadia.roth@mail.example.com>", "Frage")
    assert record["decision"] == decision, record["reason"]
    assert record["reason_code"] != "not_english_invitation", record["reason"]
    if said:
        assert said in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("body", "decision"),
    [
        (
            "Guten Tag Frau Weber,\n\nhaben Sie nächste Woche Zeit für ein Erstgespräch? Es geht um die "
            "Steuererklärung meines kleinen Cafés.\n\nViele Grüße\nJonas Keller",
            "accept",
        ),
        # near miss: a seller who says what it is asks the same, and is never a client's yes (session 23,
        # languages3: "Erstgespräch" is a meeting word, so a seller asking one is declined, no longer left to read)
        (
            "Guten Tag Frau Weber,\n\nwir sind eine Webagentur für Steuerkanzleien. Haben Sie nächste Woche Zeit für "
            "ein Erstgespräch über Ihre Website?\n\nViele Grüße\nTim Brandt",
            "decline",
        ),
    ],
    ids=["client-erstgespraech", "seller-erstgespraech"],
)
def test_time_asked_for_a_first_consultation_is_a_clients_yes_unless_a_seller_asks(
    kindly: Kindly, tmp_path: Path, body: str, decision: str
) -> None:
    record = _triaged(kindly, tmp_path, "de", body, JONAS, "Erstgespräch")
    assert record["decision"] == decision, record["reason"]
