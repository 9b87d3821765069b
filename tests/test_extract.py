"""Details of an invitation, read from headers, signature, the sender's words and the calendar event."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.ingest.pasted import text_message
from kindly.ingest.text import split_body
from kindly.model import Attendee, Event, Intent, Message
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


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Would Wednesday, July 16 at 12:30 work?", "Wednesday, July 16 at 12:30"),
        ("Are you free next Tuesday or Wednesday?", "next Tuesday or Wednesday"),
        ("Do you have 25 minutes on Monday, June 9 at 2pm PT?", "Monday, June 9 at 2pm PT"),
        ("Our next meetup is Tuesday, March 11, 6–8pm.", "Tuesday, March 11, 6–8pm"),
        ("Drinks Friday the 21st around 6?", "Friday the 21st around 6"),
        ("Thursday at 4pm or Friday at 10am?", "Thursday at 4pm or Friday at 10am"),
        ("Coffee sometime the week of the 14th?", "the week of the 14th"),
        ("Let me know by December 4 whether you can speak on March 18.", "March 18"),  # not the deadline
        ("We offer 24/7 support and a 50/50 split. Coffee?", ""),  # no dates
    ],
)
def test_when_is_the_day_and_hour_proposed(text: str, when: str) -> None:
    assert extract(mail(text)).when == when


def test_a_signature_without_a_sign_off_still_gives_name_title_and_organisation() -> None:
    body = "Coffee next week at Case Study Coffee?\n\nKevin O'Hara\nAccount Executive\nCascade Managed IT\n(503) 555-0142"
    details = extract(mail(body, sender="", address="kevin@cascademanagedit.example.com"))
    assert (details.sender_name, details.role, details.organisation) == (
        "Kevin O'Hara",
        "Account Executive",
        "Cascade Managed IT",
    )


@pytest.mark.parametrize(
    ("text", "organisation", "role"),
    [
        (
            "Hi Dana - I'm on the portfolio team at Fieldwork Capital. Let's connect!",
            "Fieldwork Capital",
            "portfolio team",
        ),
        (
            "I'm now Director of Finance at Fernhill Partners, so lunch is on me.",
            "Fernhill Partners",
            "Director of Finance",
        ),
        (
            "I'm the founder of Tidewater Labs and would love your view on pricing.",
            "Tidewater Labs",
            "founder",
        ),
        # what they do, whom they admire: no organisation of theirs
        ("I'm a fractional CFO working mostly with SaaS companies.", "", ""),
        ("I'm a big fan of your work at Ember & Oak.", "", ""),
    ],
)
def test_a_note_without_a_signature_says_who_the_sender_is(text: str, organisation: str, role: str) -> None:
    note = Message(source="messages.csv", from_name="Camille Ortiz", own_text=text, channel="linkedin")
    details = extract(note)
    assert (details.organisation, details.role) == (organisation, role)


def test_an_organisation_is_written_as_the_message_writes_its_domain() -> None:
    body = "Creative Economy PDX is hosting its summit on Thursday, September 18. Would you join us?"
    details = extract(mail(body, sender="Ana Ruiz", address="ana@creativeeconomypdx.example.org"))
    assert details.organisation == "Creative Economy PDX"  # not "Creativeeconomypdx"


def test_a_team_mailbox_is_not_a_person() -> None:
    details = extract(mail("Join our free webinar on Thursday at 10am PT.", sender="Ledgerly Webinars"))
    assert details.sender_name == ""
    assert details.organisation == "Ledgerly"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "This year's speakers include Renee Castillo (CFO, Fernhill Studio Collective) and Marcus Odum.",
            ("Renee Castillo", "Marcus Odum"),
        ),
        ("Our featured speaker is Gabriela Soto, CFO of Tidepool Creative.", ("Gabriela Soto",)),
        (
            "Ledgerly's head of finance Nadia Brooks and agency owner Theo Marsh will share their template.",
            ("Nadia Brooks", "Theo Marsh"),
        ),
        ("It's free, and Jordan Ellis will talk about resourcing models.", ("Jordan Ellis",)),
        ("Would you join us for drinks on Thursday?", ()),
    ],
)
def test_the_people_an_event_names_are_its_attendees(text: str, people: tuple[str, ...]) -> None:
    assert extract(mail(text, subject="Invitation")).attendees == people


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("We place candidates within 72 hours. Could I buy you a drink next week?", ""),
        ("Our tool saves 5 hours a week. Would you like a demo?", ""),
        ("Would you have 20 minutes for a call on Tuesday?", "20 minutes"),
    ],
)
def test_the_duration_is_the_meetings_not_any_span_of_time(text: str, duration: str) -> None:
    assert extract(mail(text)).duration == duration


def test_the_ask_is_the_invitation_not_the_logistics_of_answering() -> None:
    text = (
        "We'd love you to be one of three panelists on money mindset. It's 12-1:30pm. "
        "Could you let me know by Friday if you can join?"
    )
    assert ask_sentence(text) == "We'd love you to be one of three panelists on money mindset."
    assert (
        ask_sentence("Remember the dinner? Want me to make an email intro?")
        == "Want me to make an email intro?"
    )


def test_what_belongs_to_the_kind_of_invitation_is_kept() -> None:
    pitch = mail(
        "Our clients save $15,000 a year. Could I buy you a coffee to talk about your retirement plan?",
        subject="Coffee?",
    )
    assert extract(pitch).cost == "$15,000"  # without the intent, every fact found
    assert extract(pitch, Intent.SALES_PITCH).cost == ""  # a saving is not what the user pays
    assert extract(pitch, Intent.SALES_PITCH).service_category == "financial planning"
    event = mail(
        "Tickets are $25. Join us on Thursday at the Nines Hotel.", subject="Invitation: Fintech Breakfast"
    )
    assert extract(event, Intent.EVENT_INVITATION).cost == "$25"
    assert extract(event, Intent.EVENT_INVITATION).format == "event"
    assert extract(event, Intent.RECRUITING).service_category == ""


def test_the_venue_is_not_the_event_it_hosts() -> None:
    text = (
        "We'd love to see you at the Creative Economy Finance Summit on Thursday, September 18 "
        "at the Portland Art Museum."
    )
    details = extract(
        mail(text, subject="You're invited: Creative Economy Finance Summit"), Intent.EVENT_INVITATION
    )
    assert details.event_name == "Creative Economy Finance Summit"
    assert details.place == "the Portland Art Museum"


def test_a_long_run_of_capitalised_words_is_read_once() -> None:
    # With an unbounded name pattern this took over a minute: each start re-read the whole run.
    body = "Join us at " + "Big " * 20_000 + "?"
    assert extract(mail(body), Intent.EVENT_INVITATION).attendees == ()


_WORDS = st.sampled_from(
    [
        "Join us",
        "at",
        "the",
        "Hoxton Hotel",
        "on",
        "Thursday",
        "March 12",
        "10am",
        "for",
        "30 minutes",
        "coffee",
        "?",
        ".",
        ",",
        "speakers include",
        "Ana Bell",
        "and",
        "Tom Lee",
        "$25",
        "free",
        "\n",
        "\n\n",
        "Would you",
        "Invitation:",
        "Best,",
        "Dana Reyes",
        "Founder | Acme Studio",
        "24/7",
        "by",
        "will talk",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    subject=st.lists(_WORDS, max_size=6).map(" ".join),
    body=st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40).map(" ".join),
)
def test_every_detail_is_taken_from_the_message_never_made_up(subject: str, body: str) -> None:
    written = " ".join(f"{subject} {body}".split())
    for intent in (None, Intent.EVENT_INVITATION, Intent.SALES_PITCH):
        details = extract(mail(body, sender="", address="", subject=subject), intent)
        for value in (
            details.role,
            details.duration,
            details.place,
            details.event_name,
            details.cost,
        ):
            assert " ".join(value.split()) in written
        # a day and the hour said beside it ("at 10am March 12", "March 12 - would 10am work?") are one `when`
        # ("March 12 at 10am"): the day and the hour each in the message's own words
        assert all(" ".join(part.split()) in written for part in details.when.split(" at "))
        assert all(name in written for name in details.attendees)
        assert details.ask.rstrip("…") in written


@pytest.mark.parametrize(
    "text",
    [
        "I'm a recruiter at Talentbridge. Do you have time for a quick call?",
        "I work at Studio Collective and would love to chat. Quick call Tuesday?",
    ],
)
def test_where_the_sender_works_is_no_meeting_place(text: str) -> None:
    assert extract(mail(text, address="a@studiocollective.example.com"), Intent.RECRUITING).place == ""


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Invitation: Marketing Leaders Summit", "Marketing Leaders Summit"),  # "Mar..." is no month
        ("Invitation: Octane Founders Dinner", "Octane Founders Dinner"),
        ("Invitation: Éire Fintech Summit", "Éire Fintech Summit"),
        ("Invitation to speak at the Berlin Fintech Forum", "Berlin Fintech Forum"),
    ],
)
def test_event_names_in_subjects(subject: str, name: str) -> None:
    assert extract(mail("Would you come?", subject=subject), Intent.EVENT_INVITATION).event_name == name


def test_a_cafe_is_no_event() -> None:
    coffee = mail("Would you join us at Blue Bottle Coffee on Monday?")
    assert extract(coffee, Intent.COFFEE_CHAT).event_name == ""
    assert extract(coffee, Intent.COFFEE_CHAT).place == "Blue Bottle Coffee"


def test_titles_and_wishes_are_no_asks() -> None:
    assert ask_sentence("Dear Dr. Smith, would you speak at our meetup?") == "would you speak at our meetup?"
    assert ask_sentence("I hope you will enjoy the report.") == ""


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Could we meet Tuesday, 10:30am?", "Tuesday, 10:30am"),
        ("Drinks this Thursday, 5-7pm?", "this Thursday, 5-7pm"),
        ("Coffee Monday 3/16 at 10am?", "Monday 3/16 at 10am"),
    ],
)
def test_a_day_with_its_hour_after_a_comma(text: str, when: str) -> None:
    details = extract(mail(text))
    assert details.when == when
    assert details.place == ""  # "at 10am" is no place


def test_an_hour_is_no_place() -> None:
    assert extract(mail("Could we meet Thursday at 5 PM? Or at 10 AM PST?")).place == ""
    assert extract(mail("Could we meet at 1220 NW Lovejoy on Thursday?")).place == "1220 NW Lovejoy"


def test_a_podcast_guest_spot_is_a_podcast() -> None:
    text = "I host a podcast for studio owners. Would you come on the show to talk about pricing?"
    assert extract(mail(text), Intent.SPEAKING_INVITATION).format == "podcast"


@pytest.mark.parametrize(
    "subject", ["Quick Question", "Following Up", "Re: Checking In", "Dana Reyes - Invitation"]
)
def test_a_plain_subject_names_no_event(subject: str) -> None:
    assert (
        extract(mail("Would you come on Thursday?", subject=subject), Intent.EVENT_INVITATION).event_name
        == ""
    )


def test_a_phone_number_or_call_to_action_under_a_title_is_no_organisation() -> None:
    body = "Coffee next week?\n\nJane Doe\nFounder\n503-555-0100"
    assert extract(mail(body, sender="Jane Doe", address="jane@gmail.com")).organisation == ""
    body = "Coffee next week?\n\nJane Doe\nOwner\nBook A Call"
    assert extract(mail(body, sender="Jane Doe", address="jane@gmail.com")).organisation == ""


def test_looking_back_for_deadlines_and_spans_stays_short() -> None:
    # Looking back over all the text before every match made this take a minute.
    body = (
        "Would you like to grab coffee? Reply by Monday " + "by Monday " * 5_000 + "every 5 minutes " * 3_000
    )
    details = extract(mail(body))
    assert details.when == "" and details.duration == ""


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Lena Fitch from Saltwater Studio and David Osei will be there too.", ("Lena Fitch", "David Osei")),
        ("Our Chief Operating Officer, Graham Ellison, will also join.", ("Graham Ellison",)),
        ("Dana, meet Felix Ortega, co-founder of Northwind Studio.", ("Felix Ortega",)),
        ("I'd like to introduce you to Tess Morgan, who runs operations at Fieldwork.", ("Tess Morgan",)),
        (
            "It will be moderated by Julia Benton; fellow panellists are Amir Haddad and Keiko Sato.",
            ("Julia Benton", "Amir Haddad", "Keiko Sato"),
        ),
        (
            "Remarks by sculptor Ana Lucia Ferrer and a performance by the Alder String Quartet.",
            ("Ana Lucia Ferrer",),
        ),
    ],
)
def test_who_else_will_be_there(text: str, people: tuple[str, ...]) -> None:
    assert extract(mail(text)).attendees == people


def test_a_talk_is_a_stage_only_for_a_speaker() -> None:
    text = "Could we get on a call to talk about co-hosting a workshop series?"
    assert extract(mail(text), Intent.PARTNERSHIP_PROPOSAL).format == "call"
    assert (
        extract(mail("Would you give a talk at our workshop?"), Intent.SPEAKING_INVITATION).format == "talk"
    )


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("We would be honoured to have you deliver the closing keynote at our summit.", "keynote"),
        (
            "Would you be willing to lead a workshop on pricing and cash flow, about 90 minutes long?",
            "workshop",
        ),
        ("We'd love you to be one of three panelists on money mindset.", "panel"),
        (
            "We'd love to do a fireside chat between you and Marguerite about selling a studio.",
            "fireside chat",
        ),
        ("Would you give a guest lecture to my MBA students on financial models?", "lecture"),
        ("Could I interview you by phone for 20 minutes for my piece on pricing?", "interview"),
        ("We have a talk slot open on Day 2 that we'd love you to fill.", "talk"),
        ("We'd love you to speak in the episode about US tax of our webinar series.", "webinar"),
        ("Join our lunch-and-learn panel on December 8? We'll livestream it on our Instagram.", "panel"),
        (
            "Board members recommended your workshop on cash flow; would you give a session on the main stage?",
            "",
        ),
        ("Would you come on the podcast to talk about pricing?", "podcast"),
        ("We'd love to talk about having you at our conference.", ""),
    ],
)
def test_a_speaker_is_asked_onto_the_stage_the_message_names(text: str, stage: str) -> None:
    assert extract(mail(text), Intent.SPEAKING_INVITATION).format == stage


def test_a_seller_asks_for_a_demo_whatever_it_runs_on() -> None:
    text = "Do you have 15 minutes for a quick demo over Zoom on Thursday afternoon?"
    assert extract(mail(text), Intent.SALES_PITCH).format == "demo"
    assert extract(mail(text), Intent.CLIENT_INQUIRY).format == "video call"


def test_a_name_at_a_paragraph_end_is_not_run_into_the_next_paragraph() -> None:
    body = "Closing panel moderated by Wendy Li\n\nVenue is the Oregon Convention Center.\nWould you speak?"
    assert extract(mail(body), Intent.SPEAKING_INVITATION).attendees == ("Wendy Li",)


def test_a_name_wrapped_across_lines_is_read_whole() -> None:
    body = (
        "We would love you to share the stage on Thursday with Priya\nNatarajan and Tom Lee. Can you join us?"
    )
    assert extract(mail(body), Intent.SPEAKING_INVITATION).attendees == ("Priya Natarajan", "Tom Lee")


def test_names_on_lines_of_their_own_are_not_run_together() -> None:
    body = "Our speakers for the evening are these three people:\nTom Lee\nSam Ortiz\nPriya Shah\n\nCan you come?"
    assert extract(mail(body), Intent.EVENT_INVITATION).attendees == ("Tom Lee", "Sam Ortiz", "Priya Shah")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "I'm on the program committee of the Midwest CFO Forum and we'd love you to speak.",
            "Midwest CFO Forum",
        ),
        ("Would you present at SMB Finance Week this spring?", "SMB Finance Week"),
        ("We meet at the Whitcombe Conference Center. Would you give a talk?", ""),
    ],
)
def test_an_event_is_named_by_capitalised_words_ending_in_what_events_are_called(
    body: str, name: str
) -> None:
    assert extract(mail(body), Intent.SPEAKING_INVITATION).event_name == name


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Date: Thursday, December 13\nLocation:   The Wexford Club, 200 Market Street\n\nPlease join us.",
            "The Wexford Club, 200 Market Street",
        ),
        (
            "The dinner is at the Hotel Adeline, 410 Pine Street, on Friday. Can you come?",
            "the Hotel Adeline, 410 Pine Street",
        ),
        ("The workshop is in Room 212 on Saturday. Would you lead it?", "Room 212"),
        (
            "Wednesday, September 17 at 2:00 pm\nRevolution Hall, 1300 SE Stark St\n\nWould you speak?",
            "Revolution Hall, 1300 SE Stark St",
        ),
        (
            "Our mixer is next Thursday around 6. It's at 88 Pearl St, 4th floor (buzz at the door).",
            "88 Pearl St, 4th floor",
        ),
    ],
)
def test_the_place_is_read_from_its_label_or_with_its_street_address(body: str, place: str) -> None:
    assert extract(mail(body), Intent.EVENT_INVITATION).place == place


@pytest.mark.parametrize(
    "body",
    [
        "Want to grab lunch next Tuesday around noon? Lardo on Hawthorne is close to both of us.",
        "Coffee Friday at 8:30? Lardo on Hawthorne, I only have half an hour before work.",
    ],
)
def test_a_cafe_named_by_its_street_is_the_place(body: str) -> None:
    assert extract(mail(body), Intent.COFFEE_CHAT).place == "Lardo on Hawthorne"


def test_a_title_in_the_signature_is_the_role_even_when_it_names_a_department() -> None:
    body = "Please join us on Tuesday.\n\nThank you,\nTamara Ochoa\nMember Services Coordinator\nBeaverton Area Chamber"
    details = extract(mail(body), Intent.EVENT_INVITATION)
    assert details.role == "Member Services Coordinator"


@pytest.mark.parametrize(
    ("body", "intent", "place"),
    [
        (
            "Location: TBD\n\nWould you join us for dinner at Olympia Provisions?",
            Intent.EVENT_INVITATION,
            "Olympia Provisions",
        ),
        (
            "Would you join our dinner?\nWhere: we'll decide later, probably downtown",
            Intent.EVENT_INVITATION,
            "",
        ),
        ("Loved your Notes on Cash Flow. Would you grab coffee next week?", Intent.COFFEE_CHAT, ""),
        ("Tom Lee on Tues mentioned you. Could we grab coffee?", Intent.COFFEE_CHAT, ""),
        ("Would you join our Panel on Pricing next month?", Intent.SPEAKING_INVITATION, ""),
        ("Could we grab coffee? P.S. Could you mail the signed form to 410 Oak Ave?", Intent.COFFEE_CHAT, ""),
        (
            "Would you help with our 2025 Holiday Food Drive? We need volunteers.",
            Intent.COMMUNITY_INVITATION,
            "",
        ),
        ("Could we grab coffee? We support 40 Main Street programs across Oregon.", Intent.COFFEE_CHAT, ""),
        (
            "I'm finishing my internship at Nike and would love to grab coffee sometime.",
            Intent.COFFEE_CHAT,
            "",
        ),
        ("Could we meet at Case Study Coffee, 10 AM Thursday?", Intent.COFFEE_CHAT, "Case Study Coffee"),
        (
            "Could we meet at our studio, 2045 N Williams Ave, to sketch it out?",
            Intent.PARTNERSHIP_PROPOSAL,
            "2045 N Williams Ave",
        ),
    ],
)
def test_what_is_not_a_place_stays_out(body: str, intent: Intent, place: str) -> None:
    assert extract(mail(body), intent).place == place


def test_an_address_in_an_unmarked_signature_is_not_the_place() -> None:
    body = "Could we grab coffee next week?\n\nGordon Whitfield, Evergreen Path, 500 Pine Street, Suite 300"
    assert (
        extract(
            text_message("x", "Gordon Whitfield <g@evergreen.example>", "", body), Intent.COFFEE_CHAT
        ).place
        == ""
    )


@pytest.mark.parametrize(
    ("intent", "text", "name"),
    [
        (
            Intent.SPEAKING_INVITATION,
            'We\'re putting together a panel called "Money Talk for Creative Studios" for our May meetup.',
            "Money Talk for Creative Studios",
        ),
        (
            Intent.SPEAKING_INVITATION,
            'Would you be willing to lead a workshop titled "Cash Flow Basics for Makers"?',
            "Cash Flow Basics for Makers",
        ),
        (
            Intent.EVENT_INVITATION,
            'We\'re hosting a free webinar, "Close Faster: Month-End for Agencies," on Thursday at 11am.',
            "Close Faster: Month-End for Agencies",
        ),
        (
            Intent.EVENT_INVITATION,
            "We're throwing an open house to celebrate - we're calling it Sawdust & Sunshine. Come by!",
            "Sawdust & Sunshine",
        ),
        (
            Intent.SPEAKING_INVITATION,
            "I host Small Shop, Big Books, a podcast about the business side of shops. Would you come on?",
            "Small Shop, Big Books",
        ),
        (
            Intent.SPEAKING_INVITATION,
            "I edit The Ledger Line, a weekly newsletter on small-business finance. Could I interview you?",
            "The Ledger Line",
        ),
        # the event the reader is asked to, before a session's title or a past appearance
        (
            Intent.SPEAKING_INVITATION,
            'I invite you to speak at the CFO Futures Summit 2025. Would you join the panel "The Fractional '
            'Finance Function"?',
            "CFO Futures Summit 2025",
        ),
        (
            Intent.SPEAKING_INVITATION,
            "We'd love you to deliver the keynote address at the Cascadia Makers Summit 2025. Priya, who heard "
            "you speak at the Old Town Business Alliance, suggested you.",
            "Cascadia Makers Summit 2025",
        ),
    ],
)
def test_the_event_or_show_is_named_as_the_message_names_it(intent: Intent, text: str, name: str) -> None:
    assert extract(mail(text), intent).event_name == name


def test_a_name_before_the_kind_of_event_is_its_name_but_a_video_platform_is_none() -> None:
    message = mail(
        "Would you present at our Zoom Webinar on June 6?", subject="Speaker invite: Finance Fridays webinar"
    )
    assert extract(message, Intent.SPEAKING_INVITATION).event_name == "Finance Fridays"
    assert extract(mail("Join our Zoom Webinar on Friday?"), Intent.EVENT_INVITATION).event_name == ""


def test_a_person_called_by_name_is_no_event() -> None:
    text = "I called Tom Lee yesterday and he suggested you. Would you join our panel on pricing?"
    assert extract(mail(text), Intent.SPEAKING_INVITATION).event_name == ""


@pytest.mark.parametrize(
    ("signature", "organisation", "role"),
    [
        (
            "Maurice Delacroix-Hale\nVice President, Small Business Lending\nColumbia Ridge Capital\nT 503.555.0163",
            "Columbia Ridge Capital",
            "Vice President, Small Business Lending",
        ),
        ("P. J. Halloran\nEditor, The Ledger Line\nBramble Media", "Bramble Media", "Editor"),
        (
            "Lucía Bértolo\nBrand Strategist · Bértolo Brand Studio",
            "Bértolo Brand Studio",
            "Brand Strategist",
        ),
        ("Ana Ruiz\nPartner, Ruiz Studio\nPortland", "Ruiz Studio", "Partner"),
    ],
)
def test_the_line_under_a_title_and_its_department_or_show_names_the_organisation(
    signature: str, organisation: str, role: str
) -> None:
    details = extract(
        mail(f"Could we meet for lunch next week?\n\nRegards,\n{signature}"), Intent.COFFEE_CHAT
    )
    assert (details.organisation, details.role) == (organisation, role)


def test_a_venue_of_two_names_on_a_street_with_its_quarter_is_read_whole() -> None:
    body = "Could I buy you lunch sometime the week of May 19? Marrow & Rye on East Burnside is close to both of us."
    assert extract(mail(body), Intent.COFFEE_CHAT).place == "Marrow & Rye on East Burnside"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # found in review: no span or hour where there is none
        ("Can we meet Tuesday — tomorrow is packed.", "Tuesday"),
        ("Could we meet Thursday - next week is a mess for me?", "Thursday"),
        ("Can we move our call from Tuesday to Thursday?", "Tuesday"),
        ("Could we meet next week after 2 rounds of review?", "next week"),
    ],
)
def test_a_day_beside_another_is_no_span_and_a_count_no_hour(text: str, when: str) -> None:
    assert extract(mail(text), Intent.COFFEE_CHAT).when == when


@pytest.mark.parametrize(
    ("intent", "text", "name"),
    [
        (
            Intent.EVENT_INVITATION,
            "Please join us at the Acme Inc. Leadership Summit next month.",
            "Acme Inc. Leadership Summit",
        ),
        (
            Intent.SPEAKING_INVITATION,
            'I loved your talk "Pricing Without Fear" last year. Would you speak at our meetup?',
            "",
        ),
        (
            Intent.SPEAKING_INVITATION,
            "My new book, titled Small Shop Big Books, comes out soon. Would you speak?",
            "",
        ),
        (
            Intent.SPEAKING_INVITATION,
            "We run Bright Line Labs, a Series B fintech. Would you speak at our offsite?",
            "",
        ),
        # found in a second review
        (
            Intent.SPEAKING_INVITATION,
            "Would you speak at the Google for Startups Founders Summit on May 5?",
            "Google for Startups Founders Summit",
        ),
        (Intent.EVENT_INVITATION, "On Friday the webinar starts at noon. Join us?", ""),
        (Intent.EVENT_INVITATION, "Every Thursday the webinar series draws 200 owners. Join?", ""),
        (Intent.EVENT_INVITATION, "Thanks Dana and the workshop team for the intro. Come?", ""),
        (Intent.EVENT_INVITATION, "Our Microsoft Teams webinar is on Friday. Join us?", ""),
    ],
)
def test_a_title_that_is_no_event_is_no_event_name(intent: Intent, text: str, name: str) -> None:
    assert extract(mail(text), intent).event_name == name


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("I read your article on cash flow. Would you speak to our members in June?", ""),
        ("Would you deliver your keynote on pricing creative work at our summit in May?", "keynote"),
        ("Could you bring your workshop on cash flow to our members on May 5?", "workshop"),
        (
            "We run a monthly webinar series and a weekly podcast. Would you come on the podcast in June?",
            "podcast",
        ),
    ],
)
def test_the_readers_own_work_is_no_stage_and_the_ask_names_it_first(text: str, stage: str) -> None:
    assert extract(mail(text), Intent.SPEAKING_INVITATION).format == stage


@pytest.mark.parametrize(
    ("signature", "organisation"),
    [
        ("Jane Doe\nManaging Director, Acme Capital\nPortland Oregon", "Acme Capital"),
        ("Jane Doe\nPartner, Holm & Hale\nCertified Public Accountant", "Holm & Hale"),
        ("Jane Doe\nVice President, Acme Capital\nMember FINRA SIPC", "Acme Capital"),
    ],
)
def test_a_line_under_a_title_with_its_organisation_does_not_replace_it(
    signature: str, organisation: str
) -> None:
    details = extract(mail(f"Could we meet for lunch next week?\n\nBest,\n{signature}"), Intent.COFFEE_CHAT)
    assert details.organisation == organisation


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Wednesday, May 21, 6:30 pm, at Olympia Hall (2210 NE Sandy Blvd). Would you join the panel?",
            "Olympia Hall (2210 NE Sandy Blvd)",
        ),
        (
            "Dinner is at Ardent Table, 2400 NW Thurman St, on May 22. Can you come?",
            "Ardent Table, 2400 NW Thurman St",
        ),
        ("Could we meet at Heart Coffee, downtown, on Friday?", "Heart Coffee"),
    ],
)
def test_a_venue_keeps_the_address_it_is_given_with(text: str, place: str) -> None:
    assert extract(mail(text), Intent.EVENT_INVITATION).place == place


def test_a_venue_named_after_join_us_at_is_the_place_and_its_address_stays_whole() -> None:
    body = "Join us at Olympia Hall (2210 NE Sandy Blvd, Portland) from 6pm. Would you come?"
    details = extract(mail(body), Intent.EVENT_INVITATION)
    assert (details.event_name, details.place) == ("", "Olympia Hall (2210 NE Sandy Blvd, Portland)")
    assert extract(
        mail("Join us at the Midwest CFO Forum on Friday?"), Intent.EVENT_INVITATION
    ).event_name == ("Midwest CFO Forum")


def test_a_forwards_details_are_read_from_what_it_forwards_and_a_replys_history_is_not() -> None:
    forward = text_message(
        "t",
        "Mark <m@westvale.example>",
        "FW: SWEBA Fall Meeting",
        "want to go?\n---------------------- Forwarded by Mark Feeley/HOU/Westvale on 09/05/2000 10:14 AM "
        "-----------\n\nYou are invited to the Southwest Energy Bar Association fall meeting and reception, "
        "October 12 at the\nHouston Club, 5:30 pm. Judge Ann Ortiz will speak.",
    )
    details = extract(forward, Intent.EVENT_INVITATION)
    assert (details.ask, details.when, details.place, details.attendees) == (
        "want to go?",
        "October 12",
        "the Houston Club",
        ("Ann Ortiz",),
    )
    gallery = text_message(
        "t",
        "Elliot Marsh <e@marsh.example>",
        "Fwd: Opening Reception",
        "Dana - thought of you for this one.\n\n---------- Forwarded message ---------\nFrom: Ines Caldwell "
        "<ines@gallery.example>\nDate: Mon, Mar 17, 2025 at 5:02 PM\nSubject: Opening Reception\nTo: Elliot Marsh "
        "<e@marsh.example>\n\nYou are invited to the opening on Friday, April 11, 6-8 PM at Hallerman Gallery, "
        "1430 NW Glisan St. Remarks by curator Ines Caldwell at 6:45 PM.",
    )
    details = extract(gallery, Intent.EVENT_INVITATION)
    assert (details.when, details.place, details.attendees) == (
        "Friday, April 11, 6-8 PM",
        "Hallerman Gallery, 1430 NW Glisan St",
        ("Ines Caldwell",),
    )
    reply = text_message(
        "t",
        "Jane <j@x.example>",
        "Re: lunch",
        "Sounds good, see you then!\n\nOn Tue, Mar 4, 2025 at 9:12 AM Dana <d@x.example> wrote:\n"
        "> Lunch at Case Study Coffee on Friday at noon with Tom Lee?",
    )
    details = extract(reply, Intent.COFFEE_CHAT)
    assert (details.when, details.place, details.attendees) == ("", "", ())


@pytest.mark.parametrize(
    ("subject", "body", "when", "place", "attendees"),
    [
        # found in a fourth review: what is forwarded is split as a mail is, its header block left out
        (
            "FW: Eastside Mixer",
            "Dana - want to go?\n\n________________________________\nFrom: Alex Kim <alex@pdxmixers.org>\n"
            "Sent: Monday, October 5, 2026 9:14 AM\nTo: Sam Okafor <sam@example.com>; Priya Natarajan "
            "<priya@fieldworkcapital.com>\nSubject: Eastside Mixer\n\nJoin us for the Eastside Mixer on Thursday, "
            "October 22 at 6pm at Olympia Hall.\n\nAlex Kim\nPDX Mixers",
            "Thursday, October 22 at 6pm",
            "Olympia Hall",
            (),
        ),
        (
            "Fwd: Mixer",
            "Sam, thought of you.\n\n---------- Forwarded message ---------\nFrom: Ben <b@x.example>\nDate: Mon, Oct "
            "5, 2026 at 9:14 AM\nTo: Sam <s@x.example>\n\nHey Sam, see below!\n\n---------- Forwarded message "
            "---------\nFrom: Alex <a@x.example>\nDate: Tue, Oct 6, 2026 at 1:00 PM\nTo: Ben <b@x.example>\n\n"
            "Join us for the Eastside Mixer on Thursday, October 22 at 6pm at Olympia Hall.",
            "Thursday, October 22 at 6pm",
            "Olympia Hall",
            (),
        ),
        (
            "Fwd: Eastside Mixer",
            "FYI\n\n---------- Forwarded message ---------\nFrom: Alex <a@x.example>\nDate: Mon, Oct 5, 2026 at "
            "9:14 AM\n\nJoin us for the Eastside Mixer on 10/22/2026 at 6pm at Olympia Hall with Ana Ruiz.",
            "10/22/2026 at 6pm",
            "Olympia Hall",
            ("Ana Ruiz",),
        ),
        (
            "FW: RFP",
            "could we meet Friday at 10am to go over this?\n\n---------- Forwarded message ---------\nFrom: City "
            "<c@x.example>\n\nPre-bid meeting at Olympia Hall on Oct 3.",
            "Friday at 10am",
            "",
            (),
        ),
    ],
)
def test_a_forward_is_read_for_what_it_forwards_and_nothing_of_its_headers(
    subject: str, body: str, when: str, place: str, attendees: tuple[str, ...]
) -> None:
    details = extract(text_message("t", "Sam Okafor <sam@x.example>", subject, body), Intent.EVENT_INVITATION)
    assert (details.when, details.place, details.attendees) == (when, place, attendees)


def test_a_long_blank_line_in_a_forward_is_read_at_once() -> None:
    body = "---------- Forwarded message ---------\nFrom: A <a@b.example>\nDate: Mon\n\n" + " " * 40000 + "x"
    assert extract(text_message("t", "A <a@b.example>", "Fwd: X", body), Intent.EVENT_INVITATION).when == ""


def test_you_are_invited_is_the_ask() -> None:
    text = "The New York Financial Executives Association. You are cordially invited to the Spring Luncheon on April 17."
    assert ask_sentence(text) == "You are cordially invited to the Spring Luncheon on April 17."


def test_where_the_reader_was_seen_before_is_not_where_they_are_asked_to_go() -> None:
    note = "Hi Dana, I run Little Owl Animation (9 people) and heard you speak at the CEN mixer last spring."
    details = extract(mail(note + " Would be great to connect.", "Noah Lindqvist", "noah@littleowl.example"))
    assert details.place == ""
    assert details.attendees == ()  # a studio's name is nobody who will be there
    met = "We met at Olympia Hall last spring. Could we have coffee at Heart Coffee on Friday?"
    assert extract(mail(met), Intent.COFFEE_CHAT).place == "Heart Coffee"


def test_an_organisation_wrapped_over_two_lines_is_written_as_the_message_writes_it() -> None:
    body = (
        "Hi Dana,\n\nI'm one of four illustrators who share a studio and a business as Paper Fox\n"
        "Collective (an LLC, taxed as a partnership). How much would a year-end cleanup cost?\n\nThanks!\nSofia"
    )
    details = extract(mail(body, "Sofia Lindgren", "sofia@paperfoxcollective.example.com"))
    assert details.organisation == "Paper Fox Collective"


@pytest.mark.parametrize(
    ("address", "body", "organisation"),
    [
        ("hello@emberandoak.example.com", "Please join us at the Ember & Oak open studio.", "Ember & Oak"),
        (
            "harold@linandco.example.com",
            "Can we do a call?\n\nHarold Lin, CPA\nLin & Co. Accountants",
            "Lin & Co. Accountants",
        ),
        (
            "leo@studioowners.example.org",
            "I run the Studio Owners Collective, a free Slack.",
            "Studio Owners Collective",
        ),
    ],
)
def test_the_organisation_of_the_address_is_written_as_the_message_writes_it(
    address: str, body: str, organisation: str
) -> None:
    assert extract(mail(body, "Someone", address)).organisation == organisation


def test_a_place_recalled_is_not_where_the_reader_is_asked() -> None:
    body = (
        "Remember at the CEN board dinner you mentioned you'd love to meet Priya? Want me to make an email "
        "intro?"
    )
    assert extract(mail(body), Intent.INTRODUCTION).place == ""
    future = "Could we have lunch at Ardent Table on Friday? You mentioned you like it."
    assert extract(mail(future), Intent.COFFEE_CHAT).place == "Ardent Table"
    agreed = "Let's meet at Heart Coffee like you said - Friday at 9?"
    assert extract(mail(agreed), Intent.COFFEE_CHAT).place == "Heart Coffee"


@pytest.mark.parametrize(
    "body",
    [
        "Could we meet at Olympia Hall, where we met last spring, on Friday at 5?",
        "Dinner at Olympia Hall like last year, on Thursday December 10 at 6pm?",
    ],
)
def test_a_venue_used_before_and_proposed_again_is_the_place(body: str) -> None:
    assert extract(mail(body), Intent.COFFEE_CHAT).place == "Olympia Hall"


def test_a_field_before_a_title_is_the_job_not_a_firm() -> None:
    body = "On the panel: Maya Chen Animation Director at Laika, and Tom Okafor. Will you join us on May 3?"
    assert extract(mail(body), Intent.EVENT_INVITATION).attendees == ("Maya Chen", "Tom Okafor")


def test_a_signature_of_name_and_title_set_apart_by_a_bar_gives_the_title() -> None:
    note = mail(
        "Dana - likewise! Coffee next Wednesday at 9 at Bluebird Roasters?\n\nNoor\n\n"
        "Noor Haddad | Fractional CFO\nHaddad Advisory\n(971) 555-0182",
        sender="Noor Haddad",
        address="noor@haddadadvisory.example",
        subject="Re: Great meeting you at the Makers Guild mixer",
    )
    details = extract(note, Intent.COFFEE_CHAT)
    assert (details.role, details.organisation) == ("Fractional CFO", "Haddad Advisory")
    assert details.format == "coffee"  # the reply's subject names the mixer they met at, not what is proposed


def test_a_signature_under_with_thanks_gives_the_professors_title() -> None:
    lecture = mail(
        "I teach BUS 340, Financial Management for Small Enterprises, at Cascadia State. Would you give a guest "
        "lecture on Tuesday, April 14?\n\nWith thanks,\nAlicia Moravec, PhD\nAssociate Professor of Management\n"
        "School of Business, Cascadia State University",
        sender="Alicia Moravec",
        address="amoravec@cascadiastate.example",
        subject="Guest lecture in BUS 340 this spring?",
    )
    details = extract(lecture, Intent.SPEAKING_INVITATION)
    assert details.role == "Associate Professor of Management"
    assert details.event_name == "BUS 340"  # the course, by its code


def test_a_course_named_with_its_title_keeps_the_title() -> None:
    lecture = mail(
        "I teach ENT 410: Financing the Small Enterprise at Columbia River. Would you give a lecture?"
    )
    assert (
        extract(lecture, Intent.SPEAKING_INVITATION).event_name == "ENT 410: Financing the Small Enterprise"
    )


def test_a_group_is_named_by_the_name_that_ends_in_its_kind() -> None:
    circle = mail(
        "A handful of us started the Creative Finance Circle two years ago. We meet over breakfast monthly. "
        "Would you join us?",
        subject="Creative Finance Circle - would you join us?",
    )
    assert extract(circle, Intent.COMMUNITY_INVITATION).event_name == "Creative Finance Circle"
    assert extract(circle, Intent.COFFEE_CHAT).event_name == ""  # only a group's invitation names a group


def test_a_series_the_sender_hosts_is_named() -> None:
    chat = mail(
        "Once a month we host Founders After Hours, an evening fireside chat with someone our members can "
        "learn from. Would you sit down with me on Wednesday, July 15 at 6 pm?"
    )
    assert extract(chat, Intent.SPEAKING_INVITATION).event_name == "Founders After Hours"
    venue = mail("We host Juniper Row, an event space on Alberta. Would you speak at our mixer?")
    assert extract(venue, Intent.SPEAKING_INVITATION).event_name != "Juniper Row"


def test_a_first_name_alone_is_the_full_name_the_subject_gives() -> None:
    intro = mail(
        "Dana, Priya -\n\nI've been meaning to connect you two. I'd suggest the two of you have lunch - Priya "
        "mentioned she's free most Tuesdays in April.",
        sender="Maria Chen",
        address="maria@northstarwealth.example",
        subject="Intro: Dana Reyes <> Priya Natarajan (Fieldwork Capital)",
    )
    assert extract(intro, Intent.INTRODUCTION).attendees == ("Priya Natarajan",)


def test_a_sender_who_forwards_their_own_mail_is_read_from_its_signature() -> None:
    body = "Dana - here's what I sent Helen last week. Could we do a video call next Thursday at 10?\n\nD."
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Dario Kimura <dario@kestrelfinch.example>\n"
        "Date: Tue, Mar 3, 2026 at 7:41 PM\nSubject: Finance help for K&F\nTo: Helen <helen@tax.example>\n\n"
        "Hi Helen,\n\nWe need monthly bookkeeping. Can you recommend someone?\n\nThanks,\nDario\n\n"
        "Dario Kimura\nManaging Partner\nKestrel & Finch Design\n(503) 555-0151"
    )
    message = Message(
        source="t",
        from_name="Dario Kimura",
        from_addr="dario@kestrelfinch.example",
        subject="Fwd: Finance help for K&F",
        body=f"{body}\n\n{forwarded}",
        own_text=body,
        quoted_text=forwarded,
        signature="D.",
    )
    details = extract(message, Intent.CLIENT_INQUIRY)
    assert (details.organisation, details.role) == ("Kestrel & Finch Design", "Managing Partner")
    # someone else's forwarded signature says nothing of the sender
    other = replace(message, from_addr="x@y.example")
    assert extract(other, Intent.CLIENT_INQUIRY).role == ""


def test_times_listed_to_choose_from_are_all_read() -> None:
    body = (
        "Recording takes about 45 minutes. Would either of these slots work for you?\n\n"
        "- Tuesday 24 November at 14:00 ET\n- Thursday 26 November at 15:00 ET\n"
    )
    assert extract(mail(body)).when == "Tuesday 24 November at 14:00 ET or Thursday 26 November at 15:00 ET"
    # a list of dates with no choice asked (a programme) is no set of slots
    programme = (
        "Our spring programme:\n- Tuesday 24 November at 14:00: budgeting\n- Thursday 26 November: taxes\n"
    )
    assert " or " not in extract(mail(programme)).when


@pytest.mark.parametrize(
    "text", ["We expect about 650 HR leaders in the room.", "It took 300 hours of audit work."]
)
def test_an_audience_or_a_workload_is_no_meetings_length(text: str) -> None:
    assert extract(mail(f"{text} Would you give the opening keynote?")).duration == ""
