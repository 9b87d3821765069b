"""Thirteenth session: the details `kindly classify` and `kindly show` read - an event's several days, the
organisation a squashed domain names, and who is at a meeting (people, not firms, rooms or cities)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from kindly.ingest.pasted import text_message
from kindly.model import Intent, Message
from kindly.services import meets_at
from kindly.understand.extract import extract, sender_identity
from support import Kindly

WRITTEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def note(
    body: str, subject: str = "An invitation", sender: str = "Tom Reilly <tom@reilly.example.com>"
) -> Message:
    return text_message("test", sender, subject, body, date=WRITTEN)


# -- an event of several days is read whole, and starts on its first -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when", "first_day"),
    [
        pytest.param(
            "We'd love you to join us at the Retail Futures Summit on 14-15 January.",
            "14-15 January",
            date(2027, 1, 14),
            id="day-day month",
        ),
        pytest.param(
            "The Growth Forum runs 14–15 Jan 2027 in Leeds. Would you like to attend?",
            "14–15 Jan 2027",
            date(2027, 1, 14),
            id="en dash, short month, year",
        ),
        pytest.param(
            "Join us for the Founders Retreat, January 14-15, at the Lake House. Can you come?",
            "January 14-15",
            date(2027, 1, 14),
            id="month day-day",
        ),
        pytest.param(
            "Our Winter Workshop runs Mon 14 - Tue 15 December at the Guildhall. Would you join us?",
            "Mon 14 - Tue 15 December",
            date(2026, 12, 14),
            id="short weekdays",
        ),
        pytest.param(
            "The Ports Conference is from the 3rd to the 5th of March at the Convention Centre. Would you attend?",
            "the 3rd to the 5th of March",
            date(2027, 3, 3),
            id="ordinals with of",
        ),
        pytest.param(
            "The Leadership Summit runs 30 November - 2 December 2027. Would you like to attend?",
            "30 November - 2 December 2027",
            date(2027, 11, 30),
            id="across two months",
        ),
    ],
)
def test_an_event_of_several_days_is_dated_by_all_of_them_and_starts_on_the_first(
    sentence: str, when: str, first_day: date
) -> None:
    message = note(f"Hi Dana,\n\n{sentence}\n\nBest,\nTom Reilly")
    details = extract(message, Intent.EVENT_INVITATION)
    assert details.when == when
    assert details.event_date == when
    moment = meets_at(message, details)
    assert moment is not None and moment.date() == first_day


def test_a_range_is_days_of_one_month_not_a_day_and_its_hours_or_a_headcount() -> None:
    def when(sentence: str) -> str:
        return extract(note(f"Hi Dana,\n\n{sentence}\n\nTom"), Intent.EVENT_INVITATION).when

    assert when("The retreat runs December 10-12 at the Lake House. Would you join us?") == "December 10-12"
    assert (
        when("The mixer is on December 10 - 6 to 8 pm at the Guildhall. Would you join us?")
        != "December 10-6"
    )
    assert (
        when("Our roundtable on December 10 - 20 studio owners, one table. Would you join us?")
        == "December 10"
    )


def test_kindly_classify_gives_the_event_date_as_its_days(kindly: Kindly) -> None:
    line = {
        "id": "summit",
        "from": "Aoife Byrne <aoife@growthforum.example.org>",
        "subject": "Invitation: Growth Forum 14–15 January",
        "body": "Hi Dana,\n\nYou're invited to the Growth Forum 2027, 14–15 January at the RDS in Dublin. "
        "Would you like to attend? Tickets are free for speakers' guests.\n\nAoife Byrne",
    }
    result = kindly("classify", "--no-profile", input=json.dumps(line) + "\n")
    assert result.exit_code == 0, result.output
    details = json.loads(result.stdout.splitlines()[0])["details"]
    assert details["when"] == "14–15 January"
    assert details["event"]["name"] == "Growth Forum"  # its days are no part of its name
    assert details["event"]["date"] == "14–15 January"


# -- a squashed domain is split into its words where they are plain -------------------------------------------


def test_the_organisation_a_squashed_domain_names_is_written_as_words_where_they_are_plain() -> None:
    def organisation(address: str, body: str = "Would you be open to a short call next week?") -> str:
        message = note(f"Hi Dana,\n\n{body}\n\nThanks,\nSarah", sender=f"Sarah Lim <{address}>")
        return extract(message, Intent.CLIENT_INQUIRY).organisation

    assert organisation("sarah@maroubragp.com.au") == "Maroubra GP"  # a suburb's general practice
    assert organisation("aoife@liffeyvalleyphysio.ie") == "Liffey Valley Physio"
    assert organisation("reception@harbourviewmedicalcentre.com.au") == "Harbourview Medical Centre"
    assert organisation("jo@northsidedental.com") == "Northside Dental"
    # no words to split it into with confidence: the label as it is, never an invention
    assert organisation("sam@zentrix.com") == "Zentrix"
    assert organisation("sam@medicare.com") == "Medicare"  # not "Medi Care"
    assert organisation("sam@walmart.com") == "Walmart"  # not "Walm Art"
    assert organisation("oliver@grantpartners.com") == "Grant Partners"  # a kind of body, as before
    # the name as the message writes it comes first
    written = "I manage the Maroubra General Practice on Anzac Parade. Could we have a call next week?"
    assert organisation("sarah@maroubragp.com.au", written) == "Maroubra General Practice"


def test_a_long_label_of_repeated_letters_over_a_long_run_of_words_is_read_in_one_pass() -> None:
    # each word may stand whole or as an initial, and "of" may be skipped: tried naively, every way of
    # spelling the label is tried again from every word
    body = "Hi Dana,\n\n" + " ".join(["Aaa"] * 2000) + "\n\nWould you join us? " + " ".join(["of"] * 2000)
    for label in ("a" * 60 + "zq", "aaa" * 20 + "zq"):
        message = note(body, sender=f"Aaa Bee <x@{label}.com>")
        assert sender_identity(message)[1] == label.title()


# -- who is at a meeting: people, not the firms, councils, rooms or venues named beside them -------------------


def invitation(body: str, intent: Intent = Intent.EVENT_INVITATION) -> tuple[tuple[str, ...], str, str]:
    details = extract(note(f"Hi Dana,\n\n{body}\n\nBest,\nTom Reilly"), intent)
    return details.attendees, details.place, details.event_name


@pytest.mark.parametrize(
    ("body", "people"),
    [
        pytest.param(
            "Attendees: Ravi Patel, partners from Deloitte, Grant Thornton and the Leeds City Council team.\n\n"
            "Would you like to join us on Thursday 10 December?",
            ("Ravi Patel",),
            id="the firms people come from",
        ),
        pytest.param(
            "Around the table: Jordan Lee (Grant Thornton), Amy Ito (Wells Fargo) and the Morgan Stanley team.\n\n"
            "Would you like to join us on Thursday 10 December?",
            ("Jordan Lee", "Amy Ito"),
            id="a firm in brackets, a firm's team",
        ),
        pytest.param(
            "Sam from Grant Thornton will join us, with Priya Shah and the Marks & Spencer buyers.\n\n"
            "Would you like to come on Thursday 10 December?",
            ("Sam", "Priya Shah"),
            id="one person's firm",
        ),
        pytest.param(
            "The venue is Brooklyn Bowl. Guests: Chelsea, Brooklyn and Dakota from the product team.\n\n"
            "Can you come on Wednesday 9 December?",
            ("Chelsea", "Brooklyn", "Dakota"),
            id="a venue named like a person",
        ),
        pytest.param(
            "We've invited Chef Lorraine Addo, Coach Sam Lee, Ravi Patel and Ernst & Young.\n\n"
            "Can you come on 9 December?",
            ("Lorraine Addo", "Sam Lee", "Ravi Patel"),
            id="a firm by its ampersand, titles before names",
        ),
    ],
)
def test_the_attendees_are_the_people_not_the_firms_councils_or_venues(
    body: str, people: tuple[str, ...]
) -> None:
    assert invitation(body)[0] == people


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param(
            "Could we meet in Boardroom 3 on Friday at 10am? Sam and Priya will join us.",
            "Boardroom 3",
            id="a room by its number",
        ),
        pytest.param(
            "We're gathering in Hall B at ExCeL London on 9 December. Would you like to attend?",
            "Hall B at ExCeL London",
            id="a hall and its building",
        ),
        pytest.param(
            "We'll meet in the Lincoln Room at Ernst & Young on Thursday 10 December. Would you like to join us?",
            "the Lincoln Room at Ernst & Young",
            id="a named room and its firm",
        ),
        pytest.param(
            "Could we meet at Ravi Patel's office on Friday at 10? It's two minutes from the station.",
            "Ravi Patel's office",
            id="someone's office, not someone",
        ),
        pytest.param(
            "The venue is Brooklyn Bowl. Can you come on Wednesday 9 December?",
            "Brooklyn Bowl",
            id="a venue said in a sentence",
        ),
    ],
)
def test_the_place_is_the_room_or_the_venue_not_a_person(body: str, place: str) -> None:
    assert invitation(body, Intent.COFFEE_CHAT if "Friday" in body else Intent.EVENT_INVITATION)[1] == place


def test_a_persons_event_is_named_by_the_event_not_the_person() -> None:
    body = "Would you join us at Helen Achebe's book launch on Thursday 10 December?"
    assert invitation(body)[2] == "Helen Achebe's book launch"


def test_a_first_name_met_with_is_a_person_and_cities_listed_as_offices_are_not() -> None:
    lunch = "Could we grab lunch with Charlotte at noon on Friday? Our teams are across Austin and Lincoln."
    assert invitation(lunch, Intent.COFFEE_CHAT)[0] == ("Charlotte",)
    offices = (
        "We have offices in Adelaide and Darwin and Sydney. Could Sam and I take you for coffee on Friday?"
    )
    assert invitation(offices, Intent.COFFEE_CHAT)[0] == ("Sam",)


def test_a_first_name_is_given_in_full_where_the_forwarded_header_names_them() -> None:
    body = (
        "Dana - see below. Can you join a call with Priscilla Thursday at 11?\n-G\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priscilla Tanaka <ptanaka@tanakalegal.example.com>\n"
        "Subject: Operating agreement\n"
        "To: Gwen Harlow <gwen@harlow.example.com>\n\n"
        "Gwen,\n\nCould we find 30 minutes this week to go over the valuation formula?\n\nPriscilla"
    )
    message = note(body, subject="Fwd: Operating agreement", sender="Gwen Harlow <gwen@harlow.example.com>")
    assert extract(message, Intent.COFFEE_CHAT).attendees == ("Priscilla Tanaka",)
