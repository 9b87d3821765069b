"""Italian mail (session 24): kindly reads it as it reads Spanish, French, German and Portuguese, from a table of
words and fixed sentences (understand/languages/italian.py, reply/languages/italian.py), for Chiara Rossi, a dottore
commercialista in Milan (personas.italian_accountant_profile). Nothing is translated; the sentences speak to the
sender as "Lei" and guess no one's gender.

What Chiara should see (written before running kindly):
- "La ringrazio molto per la consulenza di ieri" or "In allegato la ricevuta del bonifico": ignored, not an
  invitation; a thank-you followed by a meeting at an hour, or a friend's dinner, stays hers to read.
- "Vorrei fissare un appuntamento per una prima consulenza" about his bar: a yes in Italian ("Sono a Sua
  disposizione per una consulenza."), her answer as she wrote it in Italian, her first free times written the
  Italian way ("Le andrebbe bene mercoledì 2 dicembre alle 10 o venerdì 4 dicembre alle 11?"); "Sono libero il
  martedì pomeriggio o giovedì" is offered Thursday and Tuesday afternoon.
- "Siamo un'agenzia di marketing": declined, she already has one (never named); a lead seller ("per ogni
  contatto") declined by her never-rule.
- The Camera di Commercio's workshop or "aperitivo di networking" with its day: a yes on that day ("può contare su
  di me martedì 8 dicembre alle 12"); without one, its day, hour and place asked.
- An Italian .ics: answered in Italian as its calendar reply is; at an hour she does not meet, with other times.
- "Gentile dottoressa Rossi": answered "Buongiorno Marco Bianchi," (his whole name, no "Signor" guessed); "Gentile
  Chiara": "Buongiorno Marco,".
- A short Italian mail is not read as English; a short English one with an Italian word still is."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kindly.reply.in_its_language import slot_in, written_formally
from kindly.reply.languages import DUTCH, ITALIAN
from kindly.understand.language import moments_and_places, reads_as_english
from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit
from personas import (
    CONSULTATION_IN_ITALIAN,
    dutch_bookkeeper_profile,
    italian_accountant_profile,
    to_chiara,
    to_sanne,
)
from support import Kindly, profile_file, triaged_one
from test_s19_r2ics import FOUNDER, ONE_TO_ONE

MARCO = "Marco Bianchi <marco.bianchi@libero.example.it>"


def _to_chiara(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    sender: str = MARCO,
    subject: str = "Richiesta",
    *,
    italian_answer: bool = True,
) -> dict[str, Any]:
    """The triage record of a mail to Chiara."""
    mail = to_chiara(tmp_path / "m.eml", body, sender=sender, subject=subject)
    profile = italian_accountant_profile(italian_answer=italian_answer)
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


# -- a proposed time, in Italian ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "said"),
    [
        ("Tuesday 1 December at 10:00", "martedì 1 dicembre alle 10"),
        ("Tuesday, December 8 at 2:30 pm", "martedì 8 dicembre alle 14:30"),
        ("Saturday 5 December at 1:00 pm", "sabato 5 dicembre alle 13"),
        ("Friday, November 5, 2027 at 1:00 pm", "venerdì 5 novembre 2027 alle 13"),
        ("Monday 7 December at 1:00 am", "lunedì 7 dicembre all'una"),
        # not one of kindly's own slots: nothing said, rather than half a translation
        ("next Tuesday at 10", ""),
    ],
)
def test_a_proposed_time_is_written_in_italian_from_fixed_tables(slot: str, said: str) -> None:
    assert slot_in(ITALIAN, slot) == said


# -- a thank-you or a receipt asks nothing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Gentile dottoressa Rossi,\n\nLa ringrazio molto per la consulenza di ieri. I Suoi consigli sull'IVA mi "
            "sono stati davvero utili.\n\nCordiali saluti\nMarco Bianchi",
            "La ringrazio molto per",
        ),
        (
            "Buongiorno dottoressa,\n\nin allegato la ricevuta del bonifico di 120 € per la consulenza di martedì."
            "\n\nCordiali saluti\nMarco Bianchi",
            "ricevuta",
        ),
    ],
    ids=["thank-you", "receipt"],
)
def test_an_italian_thank_you_or_receipt_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path, body: str, said: str
) -> None:
    record = _to_chiara(kindly, tmp_path, body, subject="Grazie")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert f'read in Italian: "{said}", and no question' in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        # thanks, then a meeting proposed at an hour
        "Buongiorno Chiara,\n\nGrazie per il Suo messaggio. Le propongo un incontro giovedì 10 dicembre alle 10 nel "
        "mio ufficio, così parliamo anche degli altri punti.\n\nMarco",
        # a friend's invitation that says none of kindly's forms
        "Ciao Chiara!\n\nSabato sera facciamo una cena con gli ex compagni dell'università ai Navigli. Vieni anche "
        "tu? Sarà divertente.\n\nUn abbraccio,\nGiulia",
    ],
    ids=["thanks-then-a-meeting", "friend"],
)
def test_an_italian_mail_that_asks_something_else_stays_hers_to_read(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_chiara(kindly, tmp_path, body, "Giulia Verdi <giulia.verdi@gmail.com>", "Ciao")
    assert record["decision"] == "ignore"
    assert record["reason_code"].startswith("not_english"), record["reason"]
    assert record["draft"] is None


# -- a prospective client's appuntamento ------------------------------------------------------------------------

APPUNTAMENTO = (
    "{opening},\n\nho un piccolo bar a Porta Romana e il mio commercialista va in pensione. Vorrei fissare un "
    "appuntamento per una prima consulenza.{more}\n\nCordiali saluti\nMarco Bianchi"
)


def test_a_prospective_client_asking_an_appuntamento_is_a_yes_with_her_times_in_italian(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = APPUNTAMENTO.format(opening="Gentile dottoressa Rossi", more=" Quanto costa la prima consulenza?")
    record = _to_chiara(kindly, tmp_path, body, subject="Prima consulenza")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_italian"), record["reason"]
    assert record["reason"].startswith(
        'In Italian: a prospective client asks for a consultation ("fissare un appuntamento")'
    ), record["reason"]
    assert record["draft"] == (
        "Buongiorno Marco Bianchi,\n\nLa ringrazio per il Suo messaggio. Sono a Sua disposizione per una "
        f"consulenza. {CONSULTATION_IN_ITALIAN} Le andrebbe bene mercoledì 2 dicembre alle 10 o venerdì 4 "
        "dicembre alle 11?\n\nCordiali saluti,\nChiara Rossi, Dottore Commercialista"
    )


def test_her_answer_written_only_in_english_is_left_out_of_the_italian_yes_and_she_is_told(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = APPUNTAMENTO.format(opening="Gentile dottoressa Rossi", more="")
    record = _to_chiara(kindly, tmp_path, body, italian_answer=False)
    assert record["decision"] == "accept", record["reason"]
    assert "give its Italian wording as answer_in.it in your profile" in record["reason"]
    assert "120" not in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # (Tuesday 8 December is the Immacolata, a holiday in Italy: the next Tuesday afternoon)
        (
            "Sono libero il martedì pomeriggio o giovedì.",
            "giovedì 3 dicembre alle 10 o martedì 15 dicembre alle 14",
        ),
        # near miss: a day said not to suit is no day offered
        (
            "Il lunedì non posso, ma il mercoledì sono libero.",
            "mercoledì 2 dicembre alle 10 o mercoledì 9 dicembre alle 11",
        ),
    ],
    ids=["martedi-pomeriggio-o-giovedi", "lunedi-non-posso"],
)
def test_a_client_is_offered_the_days_they_say_suit_them(
    kindly: Kindly, tmp_path: Path, said: str, asked: str
) -> None:
    body = APPUNTAMENTO.format(opening="Buongiorno", more=f" {said}")
    record = _to_chiara(kindly, tmp_path, body, subject="Appuntamento")
    assert record["decision"] == "accept", record["reason"]
    assert f"Le andrebbe bene {asked}?" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("Sono libero il martedì pomeriggio o giovedì.", ("Tuesday afternoon", "Thursday")),
        ("Mi andrebbe bene martedì o giovedì mattina.", ("Tuesday Thursday morning",)),
        ("Il lunedì non posso, ma il mercoledì sono libera.", ("Wednesday",)),
        # near miss: a day that does not suit says none
        ("Non posso il venerdì.", ()),
    ],
)
def test_the_days_an_italian_sender_says_suit_them_are_read(said: str, days: tuple[str, ...]) -> None:
    assert days_that_suit(READ["Italian"], said) == days


def test_free_tax_advice_asked_in_italian_is_offered_her_paid_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Buongiorno,\n\nuna domanda veloce: mi potrebbe dire via e-mail se posso dedurre le spese dello studio in "
        "casa? Sono una lavoratrice autonoma e al momento non posso permettermi un commercialista.\n\nGrazie!\nNadia"
    )
    record = _to_chiara(kindly, tmp_path, body, "Nadia Russo <nadia.russo@gmail.com>", "Una domanda veloce")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_italian"), record["reason"]
    assert record["draft"].startswith(
        "Buongiorno Nadia,\n\nLa ringrazio per il Suo messaggio. Non offro consulenze gratuite via e-mail, ma sono a "
        f"Sua disposizione per una consulenza. {CONSULTATION_IN_ITALIAN} Le andrebbe bene "
    ), record["draft"]


# -- sellers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason_code", "said"),
    [
        (
            "Buongiorno dottoressa Rossi,\n\nsiamo un'agenzia di marketing per studi commercialisti. Raddoppiamo le "
            "Sue richieste di consulenza in 90 giorni. Avrebbe 20 minuti giovedì per una telefonata?\n\nCordiali "
            "saluti\nLuca Conti\nAgenzia Pixel",
            "has_provider",
            "Per questo servizio mi affido già a un fornitore di fiducia, quindi al momento non intendo cambiare.",
        ),
        (
            "Buongiorno,\n\nvuole più clienti? Paghi solo per contatto: 40 € per ogni contatto qualificato. "
            "Potrebbe concederci 15 minuti?\n\nIl team vendite",
            "never_do",
            "Purtroppo non è qualcosa che posso accettare.",
        ),
    ],
    ids=["marketing-agency-she-has", "lead-seller"],
)
def test_an_italian_seller_is_declined_in_italian(
    kindly: Kindly, tmp_path: Path, body: str, reason_code: str, said: str
) -> None:
    record = _to_chiara(kindly, tmp_path, body, "Luca Conti <luca@agenziapixel.example.it>", "Più clienti")
    assert (record["decision"], record["reason_code"]) == ("decline", reason_code), record["reason"]
    assert f"La ringrazio per il Suo messaggio. {said}" in record["draft"], record["draft"]
    assert "Navigli" not in record["draft"]  # her provider is never named to a seller


@pytest.mark.parametrize(
    ("sender", "greeting"),
    [
        ("Vendite <vendite@contatti.example.it>", "Buongiorno,"),
        ("Ufficio commerciale <commerciale@contatti.example.it>", "Buongiorno,"),
        # near miss: a person at their own address is greeted by name
        ("Luca Conti <luca.conti@contatti.example.it>", "Buongiorno Luca,"),
    ],
    ids=["vendite", "commerciale", "a-person"],
)
def test_an_italian_teams_mailbox_is_greeted_as_no_one(
    kindly: Kindly, tmp_path: Path, sender: str, greeting: str
) -> None:
    body = (
        "Buongiorno,\n\nvuole più clienti? Paghi solo per contatto: 40 € per ogni contatto qualificato. "
        "Potrebbe concederci 15 minuti?\n\nIl team vendite"
    )
    record = _to_chiara(kindly, tmp_path, body, sender, "Più clienti")
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"].startswith(f"{greeting}\n\n"), record["draft"]


@pytest.mark.parametrize(
    ("said", "decision"),
    [
        (
            "Avrei bisogno di un commercialista per la mia partita IVA. Quanto chiede per una consulenza?",
            "accept",
        ),
        ("Vorrei prenotare una consulenza sulla dichiarazione di mia madre.", "accept"),
        # near miss: a thank-you for a consultation had is no consultation asked
        ("Vorrei ringraziarLa della consulenza di ieri, mi è stata molto utile.", "ignore"),
    ],
    ids=["quanto-chiede", "prenotare-una-consulenza", "ringraziarla-della-consulenza"],
)
def test_a_consultation_asked_in_other_italian_words_is_a_clients_yes(
    kindly: Kindly, tmp_path: Path, said: str, decision: str
) -> None:
    body = (
        f"Buongiorno dottoressa,\n\nmi chiamo Anna e ho una piccola pasticceria a Lodi. {said}\n\nAnna Galli"
    )
    record = _to_chiara(kindly, tmp_path, body, "Anna Galli <anna.galli@gmail.com>", "Consulenza")
    assert record["decision"] == decision, record["reason"]
    if decision == "accept":
        assert "Sono a Sua disposizione per una consulenza." in record["draft"], record["draft"]


def test_a_web_agency_asking_to_meet_is_declined_as_no_fit_not_taken_for_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Buongiorno dottoressa Rossi,\n\nsiamo una web agency per studi commercialisti. Vorremmo fissare un "
        "appuntamento per una breve videochiamata sul Suo sito.\n\nCordiali saluti\nLuca Conti"
    )
    record = _to_chiara(kindly, tmp_path, body, "Luca Conti <luca@webstudio.example.it>", "Il Suo sito")
    assert record["decision"] == "decline", record["reason"]
    assert "Sono a Sua disposizione" not in record["draft"]


# -- the Camera di Commercio's events ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "decision", "said"),
    [
        (
            "Buongiorno,\n\nLe scrivo dalla Camera di Commercio di Milano. Vorremmo invitarLa a tenere un workshop "
            "sull'IVA per le nuove imprese martedì 8 dicembre alle 12.\n\nCordiali saluti\nPaola Ferri",
            "accept",
            "Con piacere: può contare su di me martedì 8 dicembre alle 12.",
        ),
        (
            "Buongiorno,\n\nLe scrivo dalla Camera di Commercio di Milano. Saremmo lieti di averLa al nostro "
            "aperitivo di networking di fine anno, giovedì 10 dicembre, ore 18:30, in via Meravigli 9.\n\n"
            "Cordiali saluti\nPaola Ferri",
            "accept",
            "Con piacere: può contare su di me giovedì 10 dicembre alle 18:30.",
        ),
        (
            "Buongiorno,\n\nLe scrivo dalla Camera di Commercio di Milano. Vorremmo invitarLa a tenere un workshop "
            "sull'IVA per le nuove imprese a gennaio. Sarebbe disponibile?\n\nCordiali saluti\nPaola Ferri",
            "ask_details",
            "Mi interessa molto. Potrebbe indicarmi il giorno, l'ora e il luogo?",
        ),
    ],
    ids=["workshop-on-a-day", "aperitivo-on-a-day", "workshop-without-a-day"],
)
def test_a_chamber_of_commerce_event_is_weighed_in_italian(
    kindly: Kindly, tmp_path: Path, body: str, decision: str, said: str
) -> None:
    record = _to_chiara(kindly, tmp_path, body, "Paola Ferri <paola.ferri@mi.camcom.example.it>", "Invito")
    assert (record["decision"], record["reason_code"]) == (decision, "read_in_italian"), record["reason"]
    assert 'names "chambers of commerce"' in record["reason"], record["reason"]
    assert said in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("seen", "said"),
    [
        ("martedì 8 dicembre alle 12", "può contare su di me martedì 8 dicembre alle 12."),
        ("8 dicembre alle 12", "può contare su di me l'8 dicembre alle 12."),
        ("10 dicembre alle 12", "può contare su di me il 10 dicembre alle 12."),
        ("giovedì 10 dicembre, ore 18:30", "può contare su di me giovedì 10 dicembre alle 18:30."),
        ("alle 12", "può contare su di me alle 12."),
    ],
    ids=["weekday", "l-8", "il-10", "ore", "hour-alone"],
)
def test_the_senders_day_is_written_with_italians_article(seen: str, said: str) -> None:
    assert ITALIAN.on_the_day.format(ITALIAN.their_day(seen)).endswith(said)


def test_a_friends_aperitivo_is_hers_to_read(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Ciao Chiara!\n\nGiovedì 10 dicembre alle 18:30 facciamo un aperitivo da noi in via Tortona. Ci saresti?"
        "\n\nBaci,\nGiulia"
    )
    record = _to_chiara(kindly, tmp_path, body, "Giulia Verdi <giulia.verdi@gmail.com>", "Aperitivo")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert "Giovedì 10 dicembre alle 18:30" in record["reason"], record["reason"]


# -- a calendar invitation in Italian -----------------------------------------------------------------------------

LAUNCH_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nuvola//Calendario//IT
METHOD:REQUEST
BEGIN:VEVENT
UID:lancio-nuvola-20261208@nuvola.example.it
DTSTAMP:20261130T160000Z
DTSTART;TZID=Europe/Rome:20261208T180000
DTEND;TZID=Europe/Rome:20261208T200000
SUMMARY:Lancio: Nuvola\\, l'app di appunti con IA
DESCRIPTION:Festeggi con fondatori e investitori il lancio di Nuvola\\, la nostra app di appunti con
  intelligenza artificiale\\, con un rinfresco e demo dal vivo. Saremmo felici di averLa con noi!
ORGANIZER;CN=Max Lang:mailto:max@nuvola.example.it
ATTENDEE;CN=Chiara Rossi;RSVP=TRUE:mailto:chiara@studiorossi.example.it
END:VEVENT
END:VCALENDAR
"""


