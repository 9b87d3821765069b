"""Dutch mail (session 24): kindly reads it as it reads Spanish, French, German, Portuguese and Italian, from a
table of words and fixed sentences (understand/languages/dutch.py, reply/languages/dutch.py), for Sanne de Vries, a
bookkeeper in Utrecht (personas.dutch_bookkeeper_profile). Nothing is translated; the sentences speak to the
sender as "u" and guess no one's gender.

What Sanne should see (written before running kindly):
- "Hartelijk dank voor het adviesgesprek van gisteren" or "Hierbij het betalingsbewijs": ignored, not an
  invitation; a thank-you followed by a meeting at an hour, or a friend's dinner, stays hers to read.
- "Ik wil graag een afspraak maken voor een eerste adviesgesprek" about his café: a yes in Dutch ("Ik plan graag
  een adviesgesprek met u in."), her answer as she wrote it in Dutch, her first free times written the Dutch way
  ("Komt woensdag 2 december om 10.00 uur of vrijdag 4 december om 11.00 uur u uit?"); "Dinsdagmiddag komt mij
  goed uit, of donderdag" is offered Thursday and Tuesday afternoon.
- "Wij zijn een marketingbureau": declined, she already has one (never named); a lead seller ("per gekwalificeerde
  lead") declined by her never-rule, its team's mailbox greeted as no one.
- The Kamer van Koophandel's workshop or "netwerkborrel" with its day: a yes on that day ("u kunt op dinsdag 8
  december om 12.00 uur op mij rekenen"); without one, its day, hour and place asked; a seller's "KvK 12345678"
  names no chamber of commerce.
- A Dutch .ics: answered in Dutch as its calendar reply is; at an hour she does not meet, with other times.
- "Geachte mevrouw De Vries": answered "Geachte Pieter Jansen," (his whole name, no "heer" guessed); "Beste Sanne":
  "Beste Pieter,".
- A short Dutch mail is not read as English; a short English one with a Dutch word still is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.reply.in_its_language import slot_in, written_formally
from kindly.reply.languages import DUTCH
from kindly.understand.language import language_of, moments_and_places, reads_as_english
from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit
from personas import CONSULTATION_IN_DUTCH, dutch_bookkeeper_profile, to_sanne
from support import Kindly, profile_file, triaged_one
from test_s19_r2ics import FOUNDER, ONE_TO_ONE

PIETER = "Pieter Jansen <pieter.jansen@ziggo.example.nl>"
SIGNED = "Sanne de Vries, De Vries Administratie"


def _to_sanne(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    sender: str = PIETER,
    subject: str = "Vraag",
    *,
    dutch_answer: bool = True,
) -> dict[str, Any]:
    """The triage record of a mail to Sanne."""
    mail = to_sanne(tmp_path / "m.eml", body, sender=sender, subject=subject)
    profile = dutch_bookkeeper_profile(dutch_answer=dutch_answer)
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


# -- a proposed time, in Dutch ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "said"),
    [
        ("Tuesday 1 December at 10:00", "dinsdag 1 december om 10.00 uur"),
        ("Tuesday, December 8 at 2:30 pm", "dinsdag 8 december om 14.30 uur"),
        ("Saturday 5 December at 1:00 pm", "zaterdag 5 december om 13.00 uur"),
        ("Friday, November 5, 2027 at 1:00 pm", "vrijdag 5 november 2027 om 13.00 uur"),
        # not one of kindly's own slots: nothing said, rather than half a translation
        ("next Tuesday at 10", ""),
    ],
)
def test_a_proposed_time_is_written_in_dutch_from_fixed_tables(slot: str, said: str) -> None:
    assert slot_in(DUTCH, slot) == said


# -- a thank-you or a receipt asks nothing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Geachte mevrouw De Vries,\n\nHartelijk dank voor het adviesgesprek van gisteren. Uw tips over de btw "
            "waren erg nuttig.\n\nMet vriendelijke groet,\nPieter Jansen",
            "Hartelijk dank voor",
        ),
        (
            "Goedendag,\n\nHierbij het betalingsbewijs van de overboeking van € 120 voor het adviesgesprek van "
            "dinsdag.\n\nMet vriendelijke groet,\nPieter Jansen",
            "betalingsbewijs",
        ),
    ],
    ids=["thank-you", "receipt"],
)
def test_a_dutch_thank_you_or_receipt_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path, body: str, said: str
) -> None:
    record = _to_sanne(kindly, tmp_path, body, subject="Bedankt")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert f'read in Dutch: "{said}", and no question' in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        # thanks, then a meeting proposed at an hour
        "Beste Sanne,\n\nBedankt voor uw bericht. Ik stel voor dat we elkaar donderdag 10 december om 10.00 uur op "
        "mijn kantoor zien, dan kunnen we ook de andere punten bespreken.\n\nPieter",
        # a friend's invitation that says none of kindly's forms
        "Hoi Sanne!\n\nZaterdag gaan we met oud-studiegenoten eten in de Jordaan. Kom je ook? Het wordt vast "
        "gezellig.\n\nLiefs,\nEva",
    ],
    ids=["thanks-then-a-meeting", "friend"],
)
def test_a_dutch_mail_that_asks_something_else_stays_hers_to_read(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_sanne(kindly, tmp_path, body, "Eva Visser <eva.visser@gmail.com>", "Hoi")
    assert record["decision"] == "ignore"
    assert record["reason_code"].startswith("not_english"), record["reason"]
    assert record["draft"] is None


# -- a prospective client's afspraak -----------------------------------------------------------------------------

AFSPRAAK = (
    "{opening},\n\nIk heb een klein café in Utrecht en mijn boekhouder gaat met pensioen. Ik wil graag een afspraak "
    "maken voor een eerste adviesgesprek.{more}\n\nMet vriendelijke groet,\nPieter Jansen"
)


def test_a_prospective_client_asking_an_afspraak_is_a_yes_with_her_times_in_dutch(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = AFSPRAAK.format(opening="Geachte mevrouw De Vries", more=" Wat kost een eerste adviesgesprek?")
    record = _to_sanne(kindly, tmp_path, body, subject="Adviesgesprek")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_dutch"), record["reason"]
    assert record["reason"].startswith(
        'In Dutch: a prospective client asks for a consultation ("graag een afspraak")'
    ), record["reason"]
    assert record["draft"] == (
        "Geachte Pieter Jansen,\n\nHartelijk dank voor uw bericht. Ik plan graag een adviesgesprek met u in. "
        f"{CONSULTATION_IN_DUTCH} Komt woensdag 2 december om 10.00 uur of vrijdag 4 december om 11.00 uur u uit?"
        f"\n\nMet vriendelijke groet,\n{SIGNED}"
    )


def test_her_answer_written_only_in_english_is_left_out_of_the_dutch_yes_and_she_is_told(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = AFSPRAAK.format(opening="Geachte mevrouw De Vries", more="")
    record = _to_sanne(kindly, tmp_path, body, dutch_answer=False)
    assert record["decision"] == "accept", record["reason"]
    assert "give its Dutch wording as answer_in.nl in your profile" in record["reason"]
    assert "120" not in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "Dinsdagmiddag komt mij goed uit, of donderdag.",
            "donderdag 3 december om 10.00 uur of dinsdag 8 december om 14.00 uur",
        ),
        # near miss: a day said not to suit is no day offered
        (
            "Op maandag kan ik niet, maar woensdag kan ik wel.",
            "woensdag 2 december om 10.00 uur of woensdag 9 december om 11.00 uur",
        ),
    ],
    ids=["dinsdagmiddag-of-donderdag", "maandag-niet"],
)
def test_a_client_is_offered_the_days_they_say_suit_them(
    kindly: Kindly, tmp_path: Path, said: str, asked: str
) -> None:
    body = AFSPRAAK.format(opening="Goedendag", more=f" {said}")
    record = _to_sanne(kindly, tmp_path, body, subject="Afspraak")
    assert record["decision"] == "accept", record["reason"]
    assert f"Komt {asked} u uit?" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("Dinsdagmiddag komt mij goed uit, of donderdag.", ("Tuesday afternoon", "Thursday")),
        ("Ik kan op dinsdag of donderdag in de ochtend.", ("Tuesday Thursday morning",)),
        ("Op maandag kan ik niet, maar woensdag kan ik wel.", ("Wednesday",)),
        # near miss: a day that does not suit says none
        ("Vrijdag kan ik niet.", ()),
    ],
)
def test_the_days_a_dutch_sender_says_suit_them_are_read(said: str, days: tuple[str, ...]) -> None:
    assert days_that_suit(READ["Dutch"], said) == days


def test_free_tax_advice_asked_in_dutch_is_offered_her_paid_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Goedendag,\n\nEen korte vraag: kunt u mij per e-mail laten weten of ik mijn thuiswerkplek mag aftrekken? "
        "Ik ben zzp'er en kan op dit moment geen boekhouder betalen.\n\nBedankt!\nNadia"
    )
    record = _to_sanne(kindly, tmp_path, body, "Nadia Bakker <nadia.bakker@gmail.com>", "Een korte vraag")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_dutch"), record["reason"]
    assert record["draft"].startswith(
        "Beste Nadia,\n\nHartelijk dank voor uw bericht. Gratis advies per e-mail geef ik niet, maar ik plan graag "
        f"een adviesgesprek met u in. {CONSULTATION_IN_DUTCH} Komt "
    ), record["draft"]


# -- sellers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "reason_code", "said", "greeting"),
    [
        (
            "Goedendag mevrouw De Vries,\n\nWij zijn een marketingbureau voor administratiekantoren. Wij verdubbelen "
            "uw aanvragen binnen 90 dagen. Heeft u donderdag 20 minuten voor een belletje?\n\nMet vriendelijke "
            "groet,\nTim Bakker\nPixel Bureau\nKvK 12345678",
            "Tim Bakker <tim@pixelbureau.example.nl>",
            "has_provider",
            "Voor deze dienst werk ik al met een vertrouwde leverancier, dus ik wil op dit moment niet overstappen.",
            "Geachte Tim Bakker,",
        ),
        (
            "Goedendag,\n\nMeer klanten? U betaalt alleen per lead: € 40 per gekwalificeerde lead. Heeft u 15 "
            "minuten voor een gesprek?\n\nHet salesteam",
            "Verkoop <verkoop@leads.example.nl>",
            "never_do",
            "Helaas is dit niet iets waar ik op in kan gaan.",
            "Goedendag,",
        ),
    ],
    ids=["marketing-bureau-she-has", "lead-seller"],
)
def test_a_dutch_seller_is_declined_in_dutch(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, reason_code: str, said: str, greeting: str
) -> None:
    record = _to_sanne(kindly, tmp_path, body, sender, "Meer klanten")
    assert (record["decision"], record["reason_code"]) == ("decline", reason_code), record["reason"]
    assert record["draft"].startswith(f"{greeting}\n\nHartelijk dank voor uw bericht. {said}"), record[
        "draft"
    ]
    assert "Gracht" not in record["draft"]  # her provider is never named to a seller


# -- the Kamer van Koophandel's events -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "decision", "said"),
    [
        (
            "Goedendag,\n\nIk schrijf u namens de Kamer van Koophandel Utrecht. Graag nodigen wij u uit om dinsdag "
            "8 december om 12.00 uur een workshop over btw voor starters te geven.\n\nMet vriendelijke groet,\n"
            "Petra Smit",
            "accept",
            "Graag: u kunt op dinsdag 8 december om 12.00 uur op mij rekenen.",
        ),
        (
            "Goedendag,\n\nIk schrijf u namens de Kamer van Koophandel Utrecht. Wij nodigen u graag uit voor onze "
            "netwerkborrel van donderdag 10 december om 17.30 uur in ons kantoor aan de Kroonstraat.\n\n"
            "Met vriendelijke groet,\nPetra Smit",
            "accept",
            "Graag: u kunt op donderdag 10 december om 17.30 uur op mij rekenen.",
        ),
        (
            "Goedendag,\n\nIk schrijf u namens de Kamer van Koophandel Utrecht. Graag nodigen wij u uit om in januari "
            "een workshop over btw voor starters te geven. Zou u beschikbaar zijn?\n\nMet vriendelijke groet,\n"
            "Petra Smit",
            "ask_details",
            "Dat spreekt mij erg aan. Kunt u mij de dag, het tijdstip en de locatie laten weten?",
        ),
    ],
    ids=["workshop-on-a-day", "netwerkborrel-on-a-day", "workshop-without-a-day"],
)
def test_a_chamber_of_commerce_event_is_weighed_in_dutch(
    kindly: Kindly, tmp_path: Path, body: str, decision: str, said: str
) -> None:
    record = _to_sanne(kindly, tmp_path, body, "Petra Smit <petra.smit@kvk.example.nl>", "Uitnodiging")
    assert (record["decision"], record["reason_code"]) == (decision, "read_in_dutch"), record["reason"]
    assert 'names "chambers of commerce"' in record["reason"], record["reason"]
    assert said in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("seen", "said"),
    [
        ("dinsdag 8 december om 12.00 uur", "u kunt op dinsdag 8 december om 12.00 uur op mij rekenen."),
        ("8 december om 12.00 uur", "u kunt op 8 december om 12.00 uur op mij rekenen."),
        ("om 12.00 uur", "u kunt om 12.00 uur op mij rekenen."),
    ],
    ids=["weekday", "date", "hour-alone"],
)
def test_the_senders_day_takes_op_and_an_hour_alone_none(seen: str, said: str) -> None:
    assert DUTCH.on_the_day.format(DUTCH.their_day(seen)).endswith(said)


def test_a_sellers_kvk_number_names_no_chamber_of_commerce(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Goedendag,\n\nGraag nodigen wij u uit voor de lancering van onze nieuwe boekhoudapp op donderdag 10 december "
        "om 17.30 uur.\n\nMet vriendelijke groet,\nTim Bakker\nPixel Bureau B.V. | KvK 12345678"
    )
    record = _to_sanne(kindly, tmp_path, body, "Tim Bakker <tim@pixelbureau.example.nl>", "Uitnodiging")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert "chambers of commerce" not in record["reason"], record["reason"]


# -- a calendar invitation in Dutch --------------------------------------------------------------------------------

LAUNCH_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wolk//Agenda//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:lancering-wolk-20261208@wolk.example.nl
DTSTAMP:20261130T160000Z
DTSTART;TZID=Europe/Amsterdam:20261208T180000
DTEND;TZID=Europe/Amsterdam:20261208T200000
SUMMARY:Lancering: Wolk\\, de notitie-app met AI
DESCRIPTION:Vier met oprichters en investeerders de lancering van Wolk\\, onze notitie-app met kunstmatige
  intelligentie\\, met hapjes en live demo's. Wij zouden het leuk vinden als u erbij bent!
ORGANIZER;CN=Max Lang:mailto:max@wolk.example.nl
ATTENDEE;CN=Sanne de Vries;RSVP=TRUE:mailto:sanne@devriesadministratie.example.nl
END:VEVENT
END:VCALENDAR
"""


