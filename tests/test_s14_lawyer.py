"""Fourteenth session, an immigration lawyer's mailbox: Natalie Okafor, a partner in a six-person firm in Toronto,
finds employers who hire skilled foreign workers, speaks to HR and tech audiences, and never takes meetings
before 9:30."""

from __future__ import annotations

from pathlib import Path

from kindly.model import Intent
from kindly.understand.extract import extract
from support import Kindly, eml, incoming, profile_file, triaged, triaged_one

LAWYER = """
[user]
name = "Natalie Okafor"
email = "natalie@okaforbrennan.ca"
signature = "Natalie"
date_style = "us"
weekly_networking_hours = 4
time_zone = "America/Toronto"

[[goals]]
kind = "find_clients"
description = "Employers hiring skilled foreign workers who need work permits or LMIAs"
targets = ["HR directors", "work permits", "LMIA"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak to HR audiences about hiring international talent"
targets = ["HR conferences", "HR leaders"]
priority = 2

[[never]]
what = "pay-to-play awards or directory listings"
"""


def lawyer(folder: Path, *rules: str) -> Path:
    never = "".join(f'\n[[never]]\nwhat = "{rule}"\n' for rule in rules)
    return profile_file(LAWYER + never, folder)


# -- a never-rule that names an hour is the hours a meeting may start in ----------------------------------------

WELDERS = """From: Greg Morrison <gmorrison@halcyonmfg.ca>
Subject: Coffee about hiring welders

Hi Natalie,

I'm the HR director at Halcyon Manufacturing in Mississauga. We need LMIAs for 12 welders from the Philippines and
I'd like to understand what working with your firm would look like. Could we meet for coffee at 8:00 am on
Tuesday, December 8, near Union Station?

Greg
"""


def test_a_coffee_offered_before_the_hour_a_rule_names_is_answered_with_later_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path, "meetings before 9:30"), input=WELDERS)
    assert record["decision"] == "accept"  # a prospective client, not a rule broken
    draft = record["draft"]
    assert "Tuesday, December 8 at 8:00 am doesn't work for me" in draft, draft
    assert "I'm only free for meetings after 9:30 am" in draft, draft
    assert "December 8 works for me" not in draft


def test_a_rule_about_the_hour_is_not_listed_as_read_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly("triage", "-", "--profile", str(lawyer(tmp_path, "meetings before 9:30")), input=WELDERS)
    assert result.exit_code == 0, result.output
    assert "meetings before 9:30" not in result.stderr, result.stderr


def test_a_calendar_invitation_before_the_hour_a_rule_names_is_answered_tentative(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:planning-42@example.com\r\nSEQUENCE:0\r\nDTSTAMP:20261130T221500Z\r\n"
        "DTSTART;TZID=America/Toronto:20261208T090000\r\nDTEND;TZID=America/Toronto:20261208T100000\r\n"
        "SUMMARY:Hiring plan - work permits for our first engineers\r\n"
        "DESCRIPTION:Natalie - could you walk us through the LMIA options for our HR director?\r\n"
        "ORGANIZER;CN=Priya Shah:mailto:priya@lumenarylabs.com\r\n"
        "ATTENDEE;CN=Natalie Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:natalie@okaforbrennan.ca\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, invite, profile=lawyer(tmp_path, "meetings before 9:30"))
    assert record["decision"] == "accept", record
    assert "9:00 am doesn't work for me" in record["draft"], record["draft"]
    assert "see you on" not in record["draft"]


def test_an_evening_limit_keeps_proposed_times_before_it(kindly: Kindly, tmp_path: Path) -> None:
    mail = WELDERS.replace("at 8:00 am on", "at 7 pm on")
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path, "no calls or meetings after 6pm"), input=mail)
    assert "I'm only free for meetings before 6:00 pm" in record["draft"], record["draft"]


def test_a_rule_that_names_no_hour_is_read_as_before() -> None:
    from kindly.hours import rule_window

    assert rule_window("unpaid legal advice over coffee") is None
    assert rule_window("meetings with lobbyists before the hearing") is None
    assert rule_window("meetings in working hours") is None


def test_an_hour_said_before_its_day_is_part_of_when() -> None:
    note = incoming(
        "Hi Natalie, could we meet for coffee at 8:00 am on Tuesday, December 8, near Union Station? Greg",
        from_name="Greg Morrison",
        from_addr="gmorrison@halcyonmfg.ca",
    )
    assert extract(note, Intent.COFFEE_CHAT).when == "Tuesday, December 8 at 8:00 am"
    deadline = incoming("Please reply by 5pm on Friday 4 December. Lunch on Tuesday 8 December? Ana")
    assert "5pm" not in extract(deadline, Intent.COFFEE_CHAT).when


# -- a speaking invitation that mentions the reader's own article -----------------------------------------------