def test_an_italian_calendar_invitation_is_answered_in_italian_as_its_calendar_reply_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = tmp_path / "invite.ics"
    source.write_text(LAUNCH_ICS, encoding="utf-8")
    record = triaged_one(kindly, source, profile_file(italian_accountant_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"] == (
        "Buongiorno Max,\n\nLa ringrazio per l'invito, purtroppo non potrò partecipare.\n\nCordiali saluti,\n"
        "Chiara Rossi, Dottore Commercialista"
    )


PILOT_CALL = {
    "summary": "Stadtwerke Potsdam x Thermora - progetto pilota",
    "description": "Gentile dottoressa Vogt\\, come concordato al telefono: un breve confronto su un possibile "
    "progetto pilota con i Suoi regolatori in due dei nostri quartieri. Cordiali saluti\\, Jens Hartmann",
}


def test_a_call_at_an_hour_she_does_not_meet_is_answered_in_italian_with_other_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = tmp_path / "invite.ics"
    source.write_text(
        ONE_TO_ONE.format(location="Microsoft Teams", others="", **PILOT_CALL), encoding="utf-8"
    )
    record = triaged_one(kindly, source, profile_file(FOUNDER, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    # session 24: merged with test_s24_langs, the draft says why the hour does not suit, as the English one does
    assert record["draft"] == (
        "Buongiorno Jens Hartmann,\n\nLa ringrazio per l'invito. Purtroppo alle 8 non mi è possibile: per le "
        "chiamate sono disponibile solo a partire dalle 9. Le andrebbe bene mercoledì 9 dicembre alle 10 o venerdì "
        "11 dicembre alle 14:30?\n\nCordiali saluti,\nLena"
    )


def test_the_same_call_at_an_hour_she_meets_is_accepted_in_italian(kindly: Kindly, tmp_path: Path) -> None:
    source = tmp_path / "invite.ics"
    text = ONE_TO_ONE.format(location="Microsoft Teams", others="", **PILOT_CALL)
    source.write_text(text.replace("T080000", "T100000"), encoding="utf-8")
    record = triaged_one(kindly, source, profile_file(FOUNDER, tmp_path))
    assert "La ringrazio per l'invito, parteciperò con piacere." in record["draft"], record["draft"]
    assert "Le andrebbe bene" not in record["draft"]


# -- the register the sender wrote in ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "sender", "greeting"),
    [
        ("Gentile dottoressa Rossi", MARCO, "Buongiorno Marco Bianchi,"),
        ("Egregia Dott.ssa Rossi", MARCO, "Buongiorno Marco Bianchi,"),
        # a sender with a title is greeted with it and the surname
        (
            "Gentile dottoressa Rossi",
            "Dott. Marco Bianchi <marco.bianchi@libero.example.it>",
            "Buongiorno Dott. Bianchi,",
        ),
        # near misses: a first name is answered by the first name
        ("Gentile Chiara", MARCO, "Buongiorno Marco,"),
        ("Buongiorno Chiara", MARCO, "Buongiorno Marco,"),
    ],
    ids=["gentile-dottoressa", "egregia", "titled", "gentile-chiara", "buongiorno-chiara"],
)
def test_a_client_who_writes_formally_is_greeted_by_whole_name_with_no_gender_guessed(
    kindly: Kindly, tmp_path: Path, opening: str, sender: str, greeting: str
) -> None:
    record = _to_chiara(kindly, tmp_path, APPUNTAMENTO.format(opening=opening, more=""), sender)
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith(f"{greeting}\n\n"), record["draft"]


@pytest.mark.parametrize(
    ("opening", "formal"),
    [
        ("Gentile dottoressa Rossi,\n\nVorrei fissare un appuntamento.", True),
        ("Egregio avvocato Bruni,\n\nVorrei fissare un appuntamento.", True),
        ("Buongiorno dott.ssa Rossi,\n\nVorrei fissare un appuntamento.", True),
        # near misses: a first name, and a title said only in the body
        ("Gentile Chiara,\n\nVorrei fissare un appuntamento.", False),
        ("Buongiorno Chiara,\n\nLa dottoressa Neri mi ha dato il Suo nome.", False),
    ],
    ids=["gentile-dottoressa", "egregio", "buongiorno-dottssa", "gentile-chiara", "title-in-the-body"],
)
def test_a_formal_italian_opening_is_told(opening: str, formal: bool) -> None:
    assert written_formally(ITALIAN, opening) is formal


# -- what is read of Italian, and what is not ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Grazie mille per il messaggio! Le propongo un incontro martedì.", False),
        ("Buongiorno, sarebbe possibile fissare un appuntamento?", False),
        # near misses: a short English mail with an Italian word or an Italian place stays English
        ("Grazie! See you at Il Fornaio on Tuesday.", True),
        ("Ciao Marco, the deck is great.", True),
        ("Lunch at Trattoria della Nonna on Tuesday?", True),
    ],
    ids=["it-grazie", "it-appuntamento", "en-il-fornaio", "en-ciao", "en-trattoria"],
)
def test_a_short_italian_mail_is_not_read_as_english(text: str, english: bool) -> None:
    assert reads_as_english(text) is english


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Vorremmo invitarLa martedì 8 dicembre alle 12, in via Meravigli 9. La prego di rispondere entro il 4 "
            "dicembre.",
            ("martedì 8 dicembre alle 12", "entro il 4 dicembre"),
        ),
        (
            "Ci vediamo dalle 18 alle 20 alla Camera di Commercio, non alle 17.",
            ("dalle 18 alle 20", "alle 17"),
        ),
        # near miss: German's "alle 14 Tage" is every fortnight, no hour
        (
            "Wir treffen uns alle 14 Tage, am Dienstag, 8. Dezember um 12 Uhr.",
            ("Dienstag, 8. Dezember um 12 Uhr",),
        ),
    ],
    ids=["it-day-and-deadline", "it-hours", "de-alle-14-tage"],
)
def test_the_days_and_hours_of_an_italian_mail_are_read_and_only_of_one(
    text: str, seen: tuple[str, ...]
) -> None:
    assert moments_and_places(text) == seen


