"""Dr. Marcus Bell, a family dentist, and Dr Aisling Byrne, a postdoc: what their second review left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.policy import Context, decide
from kindly.model import Decision, Intent, Understanding
from support import Kindly, eml, incoming, profile_file, triaged_one, written_profile

DENTIST = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
signature = "Marcus"
date_style = "us"
weekly_networking_hours = 3
time_zone = "America/Chicago"
meeting_hours = ["Mon-Fri 07:00-08:00", "Mon-Fri 12:00-13:00", "Mon-Fri 17:30-19:00", "Sat 09:00-12:00"]

[[goals]]
kind = "find_clients"
description = "Austin families looking for a family dentist, met through the parents' association, the chamber of commerce and referrals from orthodontists"
targets = ["families", "parents", "Greater Austin Chamber of Commerce"]
priority = 1

[[goals]]
kind = "help_client"
description = "Help Dr. Priya Raman open the second office of Raman Orthodontics in Round Rock"
targets = ["Dr. Priya Raman", "Raman Orthodontics"]
priority = 2

[[goals]]
kind = "find_mentor"
description = "A mentor who has grown a dental practice to several locations"
targets = ["multi-location dental practice owners"]
priority = 2

[[providers]]
category = "dental lab"
name = "Capitol Dental Lab"

[[answers]]
about = ["new patients", "accepting", "insurance"]
answer = "We're accepting new patients of all ages and we're in network with most PPO plans, including Delta Dental and Cigna."
"""


