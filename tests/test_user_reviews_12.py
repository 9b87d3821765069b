"""Twelfth session: what users (invented personas reading their own triage) found, and the gaps left open before."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.client_need import as_client
from kindly.decide.policy import Context, decide, stated_hours
from kindly.decide.related import implied_stems
from kindly.decide.rules import award_for_sale, charges_to_appear
from kindly.domains import webmail
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import load_profile
from kindly.reply.compose import choose_offer, compose, first_name
from kindly.understand.classify import agreed_meeting
from kindly.understand.extract import extract, sender_identity
from support import EXAMPLES, Kindly, eml, profile_file, triaged, triaged_one, written_profile

PROFILE = load_profile(EXAMPLES / "profile.toml")

LAWYER = """
[user]
name = "Henrietta Blackwood"
email = "henrietta@ashworthkerr.example.co.uk"
signature = "Henrietta Blackwood"
tone = "formal"
date_style = "international"
weekly_networking_hours = 2
holidays = "GB-ENG"
days_off = ["2026-12-24/2026-12-31"]

[[goals]]
kind = "find_clients"
description = "HR directors and heads of people at companies of 200 to 2,000 employees who need employment law advice"
targets = ["HR directors", "heads of people", "people directors", "mid-sized employers"]
priority = 1

[[goals]]
kind = "find_community"
description = "A community of women partners in law firms in the North of England"
targets = ["women partners", "women in law", "female partners"]
priority = 3
"""


def mail(folder: Path, name: str, sender: str, subject: str, body: str) -> Path:
    """Mail `name` to Henrietta, saved in `folder`."""
    return eml(
        folder / f"{name}.eml",
        body,
        sender=sender,
        to="henrietta@ashworthkerr.example.co.uk",
        subject=subject,
        message_id=f"{name}@example.com",
        date="Wed, 25 Nov 2026 09:00:00 +0000",
    )


def triaged_for_lawyer(kindly: Kindly, folder: Path, path: Path) -> dict[str, Any]:
    return triaged_one(kindly, path, profile=profile_file(LAWYER, folder))


# -- an HR director sent to the user by a colleague is a client, however sure the model is of "a meeting" -------

HOTELS = """Dear Henrietta,

I am the HR Director at Kingsley Hotels (nine hotels across the North West, about 1,400 staff, a large
share of them on zero-hours or seasonal contracts). With the guaranteed-hours rules coming in, our board
has asked me to review our contracts before the summer season, and a colleague at the Chamber suggested
I speak to you.

Would it be possible to meet between Christmas and New Year, when things are a little quieter for us?
I could do Monday 28 December or Tuesday 29 December at 10am, or failing that Monday 4 January. Our head
office is on Deansgate.

With kind regards,
Natalie Cross
HR Director, Kingsley Hotels
"""


def test_a_stranger_sent_to_the_user_who_needs_their_work_is_a_client_and_gets_the_last_day_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_for_lawyer(
        kindly,
        tmp_path,
        mail(
            tmp_path,
            "hotels",
            "Natalie Cross <natalie@kingsleyhotels.example.com>",
            "Contracts review - meeting?",
            HOTELS,
        ),
    )
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")
    # 28 December is a bank holiday and 29 December a day off: "failing that" Monday 4 January, at the hour
    # said once for every day offered
    assert "Monday 4 January at 10am works for me." in record["draft"]
    assert "28 December" not in record["draft"]


def test_a_third_day_offered_after_failing_that_is_one_more_choice() -> None:
    body = "I could do Monday 28 December or Tuesday 29 December at 10am, or failing that Monday 4 January."
    message = Message(source="t", body=body, own_text=body)
    assert extract(message).when == "Monday 28 December or Tuesday 29 December at 10am or Monday 4 January"


# -- a forwarded request for the user's own trade, handed over by its forwarder, is a client introduced -----

FORWARD = """Henrietta,

Forwarding this from Priya Shah, People Director at Calder Valley Housing (one of our audit clients,
around 1,100 staff). I immediately thought of you - I hope you don't mind me passing on your details.
Priya's email is below; I'll leave you two to it.

Best,
Daniel

---------- Forwarded message ---------
From: Priya Shah <priya.shah@caldervalleyhousing.example.org>
Date: Tue, 24 Nov 2026 at 16:02
Subject: Employment lawyer recommendation?
To: Daniel Reeve <daniel.reeve@hollinsaudit.example.com>

