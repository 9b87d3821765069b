"""What the first wave of session 26 left, for the bilingual consultant of tests/test_s26_langs.py
(personas.langs_consultant_profile: a strategy consultant looking for family businesses and small manufacturers as
clients, who never speaks unpaid) and the never-rules of tests/test_s26_rules.py (session 26, fix3).

1. A client's reply that takes the time she proposed ("Donderdag 10 december om 14.30 uur past mij goed") asks
   nothing of her, in every language kindly reads, as in English; one that asks more, says the time does not
   suit, or opens a thread (the time is then the client's own proposal) is still weighed as before.
2. A client who says they have or run a business is one whatever their trade ("Tengo una ferretería", "ich habe
   einen Fahrradladen", "ho una macelleria"): kindly reads the construction (a shop's ending, or a verb only a
   business takes), not a list of trades; and a consultation's fee asked ("¿Cuáles son sus honorarios por una
   consulta?") asks for one in every language, as it does in French and German. "Tengo una pregunta" is no shop.
3. "The week after" something is the week wanted only where the sender asks for it or offers it: "Je serai absent
   la semaine d'après Noël" says when they are away, and the week they ask for is the one read.
4. A consultation asked about a topic the sender states ("Would love a consultation about expanding to Orlando"),
   in a mail mostly in English from a Spanish-speaking client, is a client's clear ask, not "what would you like
   to discuss?"; a seller's "consultation to discuss your marketing needs" is not.
5. "never sign NDAs before a first call" speaks to an NDA asked before a call that the model reads as a pitch ("I'd
   like to walk you through it on a call, but please sign our NDA first"): a client's call, the NDA after it; a
   seller who names a demo or a price stays a pitch.
6. "no podcasts with under 1,000 listeners" weighs a podcast that gives its audience in subscribers ("we have 3,500
   subscribers") or in monthly downloads ("2,000 monthly downloads").

The mails are dated Monday 30 November 2026 and read on Tuesday 1 December (tests/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kindly.understand.consultation_topic import consultation_on_a_topic
from kindly.understand.languages import READ
from kindly.understand.meeting_on_condition import meeting_on_condition
from kindly.understand.plain_forms import consultation_asked, own_matter
from kindly.understand.time_confirmed import time_confirmed
from kindly.understand.week_after import week_after
from personas import langs_consultant_profile, rules_profile, to_langs_consultant, to_rules_rosa
from support import Kindly, profile_file, triaged_one
from test_s25_langs import _to_client

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


# -- 2. a business of any trade ---------------------------------------------------------------------------------------

# a shop owner whose trade is on no list asks for a consultation, or for her time: a client, a yes with times
SHOP_OWNER_ASKS = {
    "es-fee": (
        "es",
        "Hola Inés,\n\nTengo una ferretería. ¿Cuáles son sus honorarios por una consulta?\n\nSaludos,\nPedro Ruiz",
    ),
    "es-time": (
        "es",
        "Hola Inés,\n\nTengo una ferretería en Hialeah y quiero crecer. ¿Tiene tiempo para una charla la semana que "
        "viene?\n\nSaludos,\nPedro Ruiz",
    ),
    "de-time": (
        "de",
        "Guten Tag Frau Hoffmann,\n\nich habe einen Fahrradladen in Kreuzberg und möchte wachsen. Haben Sie nächste "
        "Woche Zeit für ein Gespräch?\n\nViele Grüße\nJonas Keller",
    ),
    "pt-fee": (
        "pt",
        "Olá Beatriz,\n\nTenho uma sapataria em Braga. Quais são os seus honorários para uma consulta?\n\n"
        "Cumprimentos,\nRui Costa",
    ),
    "it-fee": (
        "it",
        "Buongiorno dottoressa,\n\nho una macelleria a Monza. Qual è la sua tariffa per una consulenza?\n\n"
        "Cordiali saluti\nMarco Bianchi",
    ),
}


@pytest.mark.parametrize("key", list(SHOP_OWNER_ASKS))
def test_a_shop_owner_of_any_trade_is_a_client(kindly: Kindly, tmp_path: Path, key: str) -> None:
    code, body = SHOP_OWNER_ASKS[key]
    record = _to_consultant(kindly, tmp_path, code, body, "Consulta")
    assert record["decision"] == "accept", record["reason"]
    assert "a prospective client asks for a consultation" in record["reason"]


@pytest.mark.parametrize(
    ("code", "said", "owned"),
    [
        pytest.param(
            "es", "Soy dueña de una imprenta en Hialeah.", "Soy dueña de una imprenta", id="es-owner"
        ),
        pytest.param("fr", "J'ai une quincaillerie à Laval.", "J'ai une quincaillerie", id="fr-erie"),
        pytest.param("de", "Ich betreibe ein Nagelstudio.", "Ich betreibe ein Nagelstudio", id="de-betreibe"),
        pytest.param("de", "ich habe eine Metzgerei in Pasing", "ich habe eine Metzgerei", id="de-ei"),
        pytest.param("it", "ho un calzaturificio a Vigevano", "ho un calzaturificio", id="it-ificio"),
        pytest.param("it", "gestisco una ferramenta", "gestisco una ferramenta", id="it-gestisco"),
        pytest.param(
            "nl", "Ik heb een fietsenwinkel in Utrecht.", "Ik heb een fietsenwinkel", id="nl-winkel"
        ),
        pytest.param(
            "nl", "ik ben eigenaar van een drukkerij", "ik ben eigenaar van een drukkerij", id="nl-owner"
        ),
    ],
)
def test_a_business_is_read_by_its_construction_whatever_the_trade(code: str, said: str, owned: str) -> None:
    assert own_matter(READ_BY_CODE[code], said) == owned


@pytest.mark.parametrize(
    ("code", "said"),
    [
        pytest.param("es", "Tengo una pregunta sobre su taller.", id="es-pregunta"),
        pytest.param("pt", "Tenho uma pergunta.", id="pt-pergunta"),
        pytest.param("fr", "J'ai une série de questions.", id="fr-serie"),
        pytest.param("de", "Ich habe eine Frage zu Ihrem Angebot.", id="de-frage"),
        pytest.param("it", "Ho una domanda.", id="it-domanda"),
        pytest.param("nl", "Ik heb een vraag.", id="nl-vraag"),
    ],
)
def test_having_a_question_is_no_business(code: str, said: str) -> None:
    assert not own_matter(READ_BY_CODE[code], said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        pytest.param("es", "¿Cuánto cobra por una consulta?", id="es-cobra-por"),
        pytest.param("es", "¿Cuál es su tarifa para una primera cita?", id="es-tarifa"),
        pytest.param("pt", "Qual é o preço de uma primeira consulta?", id="pt-preco"),
        pytest.param("it", "Quali sono i suoi onorari per un primo appuntamento?", id="it-onorari"),
    ],
)
def test_a_consultations_fee_asked_asks_for_one(code: str, said: str) -> None:
    assert consultation_asked(READ_BY_CODE[code], said)


def test_the_way_to_her_office_asked_is_no_fee() -> None:
    assert not consultation_asked(READ_BY_CODE["es"], "¿Cuál es la dirección de su oficina para la consulta?")


# -- 3. the week after something, where they are away ---------------------------------------------------------------

WRITTEN = date(2026, 11, 30)


def test_the_week_they_are_away_is_not_the_week_they_ask_for(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Je serai absent la semaine d'après Noël. "
        "Auriez-vous le temps pour un échange la semaine prochaine?\n\nCordialement,\nJulien Roy"
    )
    record = _to_client(kindly, tmp_path, "fr", body)
    assert record["decision"] == "accept", record["reason"]
    assert "décembre" in record["draft"] and "28 décembre" not in record["draft"], record["draft"]
    assert "lundi 7 décembre" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    "said",
    [
        "Je serai absent la semaine d'après Noël. Auriez-vous le temps la semaine prochaine?",
        "Je serai absent la semaine d'après Noël, mais pourrions-nous nous voir avant?",
        "I'm away the week after the fair (December 15-17). Could we meet next week?",
        "Ich bin in der Woche nach Weihnachten im Urlaub. Haben Sie nächste Woche Zeit?",
        "Estaré de vacaciones la semana después de Navidad. ¿Tiene tiempo la semana que viene?",
        "Ik kan de week na Kerst niet. Heeft u volgende week tijd?",
        "Sarò via la settimana dopo Natale. Avrebbe tempo la prossima settimana?",
    ],
)
def test_a_week_after_said_of_an_absence_is_not_the_week_wanted(said: str) -> None:
    assert week_after(said, WRITTEN) is None


@pytest.mark.parametrize(
    ("said", "monday"),
    [
        (
            "Je suis en vacances jusqu'au 20 décembre. La semaine d'après Noël me conviendrait.",
            date(2026, 12, 28),
        ),
        ("The fair runs December 15-17. The week after the fair works for me.", date(2026, 12, 21)),
        ("Sarò via a Natale; vorrei fissare un appuntamento la settimana dopo Natale.", date(2026, 12, 28)),
        ("The week after Christmas is best for me.", date(2026, 12, 28)),
        ("Ich schlage die Woche nach Weihnachten vor.", date(2026, 12, 28)),
    ],
)
def test_a_week_after_offered_or_wished_is_still_read(said: str, monday: date) -> None:
    found = week_after(said, WRITTEN)
    assert found is not None and found.monday == monday


# -- 4. a consultation about a stated topic -------------------------------------------------------------------------

CARLOS = "Carlos Mendoza <carlos@mendozafamily.example.com>"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hola Inés,\n\nMy name is Carlos Mendoza, I have a small family restaurant in Little Havana. Would love "
            "a consultation about expanding to Orlando. Let me know when you are free.\n\nSaludos,\nCarlos Mendoza",
            id="would-love",
        ),
        pytest.param(
            "Hola Inés,\n\nSomos una panadería familiar en Hialeah. I'd like a consultation about opening a second "
            "location in Doral. When are you free?\n\nGracias,\nCarlos Mendoza",
            id="second-location",
        ),
    ],
)
def test_a_consultation_about_a_stated_topic_is_a_clients_clear_ask(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    mail = to_langs_consultant("es", tmp_path / "m.eml", body, sender=CARLOS, subject="Consultation")
    record = triaged_one(kindly, mail, profile_file(langs_consultant_profile("es"), tmp_path))
    assert (record["decision"], record["intent"]) == ("accept", "client_inquiry"), record["reason"]
    assert record["purpose_clear"] is True
    assert "December" in record["draft"] and "what you have in mind" not in record["draft"], record["draft"]


def test_a_consultation_with_no_topic_is_still_asked_what_it_is_for(kindly: Kindly, tmp_path: Path) -> None:
    body = "Hi Inés,\n\nI would love a consultation. When are you free?\n\nSaludos,\nCarlos Mendoza"
    mail = to_langs_consultant("es", tmp_path / "m.eml", body, sender=CARLOS, subject="Consultation")
    record = triaged_one(kindly, mail, profile_file(langs_consultant_profile("es"), tmp_path))
    assert record["reason_code"] == "purpose_unclear", record["reason"]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Would love a consultation about expanding to Orlando.", True),
        ("I'd like to schedule an initial consultation regarding the sale of the family business.", True),
        ("Could we book a strategy session on pricing for the new menu?", True),
        ("We need an appointment to discuss succession in our company.", True),
        ("We would love to set up a consultation to discuss your marketing needs.", False),
        ("Would love a consultation about how we can help your firm grow.", False),
        ("I would love a consultation.", False),
    ],
)
def test_only_a_consultation_asked_about_the_senders_own_topic_is_read(said: str, asked: bool) -> None:
    assert bool(consultation_on_a_topic(said)) is asked


# -- 5. an NDA before a call, in a "pitch" ----------------------------------------------------------------------------

NDA_FIRST = "never sign NDAs before a first call"


def _to_rosa(
    kindly: Kindly, tmp_path: Path, rule: str, body: str, sender: str, subject: str
) -> dict[str, Any]:
    """The triage record of a mail to Rosa Delgado, a brand strategist (personas.rules_profile), with `rule` as
    her one never-rule."""
    mail = to_rules_rosa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(rules_profile(rule), tmp_path))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Rosa,\n\nWe're launching a new snack brand next spring and would love your help with the "
            "positioning. I'd like to walk you through it on a call, but please sign our NDA first.\n\nBest,\n"
            "Dana Cole\nFounder, Crunchwell",
            id="walk-you-through-nda-first",
        ),
        pytest.param(
            "Hi Rosa,\n\nWe are launching a new snack brand and we'd love to walk you through it. Please sign our "
            "NDA first, then we can hop on a call.\n\nBest,\nDana Cole",
            id="nda-first-then-a-call",
        ),
    ],
)
def test_an_nda_asked_before_a_call_read_as_a_pitch_is_the_call_and_the_rule_is_said(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_rosa(
        kindly, tmp_path, NDA_FIRST, body, "Dana Cole <dana@crunchwell.example>", "New snack brand"
    )
    assert record["intent"] != "sales_pitch", record["reason"]
    assert "firm rule against signing NDAs before a first call" in (record.get("draft") or ""), record[
        "reason"
    ]


def test_a_seller_who_demos_after_an_nda_stays_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nOur platform cuts agency reporting time in half, from $99 per month. I'd love to show you a "
        "demo on a call, but please sign our NDA first.\n\nBest,\nKyle Ward\nAccount Executive, Reportly"
    )
    record = _to_rosa(
        kindly, tmp_path, NDA_FIRST, body, "Kyle Ward <kyle@reportly.example>", "Reporting demo"
    )
    assert record["intent"] == "sales_pitch", record["reason"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Happy to do a quick call, but could you sign the attached confidentiality agreement first?", True),
        ("We had a great call yesterday; please sign the NDA first thing Monday.", False),
        ("Please sign our NDA first.", False),  # no call offered
    ],
)
def test_a_call_offered_once_an_nda_is_signed_first(text: str, read: bool) -> None:
    assert bool(meeting_on_condition(text)) is read


# -- 6. a podcast's audience in subscribers or downloads -------------------------------------------------------------

AUDIENCE_RULE = "no podcasts with under 1,000 listeners"


@pytest.mark.parametrize(
    ("said", "decision"),
    [
        pytest.param("we have 3,500 subscribers", "accept", id="subscribers-over"),
        pytest.param("we have about 300 subscribers on YouTube", "decline", id="subscribers-under"),
        pytest.param("it gets 2,000 monthly downloads", "accept", id="monthly-downloads-over"),
        pytest.param("it gets about 400 monthly downloads", "decline", id="monthly-downloads-under"),
    ],
)
def test_a_podcasts_subscribers_or_downloads_are_its_audience(
    kindly: Kindly, tmp_path: Path, said: str, decision: str
) -> None:
    body = (
        f"Hi Rosa,\n\nI host Brand New Day, a podcast about small-business branding; {said}. Would you come on as "
        "a guest in January?\n\nBest,\nSam Lee"
    )
    record = _to_rosa(kindly, tmp_path, AUDIENCE_RULE, body, "Sam Lee <sam@brandnewday.example>", "Guest?")
    assert record["decision"] == decision, record["reason"]
    assert "how many listeners" not in (record.get("draft") or "")


def test_a_podcast_that_gives_only_its_instagram_followers_is_still_asked(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nI host Brand New Day, a podcast about small-business branding; we have 5,000 followers on "
        "Instagram. Would you come on as a guest in January?\n\nBest,\nSam Lee"
    )
    record = _to_rosa(kindly, tmp_path, AUDIENCE_RULE, body, "Sam Lee <sam@brandnewday.example>", "Guest?")
    assert record["decision"] == "ask_details", record["reason"]
    assert "how many listeners" in (record.get("draft") or "")


READ_BY_CODE = {words.code: words for words in READ.values()}
