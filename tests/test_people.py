"""Who a message names: people found by their given names, whatever the sentence says about them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindly.understand.people import given_names, name_words, people_named, reader_name


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "You'd be joining Ana Ruiz (Founder, Ruiz Studio) and Tom Lee on stage.",
            ("Ana Ruiz", "Tom Lee"),
        ),
        (
            "Sam and Priya from Halftone will be there too, and Lucia Marquez is coming as well.",
            ("Sam", "Priya", "Lucia Marquez"),
        ),
        ("Professor Helen Achebe will introduce you.", ("Helen Achebe",)),
        ("Councilor Maria Ochoa will present the awards.", ("Maria Ochoa",)),
        ("my cofounder Priya will join us", ("Priya",)),
        (
            "Speakers: Sean McCarthy, Kevin O'Hara and Tomás Herrera-Vidal.",
            ("Sean McCarthy", "Kevin O'Hara", "Tomás Herrera-Vidal"),
        ),
        ("With Grant Holloway and Mark Sullivan.", ("Grant Holloway", "Mark Sullivan")),
        ("Kelsey's coming with me.", ("Kelsey",)),
        (
            "Lineup:\n- Kwame Osei-Bonsu, Controller, Tidewell\n- J. R. Castellanos, founder",
            ("Kwame Osei-Bonsu", "J. R. Castellanos"),
        ),
        # A name the list lacks counts where the text treats it as a person.
        ("with our committee chair, Obiageli Nwosu, moderating", ("Obiageli Nwosu",)),
        ("Rosa Delgado, CFO of Cascadia Outdoor, and Yvonne Park", ("Rosa Delgado", "Yvonne Park")),
        ("  * Luncheon Address - Raymond Castillo, State Assemblyman", ("Raymond Castillo",)),
        # A time or a job title ends the name; a first name that is also a word gives way to a full one.
        ("You'll meet Tom Lee Thursday at noon.", ("Tom Lee",)),
        ("Will Tom Lee join us?", ("Tom Lee",)),
        ("Priya Shah Founder, Ortiz Studio", ("Priya Shah",)),
        ("Tom Lee's keynote opens the evening.", ("Tom Lee",)),
        ("Jo and I will be in town; Mei wants to pick your brain.", ("Jo", "Mei")),
    ],
)
def test_people_are_found_by_their_names(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Dinner is at Ava Gene's on Tuesday.",
        "The session is at the Hilton Portland Downtown.",
        "Catering by Lauren Kim Events, drinks by Maya Chen Studio.",
        "Will you join us? The Redd opens at 6 on May 5.",
        "Grant writing for the Bay Area arts scene.",
        "Hope to see you there. Mark your calendar!",
        "Mark Your Calendars! Grace Period Ends Soon.",
        "A Christian Science Monitor reporter at the Grace Hopper Celebration.",
    ],
)
def test_places_organisations_and_everyday_words_are_no_people(text: str) -> None:
    assert people_named(text) == ()


def test_the_sender_and_the_reader_are_not_listed() -> None:
    text = "Hi Dana, Rachel here. Kenji Watanabe and Dana Reyes should meet; Rachel Osei will host."
    assert people_named(text, sender="Rachel Osei", reader=reader_name(text)) == ("Kenji Watanabe",)
    # Only the sender and the reader: others who share a word of their names stay.
    assert people_named(
        "Thomas Mueller and Priya Natarajan will join.", sender="Anna Thomas", reader="Dana"
    ) == (
        "Thomas Mueller",
        "Priya Natarajan",
    )
    assert people_named("Priya Natarajan will join.", sender="Priya Shah") == ("Priya Natarajan",)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Our keynote speaker, Sir Edward Blakemore, has withdrawn, so Ana Ruiz opens.", ("Ana Ruiz",)),
        ("Tom Lee joins us. LOUISE KRAMER is out on leave.", ("Tom Lee",)),
        ("Meera Iyer will lead; our former partner Dan Whitcombe built the first version.", ("Meera Iyer",)),
        ("TO: DANA REYES\nCC: MARGARET O'SHEA, VP FINANCE", ("MARGARET O'SHEA",)),
        ("Our former partner, Dan Whitcombe, set it up; Meera Iyer will join.", ("Meera Iyer",)),
        ("The outgoing CFO, Mark Ellery, leaves at month end. Ingrid Solberg chairs.", ("Ingrid Solberg",)),
        (
            "(Ruth Porter was our founder's grandmother; she passed in 2019.) Bea Lindqvist hosts.",
            ("Bea Lindqvist",),
        ),
    ],
)
def test_people_named_as_absent_are_no_attendees(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Maria Lopez is joining us, she passed her CPA exam last month.", "Maria Lopez"),
        ("Tom Lee will host the evening and he passed along the agenda.", "Tom Lee"),
        ("Ravi Shah will present our research on why startups died in 2008.", "Ravi Shah"),
        ("Priya Natarajan will join; she said I should email you about the agenda.", "Priya Natarajan"),
    ],
)
def test_who_takes_part_stays_whatever_else_the_sentence_says(text: str, person: str) -> None:
    assert people_named(text) == (person,)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Fireside chat - Dr. Ngozi Okafor-Bright with Lars van der Berg",
            ("Ngozi Okafor-Bright", "Lars van der Berg"),
        ),
        (
            "Panel: Ana Lucía de la Torre and Fatima Zahra El Amrani",
            ("Ana Lucía de la Torre", "Fatima Zahra El Amrani"),
        ),
        ('Joining us: Benedikt "Ben" Vogel and Burak Şahin.', ('Benedikt "Ben" Vogel', "Burak Şahin")),
        ("Ask Charles DiMaggio.", ("Charles DiMaggio",)),
        ("With D'Arcy McKenzie moderating.", ("D'Arcy McKenzie",)),
        # A name the list lacks, alone, where it is introduced as someone.
        ("My teaching assistant, Tunde, will be there to help.", ("Tunde",)),
        ("Dr. Okafor will join us.", ("Okafor",)),
        # A family name written first opens the name, a middle name between them.
        ("Le Hoang Anh will join us on the call.", ("Le Hoang Anh",)),
        ("Panel: Nguyen Van Minh (Founder, Pho Cloud) and Tom Lee.", ("Nguyen Van Minh", "Tom Lee")),
        ("Tanaka Hiroshi will moderate.", ("Tanaka Hiroshi",)),
    ],
)
def test_names_of_many_cultures_and_forms_are_read_whole(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Jess Albright at Ember & Oak gave me your name.",
        "Ruth Adeyemi from Halftone was on the show last spring and suggested you'd be a great guest.",
        "I was referred by Tom Lee.",
        "Your name was given by Mr. Stefan Hoek, who was a member of our Amsterdam chapter.",
        "My professor, Dr. Susan Albright, suggested I reach out directly.",
    ],
)
def test_whoever_passed_the_readers_name_on_is_no_attendee(text: str) -> None:
    assert people_named(text) == ()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("My assistant Karen Liu will coordinate a time with you. Tom Lee joins us.", ("Tom Lee",)),
        ("My assistant, Karen, will reach out to schedule.", ()),
        ("Karen Liu, my assistant, will send an invite.", ()),
        ("Please RSVP to Maria Gomez by Friday; Ana Ruiz will host.", ("Ana Ruiz",)),
        # ...unless they take part, and a colleague in touch to schedule is meeting you.
        ("My assistant Karen will join us too.", ("Karen",)),
        ("My colleague Priya will be in touch to schedule.", ("Priya",)),
    ],
)
def test_whoever_only_arranges_the_meeting_is_no_attendee(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Priya Raman, who heard you speak at the Old Town Business Alliance, suggested your name. "
            "Tomasz Wiśniewski will close the day.",
            ("Tomasz Wiśniewski",),
        ),
        ("Our managing partner, Stuart Kessler, had planned to moderate but will be traveling.", ()),
        ("Paul from Marquand CPA was going to dial in too. On the call: Jonah Reiss.", ("Jonah Reiss",)),
        (
            "Greta Holm from Holm & Hale and Wes Okonkwo-Price are coming.",
            ("Greta Holm", "Wes Okonkwo-Price"),
        ),
        (
            "Remarks by Harold J. Pemberton III, President and Chief Executive Officer.",
            ("Harold J. Pemberton III",),
        ),
        (
            "A session from our partner Beth Ann Kowalczyk; Beth Ann will take questions.",
            ("Beth Ann Kowalczyk",),
        ),
        ("Kai from our strategy team is keen to meet you too.", ("Kai",)),
        (
            "Theo Lindqvist at Umber Row (the coworking space on N Williams) told me you're the one to know.",
            (),
        ),
        ("Neil Park, who was on our finance panel last year, said you'd be a natural for this one.", ()),
        (
            "Our longtime treasurer, Greg Anand, is stepping down in June; Ravi Solberg chairs.",
            ("Ravi Solberg",),
        ),
        ("The owners, plus their production lead, Yusuf.", ("Yusuf",)),
    ],
)
def test_more_ways_of_naming_who_comes_and_who_does_not(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


def test_a_sender_signing_family_name_first_is_still_the_sender() -> None:
    assert people_named("Tanaka Hiroshi will host; Tom Lee joins.", sender="Hiroshi Tanaka") == ("Tom Lee",)


def test_a_first_name_is_dropped_when_the_full_name_was_given() -> None:
    assert people_named("Meet Felix Ortega. Felix (our CFO) runs the numbers.") == ("Felix Ortega",)


def test_the_reader_is_whom_the_message_greets_first() -> None:
    assert reader_name("Hi Dana,\n\nHappy to connect you two.") == "Dana"
    # In an introduction the second person greeted is whom the reader would meet.
    assert reader_name("Dana and Kenji,\n\nHappy to connect you two.") == "Dana"
    assert reader_name("Dear Dana Reyes,\n\nAs a member...") == "Dana"
    assert reader_name("Dear Ms. Dana Reyes,\n\nThe association...") == "Dana"
    assert reader_name("Dana, meet Felix Ortega.") == "Dana"
    assert reader_name("Quick question about Tuesday.") == ""
    assert reader_name("Thursday, 5pm works.") == ""
    assert reader_name("Tom Lee, our CFO, would love to host you.") == ""


def test_given_names_come_from_the_shipped_list_without_everyday_words() -> None:
    never, before_surname, everyday = name_words()
    assert {"your", "calendar"} <= everyday and not {"park", "hall", "price"} & everyday
    assert {"Priya", "Tomás", "Kenji", "Anne-Marie"} <= given_names()
    assert {"The", "Hi", "Can"} <= never and not never & given_names()
    assert {"Will", "Grant", "May"} <= before_surname <= given_names()


@given(st.text(max_size=300))
def test_any_text_gives_names_it_contains(text: str) -> None:
    for name in people_named(text):
        assert name in text


_PIECES = ["Ana", "Ruiz", "and", "at", "the", "Studio", "Will", "Grant", "Hi", ",", "(", ")", "Dana", "'s"]
_PIECES += [
    "McCarthy",
    "O'Hara",
    "de",
    "la",
    "\n",
    "Professor",
    "Q.",
    "Sam",
    "from",
    "Halftone",
    "my",
    "cofounder",
]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join), st.sampled_from(["", "Dana", "Ana Ruiz"])
)
def test_name_like_text_gives_names_it_contains_each_once(text: str, excluded: str) -> None:
    people = people_named(text, sender=excluded)
    assert len(set(people)) == len(people)
    for name in people:
        assert (name in text or _shares_a_surname(name, text)) and name != excluded


def _shares_a_surname(name: str, text: str) -> bool:
    """ "Bea Marchetti" of "Bea and Theo Marchetti": a first name before "and" and a full name, which it shares."""
    first, *_, surname = name.split()
    pattern = rf"(?<!\w){re.escape(first)}\s+(?:and|&)\s+\S+\s+{re.escape(surname)}(?!\w)"
    return re.search(pattern, text) is not None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # found in review: none of these rules may drop or invent a person
        ("I'll be there with Sam & Priya on Thursday.", ("Sam", "Priya")),
        ("Priya Shah is traveling in from Seattle to join us.", ("Priya Shah",)),
        ("Maria Lopez and Tom Reyes had planned to host the dinner together.", ("Maria Lopez", "Tom Reyes")),
        ("Tom Harris, the assistant director of the museum, will lead the tour.", ("Tom Harris",)),
        ("Karen Liu, my assistant, will join us too.", ("Karen Liu",)),
        ("Jane Doe, Sr. Director of Marketing, will join us.", ("Jane Doe",)),
        ("Sam Ortiz, Jr. and Sam Ortiz will both be there.", ("Sam Ortiz Jr.",)),
        ("Do Anna and Ben know about it?", ("Anna", "Ben")),
        ("We have tickets for Kiss Me Kate on Friday.", ()),
        ("Speakers: Tran Thi Lan and Tom Lee.", ("Tran Thi Lan", "Tom Lee")),
        # found in a second review
        ("Dana Reyes, chair of our board, recommended you. Tom Lee hosts.", ("Tom Lee",)),
        ("Jess Albright, coming over from Ember & Oak, gave me your name.", ()),
        ("Our host Maria Gomez said you're welcome to bring a guest.", ("Maria Gomez",)),
        ("Maria Gomez is retiring in June, and we are throwing her a farewell dinner.", ("Maria Gomez",)),
        ("Maria Gomez is leaving for Lisbon right after the panel she moderates.", ("Maria Gomez",)),
        ("Karen Liu, my assistant, will come back to you with a few times.", ()),
        # a first name before "and" and a full name shares its surname
        ("Hosted by the owners, Bea and Theo Marchetti.", ("Bea Marchetti", "Theo Marchetti")),
        ("Sam and Priya from Halftone will be there too.", ("Sam", "Priya")),
        # the full name after the one a person goes by, never a firm or a title in brackets
        ("Seun (Oluwaseun Adebayo) runs Tidewater Type Foundry and will join us.", ("Oluwaseun Adebayo",)),
        ("Ana (Ruiz Studio) will join.", ("Ana",)),
        ("Priya (Marketing Director) will join.", ("Priya",)),
        # found in a fourth review
        ("Tom (Acme Robotics) will join us.", ("Tom",)),
        ("Kim (New York) will join.", ("Kim",)),
        ("Tom (Thomas Reilly) will join.", ("Thomas Reilly",)),
        ("Sam and Tom Lee Jr. will join us.", ("Sam", "Tom Lee Jr")),
        ("Sam and Maria de la Cruz will join.", ("Sam", "Maria de la Cruz")),
        ("Priya Shah will host. Priya and Tom Lee will join you on stage.", ("Priya Shah", "Tom Lee")),
        ("Where: Olympia Hall. Ana Ruiz hosts.", ("Ana Ruiz",)),
    ],
)
def test_the_new_rules_leave_ordinary_sentences_alone(text: str, people: tuple[str, ...]) -> None:
    assert people_named(text) == people


def test_a_sender_with_a_suffix_or_a_senior_title_is_still_the_sender() -> None:
    assert people_named("Best,\nJane Doe, Sr. Account Executive", sender="Jane Doe") == ()
    assert people_named("Sam Ortiz, Jr. will be there.", sender="Sam Ortiz") == ()


def test_the_sender_is_not_given_the_surname_of_whom_they_name_beside_them() -> None:
    assert people_named("Sam and Tom Lee will join us.", sender="Sam Ortiz") == ("Tom Lee",)


def test_an_occasion_named_after_a_season_is_no_person() -> None:
    assert people_named("Fractional Finance PDX is holding our annual Summer Social on the patio.") == ()


def test_someone_described_then_joining_later_in_the_sentence_takes_part() -> None:
    text = (
        "Our office manager, Ruth Abernathy, handles AP and payroll and will join us. Our CPA, Mark Delgado, "
        "won't be able to make it."
    )
    assert people_named(text) == ("Ruth Abernathy",)


def test_the_speaker_of_a_session_already_held_is_no_attendee() -> None:
    text = "Last year's closing keynote was given by Simone Achebe on studio culture."
    assert people_named(text) == ()