Hi Daniel,

Slightly random question - do you know a good employment lawyer in the North West? We're planning to
restructure our repairs and maintenance service next year, which will probably mean collective
consultation (we think 25-30 roles at risk), and our board would like us to take proper advice before
we go any further.

Thanks,
Priya
"""


def test_a_forwarded_request_for_the_users_trade_is_a_client_the_user_writes_to_directly(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_for_lawyer(
        kindly,
        tmp_path,
        mail(
            tmp_path,
            "forward",
            "Daniel Reeve <daniel.reeve@hollinsaudit.example.com>",
            "Fwd: Employment lawyer recommendation?",
            FORWARD,
        ),
    )
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")
    assert "meet Priya - I will email them directly." in record["draft"]


# -- an award whose place at the dinner is sold to those it shortlists is paying to appear ---------------------

AWARDS = """Dear Henrietta,

Congratulations! We are thrilled to let you know that Ashworth Kerr LLP has been shortlisted for
Employment Team of the Year at the Northern Women in Law Awards 2027.

The winners will be announced at our black-tie awards dinner on Thursday 4 March 2027 at the Hilton
Deansgate. Shortlisted firms are invited to secure their place with a table of ten at the shortlisted
rate of £2,950 + VAT (standard rate £3,400). Only firms represented on the night can collect their award
in person.

Please confirm your table by Friday 18 December.

With best wishes,
The Women in Law Awards team
"""


def test_a_shortlisting_that_sells_its_table_is_declined_as_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_for_lawyer(
        kindly,
        tmp_path,
        mail(
            tmp_path,
            "awards",
            "Awards team <awards@womeninlaw.example.com>",
            "Shortlisted! Employment Team of the Year - confirm your table",
            AWARDS,
        ),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear")
    assert "table of ten at the shortlisted rate of £2,950" in record["reason"]


@pytest.mark.parametrize(
    "text",
    [
        # a gala the reader is only invited to: a ticket with a price, no honour sold
        "Join us at the Northern Law Awards dinner on 4 March. Tickets are £195 per head.",
        # shortlisted, and the place is free
        "You have been shortlisted! Each shortlisted firm receives two complimentary seats (worth £390).",
    ],
)
def test_a_priced_gala_or_a_free_place_is_no_award_for_sale(text: str) -> None:
    assert award_for_sale(text) is None


# -- a founder who raises the round an investor's goal looks for is deal flow, not a vendor ----------------------

INVESTOR = """
[user]
name = "Amara Osei"
email = "amara@kestrelridge.example.com"
tone = "formal"

