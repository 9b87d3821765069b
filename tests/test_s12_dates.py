"""Twelfth session: dates read where the sender wrote them, the times and the days they offer, and the details
`kindly show` lists."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from kindly.ingest.email import parse_email
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import load_profile
from kindly.reply.acceptance import acceptance
from kindly.reply.compose import compose
from kindly.understand.days import local_day
from kindly.understand.extract import extract
from support import EXAMPLES, Kindly, eml, incoming, triaged_one

PROFILE_FILE = str(EXAMPLES / "profile.toml")
PROFILE = load_profile(EXAMPLES / "profile.toml")
SYDNEY = timezone(timedelta(hours=11))


def mail(
    path: Path, body: str, date: str, subject: str = "Coffee?", sender: str = "Ana <ana@firm.example>"
) -> Path:
    return eml(path, body, sender=sender, subject=subject, message_id=f"{path.stem}@firm.example", date=date)


# -- dates are read in the sender's own offset ------------------------------------------------------------------


def test_a_date_header_keeps_the_offset_the_sender_wrote_in() -> None:
    note = parse_email(
        b"From: ana@firm.example\nDate: Tue, 17 Nov 2026 10:40:00 +1100\nSubject: Hi\n\nCoffee?\n", "m.eml"
    )
    assert note.date == datetime(2026, 11, 16, 23, 40, tzinfo=UTC) and note.date_offset == 11 * 60
    assert (
        note.date is not None and local_day(note.date, note).isoformat() == "2026-11-17"
    )  # not Monday the 16th


def test_show_prints_the_date_as_the_sender_wrote_it(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path / "m.eml",
            "Hi Dana,\n\nCould we have a coffee one day?\n\nAna",
            "Tue, 17 Nov 2026 10:40 +1100",
        ),
    )
    shown = kindly("show", str(record["id"]), "--profile", PROFILE_FILE)
    assert "2026-11-17T10:40:00+11:00" in shown.stdout


def test_next_week_is_the_week_after_the_day_the_sender_wrote_on() -> None:
    monday_morning = datetime(2026, 12, 7, 8, tzinfo=SYDNEY).astimezone(UTC)  # still Sunday the 6th in UTC
    text = "Hi Dana,\n\nWould you be up for a coffee some time next week?\n\nAna"
    note = Message(
        source="t",
        from_name="Ana Ruiz",
        from_addr="ana@firm.example",
        subject="Coffee",
        body=text,
        own_text=text,
        date=monday_morning,
        date_offset=11 * 60,
    )
    read = Understanding(is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=True, confidence=0.9)
    draft = compose(note, read, Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=monday_morning)
    assert draft is not None
    # the week of Monday, December 14, not the days left of the week it was written in
    assert draft.times and all(re.search(r"December 1[4-8]\b", t) for t in draft.times), draft.times


# -- the times the sender offers, with their zone and their alternatives -----------------------------------------


def read(text: str, intent: Intent, subject: str = "Hello") -> Any:
    note = incoming(
        text,
        from_name="Hana Cho",
        from_addr="hana@mail.example",
        subject=subject,
        date=datetime(2026, 11, 28, 12, 30, tzinfo=timezone(timedelta(hours=-6))),
    )
    return note, extract(note, intent)


def test_a_zone_word_after_a_time_is_part_of_it() -> None:
    _, details = read(
        "Hi Priya,\n\nWe're moving to Austin and need a buyer's agent. Could we do a video call next week? We're free "
        "Tuesday, December 1 at noon Pacific, or Thursday, December 3 at 5 pm Pacific.\n\nHana",
        Intent.CLIENT_INQUIRY,
    )
    assert details.when == "Tuesday, December 1 at noon Pacific or Thursday, December 3 at 5 pm Pacific"


def test_the_yes_takes_the_first_offered_time_with_its_zone() -> None:
    note, details = read(
        "Hi Priya,\n\nWe're relocating and looking for an agent to help us buy a house. Could we talk next week? "
        "We're free Tuesday, December 1 at noon Pacific, or Thursday, December 3 at 5 pm Pacific.\n\nHana",
        Intent.CLIENT_INQUIRY,
    )
    yes = acceptance(note, Intent.CLIENT_INQUIRY, details, 0, datetime(2026, 11, 28, 19, tzinfo=UTC))
    assert "Tuesday, December 1 at noon Pacific" in yes


def test_another_day_offered_after_the_first_is_one_more_choice() -> None:
    _, details = read(
        "Dear Tomás,\n\nWe'd like to invite you to give a talk at our conference on Monday 1 February 2027. If that "
        "doesn't suit, Tuesday 2 February also works for a repeat session.\n\nHelen",
        Intent.SPEAKING_INVITATION,
    )
    assert details.when == "Monday 1 February 2027 or Tuesday 2 February"
    # a day to reply by is no other choice
    _, details = read(
        "Dear Tomás,\n\nWe'd like to invite you to speak at our conference on Monday 1 February 2027. If you are "
        "available, please reply by Friday 8 January.\n\nHelen",
        Intent.SPEAKING_INVITATION,
    )
    assert details.when == "Monday 1 February 2027"


# -- a weekday that names a thing, and the form of the ask ------------------------------------------------------


def test_a_weekday_naming_a_publication_gives_way_to_the_days_offered() -> None:
    _, details = read(
        "Maeve here. I'd like to introduce you to the editor of the Sunday health supplement, who wants writers.\n\n"
        "Lunch before Christmas? Tuesday 15 December or Thursday 17 December at 13:00, my treat.",
        Intent.COFFEE_CHAT,
    )
    assert details.when == "Tuesday 15 December or Thursday 17 December at 13:00"


def test_a_weekday_before_a_publication_is_no_day_even_without_the() -> None:
    _, details = read(
        "Would you like to write Sunday supplement pieces with me? Coffee on Tuesday 8 December at 10am?",
        Intent.COFFEE_CHAT,
    )
    assert details.when == "Tuesday 8 December at 10am"


def test_a_talk_with_its_length_is_a_talk_and_a_newsletter_mention_only_a_perk() -> None:
    note, details = read(
        "Hi Priya,\n\nWe'd love you to give a 20-minute talk on appraisal protests at our January meeting: Tuesday, "
        "January 12 at 7:00 pm at the branch library. We have no budget, but we'd feature you in our February "
        "newsletter.\n\nWould you be up for it?\n\nGwen",
        Intent.SPEAKING_INVITATION,
    )
    assert details.format == "talk"
    yes = acceptance(note, Intent.SPEAKING_INVITATION, details, 0, datetime(2026, 11, 30, 18, tzinfo=UTC))
    assert "speak on Tuesday, January 12 at 7:00 pm" in yes and " by " not in yes


def test_a_deadline_keeps_its_hour() -> None:
    note, details = read(
        "Hi Priya,\n\nI'm a reporter writing about first-time buyers. Could I get 15 minutes by phone for a comment "
        "on what you're seeing? My deadline is Thursday, December 3 at noon.\n\nDanielle",
        Intent.SPEAKING_INVITATION,
    )
    yes = acceptance(
        note, Intent.SPEAKING_INVITATION, details, 0, datetime(2026, 11, 30, 18, tzinfo=UTC), style="us"
    )
    assert "by Thursday, December 3 at noon" in yes


# -- who the sender works for ------------------------------------------------------------------------------------


def signed(address: str, signature: str, text: str = "Thanks for the talk last week.") -> Message:
    return incoming(
        text,
        from_name="Rebecca Tan",
        from_addr=address,
        subject="Thank you",
        body=f"{text}\n\n{signature}",
        signature=signature,
    )


def test_a_webmail_provider_is_nobodys_organisation() -> None:
    for address in ("hana.cho@outlook.example.com", "jess@gmail.example.com", "amara@proton.example.com"):
        assert extract(signed(address, "Hana")).organisation == ""


def test_the_organisation_a_squashed_domain_abbreviates_is_written_as_the_message_writes_it() -> None:
    tan = signed("rebecca@ahoc.example.org.au", "Rebecca Tan\nConvenor, Sydney Allied Health Owners Circle")
    assert extract(tan).organisation == "Sydney Allied Health Owners Circle"
    club = signed("tom@coogeeslsc.example.org.au", "Tom Becker\nClub Captain, Coogee Surf Life Saving Club")
    assert extract(club).organisation == "Coogee Surf Life Saving Club"
    student = signed(
        "e@student.dcmj.example.ie", "Eimear", "I'm studying at Dublin College of Media and Journalism."
    )
    assert extract(student).organisation == "Dublin College of Media and Journalism"
    # a person's initials and name are no organisation's: the address stands
    assert extract(signed("jsmith@jsmith.example.com", "John Smith")).organisation == "Jsmith"


def test_a_licence_number_after_a_title_is_no_organisation() -> None:
    loan = signed(
        "ryan@pecanlend.example.com", "Ryan Castillo\nSenior Loan Officer, NMLS #000000\nPecan Street Lending"
    )
    assert (extract(loan).organisation, extract(loan).role) == ("Pecan Street Lending", "Senior Loan Officer")


def test_the_place_of_a_long_ask_is_read_whole() -> None:
    # the ask `show` lists is cut at 200 characters, here in the middle of the venue's name
    ask = (
        "On behalf of the committee, I'd like to invite you to join our panel of clinicians, nurses, researchers and "
        "reporters on machine learning tools in the clinic, on 11 February at the Convention Centre Dublin."
    )
    details = read(ask, Intent.SPEAKING_INVITATION)[1]
    assert details.place == "the Convention Centre Dublin" and details.ask.endswith("…")