def test_a_dutch_calendar_invitation_is_answered_in_dutch_as_its_calendar_reply_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = tmp_path / "invite.ics"
    source.write_text(LAUNCH_ICS, encoding="utf-8")
    record = triaged_one(kindly, source, profile_file(dutch_bookkeeper_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"] == (
        "Beste Max,\n\nDank u wel voor de uitnodiging, helaas kan ik niet aanwezig zijn.\n\nMet vriendelijke groet,\n"
        f"{SIGNED}"
    )


PILOT_CALL = {
    "summary": "Stadtwerke Potsdam x Thermora - pilotproject",
    "description": "Geachte mevrouw Vogt\\, zoals telefonisch besproken: een kort overleg over een mogelijk "
    "pilotproject met uw regelaars in twee van onze wijken. Met vriendelijke groet\\, Jens Hartmann",
}


def test_a_call_at_an_hour_she_does_not_meet_is_answered_in_dutch_with_other_times(
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
        "Geachte Jens Hartmann,\n\nDank u wel voor de uitnodiging. Om 8.00 uur kan ik helaas niet, want voor "
        "gesprekken ben ik alleen vanaf 9.00 uur beschikbaar. Komt woensdag 9 december om 10.00 uur of vrijdag 11 "
        "december om 14.30 uur u uit?\n\nMet vriendelijke groet,\nLena"
    )


def test_the_same_call_at_an_hour_she_meets_is_accepted_in_dutch(kindly: Kindly, tmp_path: Path) -> None:
    source = tmp_path / "invite.ics"
    text = ONE_TO_ONE.format(location="Microsoft Teams", others="", **PILOT_CALL)
    source.write_text(text.replace("T080000", "T100000"), encoding="utf-8")
    record = triaged_one(kindly, source, profile_file(FOUNDER, tmp_path))
    assert "Dank u wel voor de uitnodiging, ik neem graag deel." in record["draft"], record["draft"]
    assert "u uit?" not in record["draft"]


# -- the register the sender wrote in ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "sender", "greeting"),
    [
        ("Geachte mevrouw De Vries", PIETER, "Geachte Pieter Jansen,"),
        ("Beste mevrouw De Vries", PIETER, "Geachte Pieter Jansen,"),
        # a sender with a title is greeted with it and the surname
        (
            "Geachte mevrouw De Vries",
            "Dr. Pieter Jansen <pieter.jansen@ziggo.example.nl>",
            "Geachte Dr. Jansen,",
        ),
        # near miss: a first name is answered by the first name
        ("Beste Sanne", PIETER, "Beste Pieter,"),
    ],
    ids=["geachte-mevrouw", "beste-mevrouw", "titled", "beste-sanne"],
)
def test_a_client_who_writes_formally_is_greeted_by_whole_name_with_no_gender_guessed(
    kindly: Kindly, tmp_path: Path, opening: str, sender: str, greeting: str
) -> None:
    record = _to_sanne(kindly, tmp_path, AFSPRAAK.format(opening=opening, more=""), sender)
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith(f"{greeting}\n\n"), record["draft"]