[[goals]]
kind = "find_clients"
description = "Founders building B2B climate software who are raising a pre-seed or seed round"
targets = ["climate tech founders", "B2B climate software", "carbon accounting", "energy software", "seed round"]
"""
TERSE_FOUNDER = (
    "Hi Amara - building RetrofitOS, SaaS that plans deep retrofits for commercial landlords (energy software).\n"
    "8 paying customers, raising seed in Feb. 20 min call sometime in December? Sam"
)


def test_a_founder_raising_a_round_is_the_investors_client_even_in_a_terse_pitch(tmp_path: Path) -> None:
    profile = written_profile(INVESTOR, tmp_path)
    message = Message(
        source="t", from_addr="sam@retrofitos.example.com", body=TERSE_FOUNDER, own_text=TERSE_FOUNDER
    )
    pitch = Understanding(True, Intent.SALES_PITCH, True, 0.2, {"sales_pitch": 0.2, "client_inquiry": 0.1})
    read = as_client(pitch, profile, TERSE_FOUNDER)
    assert read.intent is Intent.CLIENT_INQUIRY
    assert 'they raise the round your goal looks for ("raising seed")' in read.evidence[0]
    # "Feb. 20 min call": a call's length after the month, not the 20th of February
    assert extract(message).when != "Feb. 20"


@pytest.mark.parametrize(
    "text",
    [
        "We help founders raising a seed round build decks investors read. Could I show you a sample?",
        "Our data room is built for startups that are closing a round - 15 minutes next week for a demo?",
    ],
)
def test_a_seller_to_founders_who_raise_is_still_a_pitch(tmp_path: Path, text: str) -> None:
    profile = written_profile(INVESTOR, tmp_path)
    pitch = Understanding(True, Intent.SALES_PITCH, True, 0.8, {"sales_pitch": 0.8})
    assert as_client(pitch, profile, text).intent is Intent.SALES_PITCH


def test_show_keeps_the_model_and_the_second_reading_apart(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_for_lawyer(
        kindly,
        tmp_path,
        mail(
            tmp_path,
            "hotels",
            "Natalie Cross <natalie@kingsleyhotels.example.com>",
            "Contracts review",
            HOTELS,
        ),
    )
    shown = kindly("show", str(record["id"]), "--profile", str(tmp_path / "profile.toml")).stdout
    flat = " ".join(shown.replace("│", " ").split())
    # the work meeting's 0.75 is the model's, not the client inquiry's it was read as
    assert "client_inquiry (read again)" in flat and "client_inquiry (0." not in flat
    # the purpose row explains the purpose, not the intent
    purpose = flat[flat.index("Purpose clear") :]
    assert purpose.split()[2:4] == ["purpose", "clear:"]


def test_a_weekday_that_owns_a_thing_is_not_the_day_proposed() -> None:
    body = (
        "Following Tuesday's board meeting, we have the go-ahead. Could we get together to go through the "
        "timetable? Would Thursday 3 December at 2pm at our Oldham site work?"
    )
    message = Message(source="t", body=body, own_text=body)
    assert extract(message).when == "Thursday 3 December at 2pm"


# -- step 3 offers what the sender is after: people for an event, a speaker for a stage ----------------------------


@pytest.mark.parametrize(
    ("intent", "offered"),
    [
        (Intent.EVENT_INVITATION, "mention"),
        (Intent.COMMUNITY_INVITATION, "mention"),
        (Intent.SPEAKING_INVITATION, "another_speaker"),
        (Intent.RECRUITING, "keep_in_mind"),
    ],
)
def test_a_declined_organiser_is_offered_people_not_help_with_what_they_are_after(
    intent: Intent, offered: str
) -> None:
    body = "Would you join us for our winter drinks on Thursday 10 December?"
    message = Message(source="t", from_addr="events@club.example", body=body, own_text=body)
    verdict = Verdict(Decision.DECLINE, "An event that serves none of your goals.", "not_a_fit")
    assert choose_offer(message, verdict, intent, PROFILE).kind == offered


# -- greetings: as the sender signs, and a title of office is no first name ---------------------------------------


@pytest.mark.parametrize(
    ("display", "body", "greeted"),
    [
        ("Dr Priya Raman", "See Tom's note below. Email him directly.\n\nPriya", "Priya"),
        ("Dr Priya Raman", "See Tom's note below.\n\nDr Priya Raman\nMaroubra GP", "Dr Raman"),
        (
            "Deacon Harold Price",
            "Would you be willing to join the panel?\n\nDeacon Harold Price",
            "Deacon Price",
        ),
    ],
)
def test_a_sender_is_greeted_as_they_sign_and_a_title_is_kept_with_the_surname(
    display: str, body: str, greeted: str
) -> None:
    message = Message(source="t", from_name=display, from_addr="x@example.org", body=body, own_text=body)
    assert first_name(message) == greeted


def test_a_request_for_the_users_work_without_a_clients_goal_is_left_to_them(tmp_path: Path) -> None:
    head = written_profile(
        '[user]\nname = "Margaret Ellison"\nemail = "head@hollinpark.example.sch.uk"\n\n[[goals]]\nkind = "find_mentor"\n'
        'description = "A mentor among experienced executive heads"\ntargets = ["executive heads"]\n',
        tmp_path,
    )
    body = "We are moving to Leeds in January. Could we talk about an in-year place for our son in Year 9?"
    message = Message(source="t", from_addr="parent@example.com", body=body, own_text=body)
    asking = Understanding(True, Intent.CLIENT_INQUIRY, True, 0.8, {"client_inquiry": 0.8})
    verdict = decide(message, asking, head, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.IGNORE, "client_request")


@pytest.mark.parametrize(
    ("fmt", "duration", "usual", "hours"),
    [
        ("lunch", "30 minutes", 4.0, 1.5),  # "30 minutes is plenty" for a lunch-and-learn, with getting there
        ("panel", "20-minute", 4.0, 1.25),
        ("meeting", "an hour", 1.0, 1.0),  # never more than its kind's usual hours, which count travel
        ("podcast", "45 minutes", 4.0, 1.25),  # a short remote ask: its length and a little preparation
        ("panel", "", 4.0, None),
    ],
)
def test_a_stated_length_is_what_the_week_is_charged(
    fmt: str, duration: str, usual: float, hours: float | None
) -> None:
    assert stated_hours(fmt, duration, usual) == hours


MENTEE = """
[user]
name = "Margaret Ellison"
email = "head@hollinpark.example.sch.uk"
tone = "formal"
weekly_networking_hours = 1