PANEL = """From: Alisha Raman <alisha.raman@hrtechcanada.ca>
Subject: Speaking invitation - HR Tech Canada panel

Dear Natalie,

Your article in Canadian HR Reporter on the Global Talent Stream was passed around our advisory board, and we'd
love to have you on a panel at HR Tech Canada on Wednesday, April 14, 2027, for 1,200 HR leaders. Could you let me
know by December 11 if you're able to join us?

Alisha Raman
Program Director, HR Tech Canada
"""


def test_your_own_article_named_as_the_reason_is_not_the_stage_asked(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path), input=PANEL)
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "join the panel on Wednesday, April 14." in draft, draft
    assert "write" not in draft


# -- a rule about advice over coffee needs a coffee --------------------------------------------------------------


def test_a_rule_about_advice_over_coffee_does_not_hold_for_a_call(kindly: Kindly, tmp_path: Path) -> None:
    call = """From: Kyle Brandt <kyle@brandtventures.com>
Subject: Quick call?

Hi Natalie, great to connect. I'd love to pick your brain sometime - would you be up for a quick call?
Kyle
"""
    profile = lawyer(tmp_path, "unpaid legal advice over coffee")
    [record] = triaged(kindly, "-", profile=profile, input=call)
    assert record["decision"] == "ask_details", record["reason"]
    assert "is there something specific you wanted to discuss?" in record["draft"]


def test_a_rule_about_advice_over_coffee_still_holds_for_a_coffee(kindly: Kindly, tmp_path: Path) -> None:
    coffee = """From: Jamie Fox <jamie.fox@gmail.com>
Subject: Coffee?

Hi Natalie, I'm thinking about law school next year. Could I buy you a coffee and pick your brain about it?
Jamie
"""
    profile = lawyer(tmp_path, "unpaid legal advice over coffee")
    [record] = triaged(kindly, "-", profile=profile, input=coffee)
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]


def test_a_prospective_client_asking_advice_over_coffee_is_offered_a_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    coffee = """From: Marco Bellini <marco@fernpay.io>
Subject: Coffee? Quick question about bringing devs over

Hi Natalie,

I run Fernpay, a 40-person fintech, and we want to bring over two senior backend developers from Brazil - first
time we've done this. Could I buy you a coffee and pick your brain on whether we should go LMIA or the Global
Talent Stream? Nothing formal, just 30 minutes.

Marco Bellini
CEO, Fernpay
"""
    goal = LAWYER.replace(
        "Employers hiring skilled foreign workers who need work permits or LMIAs",
        "Employers hiring skilled foreign workers who need work permits, LMIAs or Global Talent Stream applications",
    )
    profile = profile_file(goal + '\n[[never]]\nwhat = "unpaid legal advice over coffee"\n', tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=coffee)
    assert record["decision"] == "accept", record["reason"]
    assert "offers a consultation instead" in record["reason"]
    draft = record["draft"]
    assert "Please note that I don't do unpaid legal advice over coffee" in draft, draft
    assert "I'll have to pass" not in draft


# -- an organisation's display name is not greeted as a first name -----------------------------------------------


def test_an_organisation_is_greeted_by_the_whole_name_that_signs(kindly: Kindly, tmp_path: Path) -> None:
    listing = """From: Top Counsel Review <editor@topcounselreview.com>
Subject: Shortlisted: Top 10 Immigration Lawyers in Toronto 2027

Hi Natalie,

Our editorial panel has shortlisted you for "Top 10 Immigration Lawyers in Toronto 2027". To confirm your place,
finalists cover a featured-listing fee of $895. Could you let me know by Friday if you'd like to be included?

Best,
Jordan Pike
Editor-in-Chief, Top Counsel Review
"""
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path), input=listing)
    assert record["decision"] == "decline"
    assert record["draft"].startswith("Hi Jordan,"), record["draft"]


def test_a_shortlisting_that_sells_its_listing_is_declined_as_an_award_not_a_stage(
    kindly: Kindly, tmp_path: Path
) -> None:
    listing = """From: Top Counsel Review <editor@topcounselreview.com>
Subject: Shortlisted: Top 10 Immigration Lawyers in Toronto 2027

Hi Natalie,

Our editorial panel has shortlisted you for "Top 10 Immigration Lawyers in Toronto 2027". To confirm your place,
finalists cover a featured-listing fee of $895. Could you let me know by Friday if you'd like to be included?

Best,
Jordan Pike
"""
    [record] = triaged(kindly, "-", profile=profile_file(LAWYER, tmp_path), input=listing)
    assert record["reason_code"] == "pays_to_appear", record["reason"]
    assert "an award whose place is sold" in record["reason"]
    draft = record["draft"]
    assert "I don't pay for places at awards" in draft, draft
    assert "invitation to speak" not in draft and "stages" not in draft
    # wished well as the awards they are, and thanked once, by the opening line
    assert "with the awards" in draft and "the event" not in draft and "thinking of us" not in draft


