"""A reviewer's read-back of session 24's Italian and Dutch tables (reviewr): words that said an idea in ordinary
mail, and Italian hours at one o'clock.

What the user should see (written before running kindly):
- A Dutch payment note "onder vermelding van het factuurnummer" or an Italian "elenco dei partecipanti" names no
  directory listing (a mention and a list are not one); "een vermelding in onze bedrijvengids" and "l'inserimento
  nel nostro elenco" still do, as "bedrijvengids" and "annuario" always did.
- "U kunt op ons rekenen", "wij rekenen op uw komst" (to count on someone) ask no payment; "Wij rekenen € 40 per
  lead" and "in rekening brengen" still do.
- Hours at one o'clock in Italian are elided as said: "all'una", "dall'una", "prima dell'una", not "alle 1"; a
  date on the first of a month takes "l'1", as "l'8" does."""

from __future__ import annotations

import time
from datetime import time as clock_time
from pathlib import Path

import pytest

from kindly.hours import MeetingHours
from kindly.ingest.email import parse_email
from kindly.reply.hours_told import hours_told
from kindly.reply.languages import DUTCH, GERMAN, ITALIAN, PORTUGUESE, Phrases
from kindly.understand.classify import Text
from kindly.understand.plain_forms import ideas_in
from support import eml
from test_understand import FORWARDED_INVITATION

DATE = "Tue, 1 Dec 2026 09:00:00 +0000"


def _english_ideas(text: str) -> list[str]:
    return [english for _said, english in ideas_in(text)]


# -- a mention or a list is no directory listing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beste Anna,\n\nhartelijk dank voor uw betaling. Wilt u het resterende bedrag overmaken onder vermelding van "
        "het factuurnummer en de vermeldingen op de factuur controleren?\n\nMet vriendelijke groet,\nPieter",
        "Gentile Anna,\n\nin allegato trova l'elenco dei partecipanti al convegno di martedì e un elenco delle "
        "domande.\n\nCordiali saluti,\nMarco",
    ],
    ids=["dutch-vermelding", "italian-elenco"],
)
def test_a_mention_or_a_list_names_no_directory_listing(text: str) -> None:
    assert "directory listing" not in _english_ideas(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Beste Anna, wij bieden u een vermelding in onze online gids voor ondernemers. Met vriendelijke groet",
            "vermelding in onze online gids",
        ),
        (
            "Beste Anna, wij bieden u vermeldingen op ons platform aan. Met vriendelijke groet, Pieter",
            "vermeldingen op ons platform",
        ),
        (
            "Gentile Anna, Le proponiamo l'inserimento nel nostro elenco online dei professionisti. Cordiali saluti",
            "inserimento nel nostro elenco",
        ),
        ("Gentile Anna, curiamo un elenco di aziende della Lombardia. Cordiali saluti", "elenco di aziende"),
        # near misses that always read so
        ("Beste Anna, u staat nog niet in onze bedrijvengids. Met vriendelijke groet", "bedrijvengids"),
        ("Gentile Anna, siamo un'azienda e curiamo un annuario delle imprese. Cordiali saluti", "annuario"),
    ],
)
def test_a_listing_offered_is_still_a_directory_listing(text: str, said: str) -> None:
    assert "directory listing" in _english_ideas(text)
    assert said in text


# -- to count on someone is not to pay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beste Anna, wij rekenen op uw komst bij onze bijeenkomst op dinsdag. Met vriendelijke groet, Pieter",
        "Beste Anna, voor de borrel rekenen we erop dat u komt. U kunt op ons rekenen! Groeten, Pieter",
        "Beste Anna, wij rekenen natuurlijk op u voor de lezing. Met vriendelijke groet, Pieter",
    ],
)
def test_counting_on_someone_in_dutch_asks_no_payment(text: str) -> None:
    assert "pay" not in _english_ideas(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Beste Anna, wij rekenen € 40 per gekwalificeerde lead. Met vriendelijke groet", "wij rekenen"),
        ("Beste Anna, daarvoor rekenen we een klein bedrag. Met vriendelijke groet", "rekenen we"),
        ("Beste Anna, de kosten brengen wij pas later in rekening. Met vriendelijke groet", "in rekening"),
        ("Beste Anna, u betaalt alleen voor resultaat. Met vriendelijke groet", "betaalt"),
    ],
)
def test_a_charge_in_dutch_is_still_paying(text: str, said: str) -> None:
    assert "pay" in _english_ideas(text)
    assert said in text


