"""Details of an invitation, read from headers, signature, the sender's words and the calendar event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kindly.ingest.text import split_body
from kindly.model import Attendee, Event, Message
from kindly.understand.extract import ask_sentence, extract


def mail(
    body: str, sender: str = "Gordon Whitfield", address: str = "gordon@evergreenpath.com", subject: str = ""
) -> Message:
    split = split_body(body)
    return Message(
        source="t",
        from_name=sender,
        from_addr=address,
        subject=subject,
        body=body,
        own_text=split.own,
        signature=split.signature,
    )


PITCH = """Hi Dana,

I'm a fee-only financial planner working with consultants in Portland. I'd like to buy you a coffee next
Tuesday at 10am and spend 20 minutes walking you through retirement planning options at Case Study Coffee.

Best regards,
Gordon Whitfield
Senior Advisor | Evergreen Path Financial
"""


def test_a_pitch_yields_who_what_how_when_where_and_the_service() -> None:
    details = extract(mail(PITCH, subject="coffee?"))
    assert details.sender_name == "Gordon Whitfield"
    assert details.organisation == "Evergreen Path Financial"
    assert details.role == "Senior Advisor"
    assert details.ask.startswith("I'd like to buy you a coffee")
    assert details.format == "coffee"
    assert details.when.lower().startswith("next tuesday at 10am") or details.when.lower() == "next tuesday"
    assert details.duration == "20 minutes"
    assert details.place == "Case Study Coffee"
    assert details.service_category == "financial planning"


def test_an_event_takes_its_facts_from_the_calendar() -> None:
    event = Event(
        uid="u",
        summary="Money Talks for Makers",
        start=datetime(2026, 12, 9, 17, 30, tzinfo=UTC),
        location="Holloway Hall, Portland",
        description="Free for members, $15 for guests.",
        attendees=(Attendee("priya@x.example", "Priya Natarajan"), Attendee("o@x.example", "Owen Park")),
    )
    message = Message(
        source="t",
        channel="calendar",
        from_name="Hannah Brooks (Creative Economy Network)",
        from_addr="events@cen.example.org",
        subject=event.summary,
        own_text="Join us!",
        event=event,
    )
    details = extract(message)
    assert details.sender_name == "Hannah Brooks" and details.organisation == "Creative Economy Network"
    assert details.format == "event" and details.event_name == "Money Talks for Makers"
    assert details.event_date == "Wed 09 Dec 2026 17:30" and details.event_place == "Holloway Hall, Portland"
    assert details.attendees == ("Priya Natarajan", "Owen Park")
    assert details.cost in ("Free for members", "$15 for guests", "$15")


def test_speakers_named_in_the_text_are_listed_as_attendees() -> None:
    body = "Join our evening seminar on studio finance. Speakers include Ana Ruiz, Tom Becker and Lee Chan. Tickets $25."
    details = extract(mail(body))
    assert details.attendees == ("Ana Ruiz", "Tom Becker", "Lee Chan")
    assert details.cost == "$25"


@pytest.mark.parametrize(
    ("address", "organisation"),
    [
        pytest.param("ruth@halftone.example.com", "Halftone", id="reserved-example-domain"),
        pytest.param("amy@northwind.co.uk", "Northwind", id="country-domain"),
        pytest.param("someone@gmail.com", "", id="webmail-names-no-one"),
    ],
)
def test_the_organisation_falls_back_to_the_sender_domain(address: str, organisation: str) -> None:
    assert extract(mail("Could we talk?", address=address)).organisation == organisation


def test_the_ask_is_the_senders_own_request_sentence() -> None:
    text = "Hope you're well. We loved your talk last spring. Would you speak at our March meetup? It's paid."
    assert ask_sentence(text) == "Would you speak at our March meetup?"
    assert ask_sentence("Attached is the report.") == ""


def test_nothing_is_guessed_when_the_text_does_not_say() -> None:
    details = extract(mail("Thanks for the report.", sender="", address=""))
    assert details.as_rows() == []


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        (
            "Invitation: Women in Fintech Breakfast, 12 March",
            "We'd love to see you there.",
            "Women in Fintech Breakfast",
        ),
        (
            "You're invited to the 2027 Gulf Coast Energy Forum",
            "Please RSVP by Friday.",
            "2027 Gulf Coast Energy Forum",
        ),
        (
            "Next week",
            "I'd like to invite you to the Houston Energy Finance Summit on May 3 at the Hyatt.",
            "Houston Energy Finance Summit",
        ),
        ("Join us", "Join us at Design Week Lisbon for drinks and talks.", "Design Week Lisbon"),
        ("Invitation: Data Council - 12 May", "Details inside.", "Data Council"),
        ("Coffee?", "Would you like to grab coffee on Tuesday at Blue Bottle?", ""),
        ("Invitation: quarterly review", "See you there.", ""),  # no capitalised name: not guessed
    ],
)
def test_an_email_names_its_event_in_the_subject_or_where_it_invites(
    subject: str, body: str, name: str
) -> None:
    details = extract(mail(body, subject=subject))
    assert details.event_name == name
    if name:  # an e-mail's event takes the date and place the text gives
        assert (details.event_date, details.event_place) == (details.when, details.place)
    else:
        assert (details.event_date, details.event_place) == ("", "")


def test_the_place_is_where_they_ask_to_meet_not_where_they_work() -> None:
    body = (
        "I am a planner at BrightPath Finance and help founders. Could we meet at Blue Bottle on Main St?\n\n"
        "Best,\nDana Ruiz\nSenior Advisor, BrightPath Finance"
    )
    assert extract(mail(body, sender="Dana Ruiz", address="dana@brightpath.example.com")).place == (
        "Blue Bottle on Main St"
    )
    assert (
        extract(
            mail(
                "I work at BrightPath Finance and help founders.\n\nBest,\nDana\nAdvisor, BrightPath Finance"
            )
        ).place
        == ""
    )


def test_the_ask_leaves_out_the_greeting() -> None:
    assert ask_sentence("Dear Sam, we would be delighted if you could join us on Thursday.") == (
        "we would be delighted if you could join us on Thursday."
    )
    assert ask_sentence("Hi Ana: would you speak at our meetup?") == "would you speak at our meetup?"