def test_a_name_that_opens_with_an_acronym_is_no_first_name(kindly: Kindly, tmp_path: Path) -> None:
    summit = """From: OBA Professional Development <pd@oba.org>
Subject: Speakers wanted: 2027 HR Law Summit

Dear Natalie,

We'd love to have you on a panel on hiring international talent for HR leaders at our 2027 HR Law Summit on
Friday, January 29, 2027 at 10:00 am, OBA Conference Centre, 20 Toronto Street. Would you be able to join us?
"""
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path), input=summit)
    assert record["draft"], record
    assert record["draft"].startswith("Hi there,"), record["draft"]


# -- a host's "could you confirm" after the user's own yes -------------------------------------------------------


def _hrpa_thread(folder: Path, users_words: str) -> list[Path]:
    mine = eml(
        folder / "mine.eml",
        f"Hi Meredith,\n\n{users_words}\n\nNatalie\n",
        sender="Natalie Okafor <natalie@okaforbrennan.ca>",
        to="Meredith Lau <mlau@hrpatoronto.ca>",
        subject="Re: Lunch-and-learn for HRPA Toronto members",
        date="Mon, 16 Nov 2026 12:10:00 -0500",
        message_id="yes-1@okaforbrennan.ca",
        in_reply_to="ask-1@hrpatoronto.ca",
        references=["ask-1@hrpatoronto.ca"],
    )
    theirs = eml(
        folder / "theirs.eml",
        "Hi Natalie,\n\nWonderful, thank you! We've booked you for Wednesday, January 20, 12:00-1:00 pm at our Bay "
        "Street office, about 60 HR professionals in the room and online.\n\nCould you confirm, and send a title "
        "and bio by Friday, January 8?\n\nMeredith Lau\nChapter Programs Lead, HRPA Toronto\n",
        sender="Meredith Lau <mlau@hrpatoronto.ca>",
        to="Natalie Okafor <natalie@okaforbrennan.ca>",
        subject="Re: Lunch-and-learn for HRPA Toronto members",
        date="Wed, 18 Nov 2026 10:02:00 -0500",
        message_id="confirm-1@hrpatoronto.ca",
        in_reply_to="yes-1@okaforbrennan.ca",
        references=["ask-1@hrpatoronto.ca", "yes-1@okaforbrennan.ca"],
    )
    return [mine, theirs]


def test_a_request_to_confirm_after_your_own_yes_is_confirmed(kindly: Kindly, tmp_path: Path) -> None:
    yes = "Thanks so much - I'd be glad to do the lunch-and-learn on hiring foreign workers. January works well."
    mine, theirs = triaged(kindly, *_hrpa_thread(tmp_path, yes), profile=lawyer(tmp_path))
    assert mine["reason_code"] == "own_message"
    assert theirs["decision"] == "accept", theirs["reason"]
    draft = theirs["draft"]
    assert "Wednesday, January 20" in draft, draft
    assert "I'll send a title and bio by Friday, January 8." in draft, draft


def test_a_request_to_confirm_after_your_own_question_is_left_as_it_was(
    kindly: Kindly, tmp_path: Path
) -> None:
    question = "Before I commit, could you tell me more about the audience and the format?"
    _mine, theirs = triaged(kindly, *_hrpa_thread(tmp_path, question), profile=lawyer(tmp_path))
    assert theirs["decision"] == "ignore", theirs["reason"]  # no yes of yours to confirm: left to you


# -- when the sender does something is not when they ask to meet -------------------------------------------------


def test_the_first_time_a_client_hires_abroad_is_no_stretch_to_meet_in(
    kindly: Kindly, tmp_path: Path
) -> None:
    enquiry = """From: Mei Lin Zhao <meilin@quillstack.io>
Subject: Work permits for three engineers

Hi Natalie,

I'm Head of People at Quillstack. We want to bring over three senior engineers from India in the new year - first
time we've done this, and we need work permits for them. Could we set up a call one day next week to understand
our options?

Mei Lin
"""
    [record] = triaged(kindly, "-", profile=lawyer(tmp_path), input=enquiry)
    assert record["decision"] == "accept", record["reason"]
    assert "December" in record["draft"] and "January" not in record["draft"], record["draft"]


def test_a_promise_by_their_day_replaces_your_own_answer_about_the_same_thing(
    kindly: Kindly, tmp_path: Path
) -> None:
    yes = "Thanks so much - I'd be glad to do the lunch-and-learn on hiring foreign workers. January works well."
    answers = '\n[[answers]]\nabout = ["bio", "headshot"]\nanswer = "I\'ll send a short bio and headshot as soon as you confirm."\n'
    profile = profile_file(LAWYER + answers, tmp_path)
    _mine, theirs = triaged(kindly, *_hrpa_thread(tmp_path, yes), profile=profile)
    draft = theirs["draft"]
    assert "I'll send a title and bio by Friday, January 8." in draft, draft
    assert "as soon as you confirm" not in draft