[[goals]]
kind = "find_mentor"
description = "A mentor among experienced executive headteachers"
targets = ["executive headteachers", "executive head"]
"""


def test_a_mentor_answering_the_users_own_request_gets_the_time_they_offer_in_a_full_week(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(MENTEE, tmp_path)
    # the week is already spent: a breakfast with another executive head on Thursday
    first = mail(
        tmp_path,
        "breakfast",
        "Ann Hollis <ann@trust.example.org>",
        "Breakfast for executive heads",
        "Dear Margaret,\n\nI am an executive headteacher and host a breakfast for heads on Thursday 10 December "
        "at 8am. Would you like to join us?\n\nAnn",
    )
    answer = mail(
        tmp_path,
        "mentor",
        "Susan Whitfield <susan@trust.example.org>",
        "Re: Mentoring?",
        "Dear Margaret,\n\nI would be delighted to mentor you - after twelve years as an executive head I "
        "remember how lonely headship can be. Shall we start over a cup of tea at Bettys on Friday 11 December at 4.30pm?\n\nSusan\n\nOn Mon, 23 Nov 2026, Margaret Ellison <head@hollinpark.example.sch.uk> "
        "wrote:\n> Would you consider mentoring me?\n",
    )
    triaged(kindly, first, profile=profile)
    records = triaged(kindly, answer, profile=profile)
    assert records[-1]["reason_code"] == "answers_your_request"
    assert "Friday 11 December at 4.30pm works for me." in records[-1]["draft"]


def test_an_embargo_is_no_day_to_meet_and_a_day_gone_by_is_not_next_years() -> None:
    body = (
        "Under embargo until 06:00 GMT on Tuesday 1 December. Professor Byrne is free for a 30-minute call on "
        "Friday 27 November between 10:00 and 12:00 - could you confirm you will respect the embargo?"
    )
    message = Message(source="t", body=body, own_text=body)
    assert extract(message).when.startswith("Friday 27 November")


def test_a_day_offered_that_went_by_is_said_so_not_refused_as_next_years_weekend() -> None:
    body = "Would you have time for a coffee on Friday 27 November at 10:00?"
    message = Message(
        source="t",
        from_name="Rachel Dunne",
        from_addr="rachel@example.ie",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 20, 9, tzinfo=UTC),
    )
    coffee = Understanding(True, Intent.COFFEE_CHAT, True, 0.9, {"coffee_chat": 0.9})
    verdict = Verdict(Decision.ACCEPT, "Serves a goal.", "goal_fit")
    draft = compose(message, coffee, verdict, PROFILE, now=datetime(2026, 11, 30, 9, tzinfo=UTC))
    assert draft is not None
    # 27 November 2027 is a Saturday: the day she meant has gone by, and is no weekend to refuse
    assert "after Friday, November 27" in draft.text and "Saturday" not in draft.text


def test_after_a_stretch_the_days_named_next_are_the_offer() -> None:
    body = (
        "Ahead of Claire's meeting next week, could you and I have half an hour on our own first? I'd value your "
        "honest view before we put it to the board. Monday 30 November or Tuesday 1 December after 4pm would be "
        "ideal - a phone call is fine."
    )
    message = Message(source="t", body=body, own_text=body)
    assert extract(message).when == "Monday 30 November or Tuesday 1 December after 4pm"


@pytest.mark.parametrize(
    "body",
    [
        "We see a lot of the same clients - keen to send people each other's way. Coffee one morning next week?",
        "The next fortnight is packed for me. Could we find a time then? Any morning in the week of 14 December suits.",
    ],
)
def test_the_part_of_the_day_the_sender_asks_for_holds_for_the_times_offered(body: str) -> None:
    message = Message(
        source="t",
        from_name="Chris Doyle",
        from_addr="chris@ironbark.example",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 27, 9, tzinfo=UTC),
    )
    coffee = Understanding(True, Intent.COFFEE_CHAT, True, 0.9, {"coffee_chat": 0.9})
    verdict = Verdict(Decision.ACCEPT, "Serves a goal.", "goal_fit")
    draft = compose(message, coffee, verdict, PROFILE, now=datetime(2026, 11, 30, 9, tzinfo=UTC))
    assert draft is not None and draft.times
    assert all(time.endswith(("9:30 am", "10:30 am")) for time in draft.times), draft.times


# -- the code review's reproductions: each rule kept to what it is for ----------------------------------------------


@pytest.mark.parametrize(
    "own",
    [
        "As agreed at the meeting last week, we'd love you to give the keynote at our May conference.",
        "Just a reminder that our call for speakers closes on 4 December - we would love a proposal from you.",
        "We agreed to have a proper conversation about the board seat. I'd like you to join us on 3 December.",
    ],
)
def test_an_invitation_that_mentions_an_agreement_is_no_reminder(own: str) -> None:
    assert not agreed_meeting(own)


@pytest.mark.parametrize(
    "text",
    [
        "We'd love you to speak on our panel on 14 January. Speakers pay nothing - tickets for attendees are £25.",
        "To confirm your place on the programme, just reply - tickets are $10 for everyone else.",
    ],
)
def test_a_free_talk_with_a_ticket_price_charges_the_speaker_nothing(text: str) -> None:
    assert charges_to_appear(text) is None


def test_cheering_on_somebody_elses_shortlisting_is_no_award_for_sale() -> None:
    text = (
        "Our member Riverside Studio has been shortlisted for Design Studio of the Year! Join us to cheer them on "
        "at the awards dinner on 20 January - tickets are $95."
    )
    assert award_for_sale(text) is None


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("Could we meet for coffee before 9am on Tuesday 8 December?", "Tuesday 8 December"),
        (
            "Could we meet for coffee on Tuesday 8 December? I'm also speaking at the Summit on Thursday 10 "
            "December, so that week is busy.",
            "Tuesday 8 December",
        ),
        ("Could we grab a coffee next week? My book launches on Thursday 17 December.", "next week"),
    ],
)
def test_a_day_is_offered_only_where_a_sentence_offers_it(body: str, when: str) -> None:
    assert extract(Message(source="t", body=body, own_text=body)).when == when


@pytest.mark.parametrize(
    ("domain", "mailbox"),
    [
        ("mail.utoronto.ca", False),
        ("web.northstarwealth.com", False),
        ("proton.me", True),
        ("gmail.example.com", True),
    ],
)
def test_a_webmail_name_is_a_mailbox_only_on_a_webmail_domain(domain: str, mailbox: bool) -> None:
    assert webmail(domain) is mailbox


def test_a_bank_named_abn_is_no_licence_number() -> None:
    signature = "Pieter de Vries\nRelationship Manager, ABN AMRO\n+31 20 628 9393"
    body = "Could we meet for coffee?"
    message = Message(
        source="t",
        from_name="Pieter de Vries",
        from_addr="p@corp.example",
        body=f"{body}\n\n{signature}",
        own_text=body,
        signature=signature,
    )
    assert sender_identity(message)[1] == "ABN AMRO"


def test_a_talk_for_office_staff_is_for_a_workplace() -> None:
    implied = implied_stems("could you give a 45-minute lunch-and-learn on posture for our 40 office staff?")
    assert implied.get("workplace") in ("office staff", "lunch-and-learn")


def test_a_reply_that_points_at_the_day_takes_it_from_the_subject() -> None:
    body = "Good news: our board approved a $150 honorarium. Let me know if the 16th still works for you."
    message = Message(
        source="t",
        subject="Re: Speaker for our First-Time Homebuyer Workshop - Saturday, January 16",
        body=body,
        own_text=body,
    )
    assert extract(message).when == "Saturday, January 16"
    # a reply's subject alone names what was said before, not a day proposed
    other = Message(source="t", subject="Re: Coffee on Tuesday, December 1", body="Sorry!", own_text="Sorry!")
    assert extract(other).when == ""