def dentist_reads(kindly: Kindly, folder: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = eml(
        folder / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Mon, 23 Nov 2026 13:05:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    return triaged_one(kindly, mail, profile=profile_file(DENTIST, folder))


# -- an event with the sender's own call asked beside it ---------------------------------------------------------

OPEN_HOUSE = (
    "Hi Marcus,\n\nRound Rock is really happening - we open the second Raman Orthodontics office on February 1! "
    "I'm planning a family open house for Saturday, January 23, 10 am to 1 pm, and I'd love to have a couple of "
    "general dentists there to answer parents' questions about when kids should see an orthodontist.\n\n"
    'Could you come for an hour and maybe bring a few of your "first dental visit" handouts? And if you have 30 '
    "minutes before then, I'd love to pick your brain on how you set up the referral letters when you opened your "
    "office.\n\nThank you!\nPriya"
)


def test_a_clients_open_house_with_a_call_asked_beside_it_gets_a_yes_to_both(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = dentist_reads(
        kindly,
        tmp_path,
        OPEN_HOUSE,
        "Dr. Priya Raman <priya@ramanortho.com>",
        "Round Rock opening - could you help with the family open house?",
    )
    assert record["decision"] == "accept" and record["intent"] == "event_invitation"
    assert "They also ask you to meet them" in record["reason"] and "pick your brain" in record["reason"]
    draft = record["draft"]
    # the open house on its own day, then two times for the call, both before it
    assert "see you on Saturday, January 23" in draft
    assert "request for advice" not in draft and "doesn't work for me" not in draft
    call = draft[draft.index("before then") :]
    assert call.count("December") == 2, draft


FAIR = (
    "Hi Dr. Bell,\n\nI'm the health chair of the Zilker Elementary PTA. On Saturday, January 16, from 9 am to noon, "
    "we're holding a free Health & Wellness Fair in the school gym for about 200 families. Would you be willing to "
    "have a table and do brushing demos for the kids? And if you have 20 minutes before then, I'd love to pick your "
    "brain about a talk for our parents' evening.\n\nThanks so much,\nRachel Kim\nHealth Chair, Zilker Elementary PTA"
)


def test_the_call_beside_an_event_counts_in_the_weeks_networking_hours(tmp_path: Path) -> None:
    profile = written_profile(DENTIST, tmp_path)
    message = incoming(
        FAIR, from_name="Rachel Kim", from_addr="rachel.kim@zilkerpta.org", subject="Health Fair"
    )
    event = Understanding(
        is_invitation=True, intent=Intent.EVENT_INVITATION, purpose_clear=True, confidence=0.6
    )
    verdict = decide(message, event, profile, Context())
    assert verdict.decision is Decision.ACCEPT
    assert verdict.hours == 3.0 + 1.0  # the fair's hours and the call's


@pytest.mark.parametrize(
    "text",
    [
        # a call to plan the event itself is part of it
        "Would you give a talk at our summit on March 3? Could we have a quick call to talk it through?",
        # ...to prepare it, or to go over its format
        "Would you be a guest on our podcast on February 2? Let's have a quick call beforehand to prep.",
        "Could you join our panel on March 3? Could we have a 20-minute call about the format first?",
        # the event's own meal
        "Could you come to our launch on May 4? Would you join us for dinner after?",
        # a call that is the only ask
        "If you have 30 minutes, I'd love to pick your brain on referral letters.",
        # introducing others
        "Could you come to the fair on May 4? I'd love to introduce you to Sam over a coffee.",
    ],
)
def test_no_second_ask_is_read_where_the_call_is_the_event_s_own_or_the_only_one(text: str) -> None:
    from kindly.understand.extract import side_meeting

    assert side_meeting(text) == ""


def test_a_second_ask_for_coffee_beside_a_talk_is_read() -> None:
    from kindly.understand.extract import side_meeting

    text = (
        "Would you speak at our meetup on March 3? Also, could we grab a coffee first? I'd love your advice."
    )
    assert side_meeting(text) == "Also, could we grab a coffee first?"


def test_advice_asked_alone_stays_a_request_for_advice(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nI'm opening my first practice in Cedar Park next spring. If you have 30 minutes, I'd love to "
        "pick your brain on how you set up referral letters with orthodontists.\n\nThanks,\nJamie"
    )
    record = dentist_reads(kindly, tmp_path, body, "Jamie Cole <jamie@cedarparksmiles.com>", "Advice?")
    assert record["intent"] != "event_invitation"


# -- a colleague's referral, a mentor's breakfast, a lab's pitch ------------------------------------------------

REFERRAL = (
    "Hi Marcus,\n\nThe Nguyen family just moved to Austin from Houston - three kids (7, 10 and 13), all in active "
    "ortho treatment with me now. They need a general dentist for cleanings and restorative work. Would you be "
    "willing to take them on as new patients? Mom's name is Thuy Nguyen, (512) 555-0192.\n\nThanks as always,\nKevin"
)


def test_a_colleagues_referral_is_not_told_the_answer_meant_for_patients(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = dentist_reads(
        kindly,
        tmp_path,
        REFERRAL,
        "Dr. Kevin Ostrowski <kevin@ostrowskiortho.com>",
        "Referral: the Nguyen family",
    )
    assert record["decision"] == "accept"
    assert "I'd be glad to take them on" in record["draft"]
    assert "in network" not in record["draft"] and "accepting new patients" not in record["draft"]


def test_a_referral_that_asks_about_insurance_still_gets_the_answer(kindly: Kindly, tmp_path: Path) -> None:
    body = REFERRAL.replace("Mom's name", "Do you take their insurance? It's Cigna. Mom's name")
    record = dentist_reads(
        kindly,
        tmp_path,
        body,
        "Dr. Kevin Ostrowski <kevin@ostrowskiortho.com>",
        "Referral: the Nguyen family",
    )
    assert "in network with most PPO plans" in record["draft"]


def test_a_parent_asking_for_themselves_gets_the_answer(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Dr. Bell,\n\nWe just moved to Austin with two kids and are looking for a family dentist. Are you "
        "accepting new patients, and do you take Delta Dental?\n\nThanks,\nMaria"
    )
    record = dentist_reads(kindly, tmp_path, body, "Maria Lopez <maria.lopez@gmail.com>", "New patients?")
    assert "in network with most PPO plans" in record["draft"]


def test_a_yes_to_meet_says_it_is_pleased_to_meet_not_to_hear_more(tmp_path: Path) -> None:
    from kindly.model import Verdict
    from kindly.reply.compose import compose

    profile = written_profile(DENTIST, tmp_path)
    message = incoming(
        "Marcus, great to meet you. I remember the leap from one office to two very well - happy to share what went "
        "right. Would you like to meet for breakfast one morning?\n\nAlan",
        from_name="Dr. Alan Whitfield",
        from_addr="alan@whitfielddental.com",
        subject="Breakfast?",
    )
    read = Understanding(is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=True, confidence=0.6)
    texts = [
        draft.text
        for variant in range(3)
        if (
            draft := compose(
                message, read, Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile, variant=variant
            )
        )
    ]
    assert texts and not any("hear more" in text for text in texts)
    # (session 23: the yes names the breakfast asked - it was "I'd be pleased to meet.")
    assert any("I'd be pleased to meet for breakfast." in text for text in texts)


@pytest.mark.parametrize(
    ("category", "said"),
    [
        ("dental lab", "For a dental lab,"),
        ("dental supplies", "For dental supplies,"),
        ("IT support", "For IT support,"),
    ],
)
def test_a_provider_of_a_countable_kind_is_said_with_its_article(category: str, said: str) -> None:
    from kindly.reply.decline_reason import with_article
    from kindly.reply.provider_words import already_have

    assert already_have(category, "Capitol Dental Lab", with_article(category)).startswith(said)


# -- a programme to apply to, which a goal's target fits ----------------------------------------------------------

RESEARCHER = """
[user]
name = "Aisling Byrne"
email = "aisling.byrne@ed.ac.uk"
signature = "Aisling"
date_style = "international"
time_zone = "Europe/London"

[[goals]]
kind = "find_mentor"
description = "A senior faculty member outside my lab to mentor me through the academic job market"
targets = ["senior faculty", "professor", "mentoring scheme", "academic job market"]
priority = 2

[[goals]]
kind = "find_community"
description = "Early-career researchers in ecological modelling"
targets = ["early-career researchers", "ecological modelling", "population models"]
priority = 3
"""

MENTORING_PROGRAMME = (
    "Dear Dr Byrne,\n\nApplications are now open for the RSE Young Academy of Scotland cross-institutional "
    "mentoring programme 2027. The programme pairs early-career researchers with a senior academic from another "
    "Scottish institution for six mentoring meetings over the year, with a focus on academic careers and the job "
    "market.\n\nAs a past attendee of our career events, we thought this might interest you. Applications close on "
    "Tuesday 15 December 2026 and take about 30 minutes.\n\nKind regards,\nYoung Academy of Scotland team"
)


def researcher_reads(kindly: Kindly, folder: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = eml(
        folder / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Thu, 26 Nov 2026 12:00:00 +0000",
        to="Aisling Byrne <aisling.byrne@ed.ac.uk>",
    )
    return triaged_one(kindly, mail, profile=profile_file(RESEARCHER, folder))


def test_a_mentoring_programme_to_apply_to_is_surfaced_with_its_deadline(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = researcher_reads(
        kindly,
        tmp_path,
        MENTORING_PROGRAMME,
        "Royal Society of Edinburgh <ya@theyoungacademy.scot>",
        "RSE Young Academy: cross-institutional mentoring programme 2027 - applications open",
    )
    assert record["decision"] == "accept" and record["is_invitation"]
    assert "Applications close on Tuesday 15 December 2026" in record["reason"]
    assert record["draft"] is None  # answered by applying, not by a reply to the team


def test_a_bulletin_that_lists_a_programme_among_its_news_asks_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "School of Biological Sciences - Bulletin, December 2026\n\nNEWS\n"
        "- Congratulations to Dr Fiona Hughes on her ERC Consolidator Grant.\n"
        "- Applications are now open for the RSE Young Academy mentoring programme for early-career researchers.\n"
        "- The new King's Buildings cafe opens on 7 December.\n\n"
        "To unsubscribe from this list, visit the School mailing list page."
    )
    record = researcher_reads(
        kindly, tmp_path, body, "School of Biological Sciences <sbs-news@ed.ac.uk>", "School news - December"
    )
    assert record["decision"] == "ignore"


def test_a_newsletter_by_its_subject_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    body = MENTORING_PROGRAMME.replace("Dear Dr Byrne,", "Dear colleague,")
    record = researcher_reads(
        kindly, tmp_path, body, "ECR Network <news@ecrnetwork.org>", "ECR Network newsletter - November"
    )
    assert record["decision"] == "ignore"


def test_a_programme_that_serves_no_goal_stays_unasked(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Aisling,\n\nApplications are now open for the Edinburgh Founders accelerator programme 2027: twelve "
        "weeks of support for student and staff start-ups with a commercial product. Applications close on Friday "
        "8 January.\n\nThe Launch.ed team"
    )
    record = researcher_reads(
        kindly, tmp_path, body, "Launch.ed <launch@ed.ac.uk>", "Founders accelerator - applications open"
    )
    assert record["decision"] == "ignore"


# -- light edits: a year said again, a documentary wished well, a calendar title quoted --------------------------


SEMINAR = (
    "Dear Aisling,\n\nI'm organising the IBAHCM seminar series this spring, and I would love you to give a talk on "
    "your work on stage-structured models for seabird populations.\n\nThe slot is Wednesday 20 January 2027 at 16:00, "
    "in the Graham Kerr Building, for a 45-minute talk plus questions. Would you be available?\n\nBest wishes,\nRhona"
)


def test_a_talk_weeks_away_is_said_without_the_year_the_sender_wrote(kindly: Kindly, tmp_path: Path) -> None:
    record = researcher_reads(
        kindly,
        tmp_path,
        SEMINAR.replace("give a talk on your work", "give a talk on your work in ecological modelling"),
        "Dr Rhona MacLeod <rhona.macleod@glasgow.ac.uk>",
        "Invitation to speak - seminar series",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Wednesday 20 January at 16:00" in record["draft"] and "2027" not in record["draft"]


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ("Wednesday 20 January 2027 at 16:00", "Wednesday 20 January at 16:00"),
        ("January 20, 2027", "January 20"),
        # a day more than ten months off keeps its year, and so does one gone by
        ("Wednesday 20 January 2028 at 16:00", "Wednesday 20 January 2028 at 16:00"),
        ("Monday 2 November 2026", "Monday 2 November 2026"),
    ],
)
def test_a_year_is_dropped_only_where_the_day_cannot_be_mistaken(when: str, said: str) -> None:
    from datetime import UTC, datetime

    from kindly.reply.acceptance import _without_needless_year

    assert _without_needless_year(when, datetime(2026, 11, 27, 10, tzinfo=UTC)) == said


def test_a_documentary_that_charges_is_wished_well_as_a_documentary(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Dr Byrne,\n\nScience Spotlight is a documentary series broadcast to millions of viewers. Our editorial "
        "team has selected your research on seabird populations to be featured. The segment includes a 5-minute "
        "film and an interview with you. A production fee of GBP 2,950 applies to cover filming and distribution."
        "\n\nPlease let us know a convenient time to discuss.\n\nJonathan Blake\nSenior Producer, Science Spotlight"
    )
    record = researcher_reads(
        kindly,
        tmp_path,
        body,
        "Science Spotlight TV <production@sciencespotlight-tv.com>",
        "Feature your research",
    )
    assert record["decision"] == "decline"
    assert "the event" not in record["draft"] and "the documentary" in record["draft"], record["draft"]


INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//University of St Andrews//Outlook//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:halvorsen-byrne-2026-12@st-andrews.ac.uk
DTSTAMP:20261127T093000Z
DTSTART;TZID=Europe/London:20261209T110000
DTEND;TZID=Europe/London:20261209T120000
SUMMARY:{summary}
DESCRIPTION:Hi Aisling\\, shall we have a call about faculty applications and the academic job market? Erik
ORGANIZER;CN=Prof. Erik Halvorsen:mailto:eh42@st-andrews.ac.uk
ATTENDEE;CN=Aisling Byrne;RSVP=TRUE:mailto:aisling.byrne@ed.ac.uk
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_title_naming_its_people_is_not_quoted_back(kindly: Kindly, tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE.format(summary="Coffee and careers chat - Erik / Aisling"), encoding="utf-8")
    record = triaged_one(kindly, path, profile=profile_file(RESEARCHER, tmp_path))
    assert record["draft"] and '"Coffee and careers chat' not in record["draft"]


def test_a_calendar_events_own_name_is_still_thanked_for(kindly: Kindly, tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE.format(summary="ECR Modelling Careers Clinic"), encoding="utf-8")
    record = triaged_one(kindly, path, profile=profile_file(RESEARCHER, tmp_path))
    assert 'the invitation to "ECR Modelling Careers Clinic"' in (record["draft"] or ""), record