@pytest.mark.parametrize(
    ("opening", "formal"),
    [
        ("Geachte mevrouw De Vries,\n\nIk wil graag een afspraak maken.", True),
        ("Goedemorgen meneer Jansen,\n\nIk wil graag een afspraak maken.", True),
        # near misses: a first name, and a title said only in the body
        ("Beste Sanne,\n\nIk wil graag een afspraak maken.", False),
        ("Hallo Sanne,\n\nMevrouw Bos gaf mij uw naam.", False),
    ],
    ids=["geachte", "goedemorgen-meneer", "beste-sanne", "title-in-the-body"],
)
def test_a_formal_dutch_opening_is_told(opening: str, formal: bool) -> None:
    assert written_formally(DUTCH, opening) is formal


# -- what is read of Dutch, and what is not ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Bedankt voor uw bericht! Zullen we dinsdag afspreken?", False),
        ("Goedendag, kunt u mij uw tarieven sturen?", False),
        # near misses: a short English mail with a Dutch word or a Dutch name stays English
        ("Dank je, Pieter! The deck is great.", True),
        ("Lunch with Jan van der Berg at Café de Jaren on Tuesday?", True),
    ],
    ids=["nl-bedankt", "nl-tarieven", "en-dank-je", "en-van-der-berg"],
)
def test_a_short_dutch_mail_is_not_read_as_english(text: str, english: bool) -> None:
    assert reads_as_english(text) is english


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Beste Sanne, hartelijk dank voor uw bericht.", "Dutch"),
        # near miss: German says "beste" and "Dank" too
        ("Hallo Jonas, beste Grüße", "German"),
        ("Vielen Dank! Ich schlage ein Treffen am Dienstag vor.", "German"),
    ],
    ids=["nl-beste", "de-beste-gruesse", "de-vielen-dank"],
)
def test_the_words_dutch_shares_with_german_count_for_both(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Wij nodigen u uit op dinsdag 8 december om 12.00 uur. Graag uw antwoord uiterlijk 4 december.",
            ("dinsdag 8 december om 12.00 uur", "uiterlijk 4 december"),
        ),
        # near miss: an English date is no Dutch one
        ("Thanks! See you on Tuesday 8 December at 10:00 at the office.", ()),
    ],
    ids=["nl-day-and-deadline", "en-date"],
)
def test_the_days_and_hours_of_a_dutch_mail_are_read_and_only_of_one(
    text: str, seen: tuple[str, ...]
) -> None:
    assert moments_and_places(text) == seen