# -- merged with session 24's other-language gaps: a plain talk asked, and why an hour does not suit -------------


@pytest.mark.parametrize(
    ("to_her", "profile", "body", "yes"),
    [
        pytest.param(
            to_chiara,
            italian_accountant_profile,
            "Buongiorno dottoressa Rossi,\n\nho bisogno di aiuto con la mia dichiarazione dei redditi. Avrebbe tempo "
            "la prossima settimana per una breve telefonata?\n\nGrazie,\nPaolo Conti\n",
            "Sono a Sua disposizione per una consulenza.",
            id="italian",
        ),
        pytest.param(
            to_sanne,
            dutch_bookkeeper_profile,
            "Goedemiddag mevrouw De Vries,\n\nIk heb vragen over mijn belastingaangifte. Heeft u volgende week tijd "
            "voor een kort gesprek?\n\nMet vriendelijke groet,\nPieter Bakker\n",
            DUTCH.consultation,
            id="dutch",
        ),
    ],
)
def test_a_client_asking_for_time_for_a_plain_talk_is_a_yes_in_italian_and_dutch(
    kindly: Kindly, tmp_path: Path, to_her: Any, profile: Any, body: str, yes: str
) -> None:
    mail = to_her(tmp_path / "mail.eml", body, sender="Paolo Conti <paolo@example.it>", subject="Domanda")
    record = triaged_one(kindly, mail, profile_file(profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert yes in record["draft"]
    # "la prossima settimana", "volgende week" (merged with s24-langs2): times in the week of Monday 7 December
    offered = re.findall(r"\b(\d{1,2}) (?:dicembre|december)\b", record["draft"])
    assert offered and all(7 <= int(day) <= 11 for day in offered), record["draft"]