# -- one o'clock in Italian ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "told"),
    [
        (["Mon-Fri 13:00-15:00"], "dal lunedì al venerdì dalle 13 alle 15"),
        (["Mon-Fri 01:00-03:00"], "dal lunedì al venerdì dall'una alle 3"),
        (["Mon-Fri 01:30-23:59"], "dal lunedì al venerdì a partire dall'1:30"),
        (["Tue 00:00-01:00"], "il martedì prima dell'una"),
    ],
)
def test_italian_hours_at_one_are_elided_as_said(said: list[str], told: str) -> None:
    assert hours_told(ITALIAN.hours, MeetingHours.of(said), ITALIAN.either) == told


@pytest.mark.parametrize(
    ("at", "hour"), [(clock_time(1), "all'una"), (clock_time(1, 30), "all'1:30"), (clock_time(8), "alle 8")]
)
def test_an_hour_that_does_not_suit_is_said_with_its_article(at: clock_time, hour: str) -> None:
    told = ITALIAN.not_at_the_hour.format(hour=ITALIAN.hours.at(at), what="le chiamate", hours="dalle 9")
    assert told.startswith(f"Purtroppo {hour} non mi è possibile")


@pytest.mark.parametrize(
    ("seen", "said"),
    [
        ("1 dicembre alle 12", "l'1 dicembre alle 12"),
        ("1° dicembre", "il 1° dicembre"),
        ("10 dicembre", "il 10 dicembre"),
    ],
)
def test_the_first_of_the_month_is_elided_in_italian(seen: str, said: str) -> None:
    assert ITALIAN.their_day(seen) == said


# -- Monday to Friday said so --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrases", "told"),
    [
        # "giorni feriali" and "werktags" are Monday to Saturday
        (ITALIAN, "dal lunedì al venerdì dalle 9 alle 12"),
        (GERMAN, "montags bis freitags zwischen 9 Uhr und 12 Uhr"),
        # near misses: already Monday to Friday
        (DUTCH, "op werkdagen tussen 9.00 en 12.00 uur"),
        (PORTUGUESE, "entre as 9h e as 12h nos dias úteis"),
    ],
)
def test_monday_to_friday_is_not_said_as_working_days_that_include_saturday(
    phrases: Phrases, told: str
) -> None:
    assert hours_told(phrases.hours, MeetingHours.of(["Mon-Fri 09:00-12:00"]), phrases.either) == told


# -- a note that ends "FYI", read in time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "passed_on"),
    [
        ("See below, FYI.", True),
        ("Passing this along for your info.\nJamie", True),
        ("Passing this along for your info.\n\nJamie Lee\n--", True),
        # near misses: more said after it, or a whole signature under it
        ("Passing this along FYI. Thoughts on the venue", False),
        ("Passing this along for your records:\nJamie Lee Smith", False),
    ],
)
def test_a_forward_whose_note_ends_fyi_is_passed_on(note: str, passed_on: bool) -> None:
    assert Text.from_body("FW: SWEBA Fall Meeting", note + FORWARDED_INVITATION).for_information is passed_on


def test_a_note_padded_with_blank_lines_after_its_fyi_is_read_in_time(tmp_path: Path) -> None:
    # a pitch padded with thousands of blank lines: the FYI ending was read by one pattern with nested runs of
    # non-letters, which took seconds at 8,000 lines and minutes at 40,000
    body = "Passing this on, FYI" + " \n" * 20_000 + ". Our new menu is out, a few lines on it for you."
    mail = eml(tmp_path / "padded.eml", body, sender="Ana <ana@example.com>", subject="Our menu", date=DATE)
    message = parse_email(mail.read_bytes(), str(mail))
    started = time.perf_counter()
    text = Text.from_message(message)
    assert time.perf_counter() - started < 2
    assert not text.for_information
