"""Mail in other languages, round two (session 24): a prospective client who asks for "nächste Woche" (or "la
semana próxima", "la semaine prochaine", "na próxima semana", "übernächste Woche", "nächsten Dienstag") is offered
times in that week, as an English "next week" is; "J'ai un petit café" (or "Tengo una pequeña tienda", "Ich habe
eine kleine Bäckerei", "Tenho uma pequena loja") is the sender's own matter, so a small-business owner asking for
time is a client - a seller's "we have a small agency that can help you" is not; and "freitags früh" is a morning.

The mails are dated Monday 30 November 2026 and read on Tuesday 1 December (tests/conftest.py): times this week
would start on Wednesday 2 December, next week's on Monday 7 December."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit, own_matter, weeks_ahead
from support import Kindly
from test_s24_langs import _to_client_of

# -- the week the client asks for ------------------------------------------------------------------------------------

NEXT_WEEK = {
    "de": (
        "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Haben Sie nächste Woche Zeit für ein "
        "kurzes Telefonat?\n\nViele Grüße\nJonas Keller",
        "am Montag, 7. Dezember um 10 Uhr oder am Mittwoch, 9. Dezember um 11 Uhr",
    ),
    "es": (
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla la "
        "semana próxima?\n\nSaludos,\nMarisol Vega",
        "el lunes 7 de diciembre a las 9:00 o el miércoles 9 de diciembre a las 9:00",
    ),
    "fr": (
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Auriez-vous le temps pour un échange la "
        "semaine prochaine?\n\nCordialement,\nJulien Roy",
        "le lundi 7 décembre à 10 h ou le mercredi 9 décembre à 11 h",
    ),
    "pt": (
        "Bom dia,\n\nTenho um pequeno restaurante em Alfama. Teria tempo para uma conversa na próxima semana?\n\n"
        "Cumprimentos,\nRui Costa",
        "na segunda-feira, 7 de dezembro, às 10h ou na quarta-feira, 9 de dezembro, às 11h",
    ),
}


@pytest.mark.parametrize(
    ("code", "body", "times"), [(code, *said) for code, said in NEXT_WEEK.items()], ids=NEXT_WEEK.keys()
)
def test_a_client_who_asks_for_next_week_is_offered_times_in_it(
    kindly: Kindly, tmp_path: Path, code: str, body: str, times: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    # the times their English twin is offered (below), not Wednesday 2 December of this week
    assert times in record["draft"], record["draft"]


def test_the_english_twin_was_already_offered_next_week(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hello Ms Weber,\n\nI run a small shop in Neukölln and need help with my tax return. Could we book a "
        "consultation next week?\n\nBest regards,\nJonas Keller"
    )
    record = _to_client_of(kindly, tmp_path, "de", body)
    assert (
        "Would Monday 7 December at 10:00 or Wednesday 9 December at 11:00 work for you?" in record["draft"]
    ), record["draft"]


@pytest.mark.parametrize(
    ("code", "body", "times"),
    [
        # the day they name in that week, another hour of it where they name one day
        (
            "de",
            "Guten Tag Frau Weber,\n\nich habe eine kleine Bäckerei. Hätten Sie nächsten Dienstag Zeit für ein "
            "Gespräch?\n\nViele Grüße\nJonas Keller",
            "am Dienstag, 8. Dezember um 10 Uhr oder am Dienstag, 8. Dezember um 14:30 Uhr",
        ),
        (
            "fr",
            "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Pourrions-nous prendre rendez-vous jeudi "
            "prochain?\n\nCordialement,\nJulien Roy",
            "le jeudi 10 décembre à 10 h",
        ),
        # the week after next
        (
            "de",
            "Guten Tag Frau Weber,\n\nich habe ein kleines Café. Haben Sie übernächste Woche Zeit für ein "
            "Gespräch?\n\nViele Grüße\nJonas Keller",
            "am Montag, 14. Dezember um 10 Uhr oder am Mittwoch, 16. Dezember um 11 Uhr",
        ),
        # near miss: no week asked, the soonest times from tomorrow as before
        (
            "de",
            "Guten Tag Frau Weber,\n\nich habe ein kleines Café. Haben Sie Zeit für ein Gespräch?\n\nViele Grüße\n"
            "Jonas Keller",
            "am Mittwoch, 2. Dezember um 10 Uhr",
        ),
    ],
    ids=["de-naechsten-dienstag", "fr-jeudi-prochain", "de-uebernaechste-woche", "de-no-week"],
)
def test_a_clients_day_or_week_named_by_its_week_is_kept(
    kindly: Kindly, tmp_path: Path, code: str, body: str, times: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert times in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("language", "said", "weeks"),
    [
        ("German", "Haben Sie nächste Woche Zeit?", 1),
        ("German", "Ginge es in der kommenden Woche?", 1),
        ("German", "Hätten Sie nächsten Dienstag Zeit?", 1),
        ("German", "Haben Sie übernächste Woche Zeit?", 2),
        ("German", "Nächste Woche bin ich leider nicht da, aber übernächste Woche ginge es.", 2),
        ("Spanish", "¿Podemos hablar la próxima semana?", 1),
        ("Spanish", "¿Le queda bien el martes que viene?", 1),
        ("Spanish", "Estoy disponible la semana que viene.", 1),
        ("French", "Seriez-vous libre mardi prochain?", 1),
        ("Portuguese", "Pode ser na semana que vem?", 1),
        ("Portuguese", "Pode ser na próxima terça-feira?", 1),
        # near misses: weeks that are no week asked, and a week that does not suit
        ("German", "Ich melde mich in den nächsten Wochen wieder.", 0),
        ("German", "Nächste Woche kann ich leider nicht.", 0),
        ("German", "Nächste Woche habe ich einen Termin beim Finanzamt. Haben Sie Zeit für ein Gespräch?", 0),
        ("French", "Je suis passé la semaine dernière.", 0),
        ("Spanish", "¿Tiene tiempo para una charla?", 0),
    ],
)
def test_the_week_a_sender_asks_for_is_read_in_each_language(language: str, said: str, weeks: int) -> None:
    assert weeks_ahead(READ[language], said) == weeks


def test_a_day_named_by_its_week_suits_without_a_word_that_says_so() -> None:
    assert days_that_suit(READ["French"], "Pourrions-nous nous voir mardi prochain?") == ("Tuesday",)
    # near miss: a day that is not next week's still needs its word that it suits
    assert days_that_suit(READ["French"], "Pourrions-nous nous voir mardi?") == ()


# -- a small business of their own ----------------------------------------------------------------------------------

SMALL_BUSINESS = {
    "fr-cafe": (
        "fr",
        "Bonjour Madame Gagnon,\n\nJ'ai un petit café sur la rue Wellington. Auriez-vous le temps pour un échange "
        "la semaine prochaine?\n\nCordialement,\nJulien Roy",
    ),
    "fr-tiens": (
        "fr",
        "Bonjour Madame Gagnon,\n\nJe tiens une petite boulangerie à Verdun. Auriez-vous quelques minutes pour un "
        "appel?\n\nCordialement,\nJulien Roy",
    ),
    "es-tienda": (
        "es",
        "Buenos días licenciada,\n\nTengo una pequeña tienda en Queens. ¿Tiene tiempo para una charla?\n\n"
        "Saludos,\nMarisol Vega",
    ),
    "de-baeckerei": (
        "de",
        "Guten Tag Frau Weber,\n\nich habe eine kleine Bäckerei in Pankow. Haben Sie Zeit für ein Gespräch?\n\n"
        "Viele Grüße\nJonas Keller",
    ),
    "pt-loja": (
        "pt",
        "Bom dia,\n\nTenho uma pequena loja em Alfama. Teria tempo para uma conversa?\n\nCumprimentos,\nRui Costa",
    ),
}


@pytest.mark.parametrize(("code", "body"), SMALL_BUSINESS.values(), ids=SMALL_BUSINESS.keys())
def test_a_small_business_owner_asking_for_time_is_a_client(
    kindly: Kindly, tmp_path: Path, code: str, body: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert "a prospective client asks for a consultation" in record["reason"], record["reason"]


@pytest.mark.parametrize(
    ("code", "body", "sender"),
    [
        (
            "fr",
            "Bonjour Madame Gagnon,\n\nNous avons une petite agence qui peut vous aider à trouver des clients. "
            "Auriez-vous le temps pour un échange la semaine prochaine?\n\nCordialement,\nMaxime Roy",
            "Maxime Roy <maxime@agencevif.example.ca>",
        ),
        (
            "es",
            "Buenos días,\n\nTenemos una pequeña agencia que puede ayudarle con su despacho. Nuestra empresa trabaja "
            "con abogados. ¿Tiene tiempo para una charla?\n\nSaludos,\nDiego Ruiz",
            "Diego Ruiz <diego@crecemas.example>",
        ),
        (
            "de",
            "Guten Tag Frau Weber,\n\nwir haben eine kleine Agentur, die Ihnen helfen kann. Haben Sie Zeit für ein "
            "Gespräch?\n\nViele Grüße\nTim Brandt",
            "Tim Brandt <tim@webwerk.example.de>",
        ),
        (
            "pt",
            "Bom dia,\n\nTemos uma pequena agência que a pode ajudar. Teria tempo para uma conversa?\n\n"
            "Cumprimentos,\nPaulo Reis",
            "Paulo Reis <paulo@agenciaviva.example.pt>",
        ),
    ],
    ids=["fr-agence", "es-agencia", "de-agentur", "pt-agencia"],
)
def test_a_seller_with_a_small_agency_is_still_no_client(
    kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body, sender)
    assert "a prospective client" not in record["reason"], record["reason"]
    assert record["decision"] != "accept", record["reason"]


@pytest.mark.parametrize(
    ("language", "said", "found"),
    [
        ("French", "J'ai un petit restaurant à Verdun.", "J'ai un petit restaurant"),
        ("French", "Je gère une épicerie.", "Je gère une épicerie"),
        ("Spanish", "Soy dueña de una panadería.", "Soy dueña de una panadería"),
        ("Spanish", "Las cuentas de mi pequeño negocio.", "mi pequeño negocio"),
        ("German", "Ich führe einen kleinen Friseursalon.", "Ich führe einen kleinen Friseursalon"),
        ("German", "Die Buchhaltung meiner kleinen Bäckerei.", "meiner kleinen Bäckerei"),
        ("Portuguese", "Gero uma pequena pastelaria.", "Gero uma pequena pastelaria"),
        # near misses: a small question is no business, and a seller's "we" or its agency is not the sender's own
        ("French", "J'ai une petite question.", ""),
        ("French", "J'ai une petite agence de marketing.", ""),
        ("Spanish", "Tengo una pequeña duda.", ""),
        ("Spanish", "Nuestra empresa ayuda a despachos.", ""),
        ("German", "Ich habe eine kleine Frage.", ""),
        ("Portuguese", "Temos uma pequena loja online de material de escritório.", ""),
    ],
)
def test_a_small_business_is_the_senders_own_matter(language: str, said: str, found: str) -> None:
    assert own_matter(READ[language], said) == found


# -- "früh" after a day -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("Ich kann freitags früh oder Dienstagnachmittag.", ("Friday morning", "Tuesday afternoon")),
        ("Am Freitag früh passt es mir am besten.", ("Friday morning",)),
        ("Freitagfrüh passt mir.", ("Friday morning",)),
        # near misses: "früh" that follows no day is no day's morning
        ("Ich kann freitags, aber nicht zu früh.", ("Friday",)),
        ("Ich bin früh dran: dienstags passt mir.", ("Tuesday",)),
    ],
)
def test_a_day_followed_by_frueh_is_its_morning(said: str, days: tuple[str, ...]) -> None:
    assert days_that_suit(READ["German"], said) == days


def test_a_client_free_on_friday_mornings_is_offered_a_friday_morning(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Guten Tag Frau Weber,\n\nich habe eine kleine Bäckerei und möchte gerne einen Termin für eine Erstberatung "
        "vereinbaren. Ich kann nur freitags früh, nachmittags stehe ich im Laden.\n\nViele Grüße\nJonas Keller"
    )
    record = _to_client_of(kindly, tmp_path, "de", body)
    assert record["decision"] == "accept", record["reason"]
    # Katrin meets every weekday morning: Friday's, not Wednesday's, and not "nachmittags"
    assert "am Freitag, 4. Dezember um 9:30 Uhr" in record["draft"], record["draft"]
