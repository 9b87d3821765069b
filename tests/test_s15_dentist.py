"""Dr. Marcus Bell, a family dentist in Austin who finds patients through parents, the chamber and two
orthodontists' referrals, looks for a mentor who has grown a practice to several offices, and keeps weekday
evenings after 7 for family dinner: what hurt him in a review of his inbox."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import personal_cue
from kindly.hours import Window, rule_window
from support import Kindly, eml, profile_file, triaged, triaged_one

DENTIST = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
signature = "Marcus"
date_style = "us"
weekly_networking_hours = 3
time_zone = "America/Chicago"
meeting_hours = ["Mon-Fri 07:00-08:00", "Mon-Fri 12:00-13:00", "Mon-Fri 17:30-19:00"]

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

[[never]]
what = "events on Sunday"

[[never]]
what = "meetings or events after 7pm on weekdays - family dinner"
"""


def dentist_reads(kindly: Kindly, folder: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = eml(
        folder / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Tue, 24 Nov 2026 16:20:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    return triaged_one(kindly, mail, profile=profile_file(DENTIST, folder))


# -- an orthodontist sends patients ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "Would you be willing to take them on as new patients?",
        "Could you see them as new patients?",
        "Are you able to take the family on as patients?",
        "Would you be able to fit them in as new patients?",
    ],
)
def test_an_orthodontist_who_sends_a_family_as_new_patients_is_answered_as_a_referral(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    body = (
        "Hi Marcus,\n\nThe Nguyen family just moved to Austin from Houston - three kids (7, 10 and 13), all in "
        f"active ortho treatment with me now. They need a general dentist for cleanings and restorative work. {ask} "
        "Mom's name is Thuy Nguyen, (512) 555-0192.\n\nThanks as always,\nKevin\n"
    )
    record = dentist_reads(
        kindly,
        tmp_path,
        body,
        "Dr. Kevin Ostrowski <kevin@ostrowskiortho.com>",
        "Referral: the Nguyen family",
    )
    assert (record["decision"], record["intent"]) == ("accept", "client_inquiry"), record
    assert (
        "Thanks so much for the referral. I'd be glad to take them on - I'll get in touch with them directly"
        in (record["draft"])
    )
    assert "Would" not in record["draft"]  # no call with the orthodontist about it


def test_a_referral_that_gives_no_way_to_reach_the_family_asks_for_it(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nI have a family of four moving to South Austin next month who will need a general dentist. "
        "Could you take them on as new patients?\n\nKevin\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Dr. Kevin Ostrowski <kevin@ostrowskiortho.com>", "Family")
    assert record["decision"] == "accept", record
    assert "Could you send me their contact details, so I can get in touch?" in record["draft"]


def test_thanks_for_taking_a_family_on_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nThank you for taking the Nguyens on as new patients so quickly - Thuy says the kids loved "
        "your hygienist.\n\nKevin\n"
    )
    record = dentist_reads(
        kindly, tmp_path, body, "Dr. Kevin Ostrowski <kevin@ostrowskiortho.com>", "Thanks!"
    )
    assert record["decision"] == "ignore", record


# -- the person a client introduces writes back in the thread ---------------------------------------------------

INTRO = (
    "Marcus, meet Dr. Alan Whitfield. Alan founded Whitfield Family Dentistry and grew it from one office to six "
    "across San Antonio and New Braunfels over twelve years. Alan, Marcus runs Bell Family Dental here in Austin - "
    "three dentists, great with kids - and he's been thinking about a second location.\n\nI think you two would "
    "enjoy a coffee. I'll let you take it from here.\n\nPriya\n"
)


def intro_thread(kindly: Kindly, folder: Path, reply: str, sender: str) -> list[dict[str, Any]]:
    profile = profile_file(DENTIST, folder)
    intro = eml(
        folder / "1-intro.eml",
        INTRO,
        sender="Dr. Priya Raman <priya@ramanortho.com>",
        to="Marcus Bell <marcus@bellfamilydental.com>, Alan Whitfield <alan@whitfieldfamilydentistry.com>",
        subject="Intro: Marcus, meet Alan Whitfield",
        date="Wed, 18 Nov 2026 12:30:00 -0600",
        message_id="intro@ramanortho.example",
    )
    answer = eml(
        folder / "2-reply.eml",
        reply,
        sender=sender,
        to="Marcus Bell <marcus@bellfamilydental.com>",
        subject="Re: Intro: Marcus, meet Alan Whitfield",
        date="Thu, 19 Nov 2026 07:10:00 -0600",
        message_id="reply@whitfield.example",
        in_reply_to="intro@ramanortho.example",
        references=("intro@ramanortho.example",),
    )
    return triaged(kindly, intro, answer, profile=profile)


def test_the_person_introduced_who_writes_to_meet_is_met_not_declined(kindly: Kindly, tmp_path: Path) -> None:
    reply = (
        "Thanks, Priya (moving you to bcc).\n\nMarcus, great to meet you. I remember the leap from one office to "
        "two very well - happy to share what went right and what I'd do differently. I'm in Austin most Tuesdays. "
        "Would Tuesday, December 8 at 7:15 am work for breakfast? There's a good place on South Congress.\n\nAlan\n"
    )
    intro, answer = intro_thread(
        kindly, tmp_path, reply, "Dr. Alan Whitfield <alan@whitfieldfamilydentistry.com>"
    )
    assert intro["decision"] == "accept"
    assert answer["decision"] == "accept", answer["reason"]
    assert "Dr. Priya Raman's introduction (#1) brought them in" in answer["reason"]
    assert "Tuesday, December 8 at 7:15 am works for me" in answer["draft"]
    # one reply answers both: the yes to Priya that proposed other days waits no more
    drafts = {d["message_pk"] for d in json.loads(kindly("drafts", "--json").stdout)}
    assert drafts == {answer["id"]}


def test_the_person_introduced_who_pitches_a_service_the_user_has_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    reply = (
        "Thanks Priya!\n\nMarcus, great to meet you. Besides my practices I run a dental lab with 5-day turnaround "
        "on zirconia crowns - could I send you a starter kit and price list for the lab?\n\nAlan\n"
    )
    _, answer = intro_thread(
        kindly, tmp_path, reply, "Dr. Alan Whitfield <alan@whitfieldfamilydentistry.com>"
    )
    assert answer["decision"] == "decline"
    assert answer["reason_code"] == "has_provider"


# -- a mentor who grew a practice to several offices ---------------------------------------------------------------


@pytest.mark.parametrize(
    "grew",
    [
        "I run Ruiz Dental Group in Round Rock - I grew it from one office to five over ten years.",
        "I'm Janet Ruiz; I have four offices now between Round Rock and Georgetown.",
    ],
)
def test_a_dentist_who_grew_to_several_offices_is_the_mentor_sought(
    kindly: Kindly, tmp_path: Path, grew: str
) -> None:
    body = (
        f"Hi Marcus,\n\n{grew} A friend at the Capital Area Dental Society said we should meet. Coffee on "
        "Thursday, December 10 at 7:00 am?\n\nJanet Ruiz, DDS\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Janet Ruiz <janet@ruizdental.com>", "Coffee")
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor"), record["reason"]
    assert "Thursday, December 10 at 7:00 am works for me" in record["draft"]


def test_a_firm_with_many_offices_is_no_one_who_grew_a_practice(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nWe have 40 offices nationwide and serve 60 dental practices in Texas with billing support. "
        "Could we grab a coffee next week to talk about your second location?\n\nTom\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Tom Ward <tom@billright.com>", "Coffee?")
    assert not (record["decision"] == "accept" and record["goal"] == "find_mentor"), record["reason"]


# -- a pitch for a service he has, in its short word ---------------------------------------------------------------


def test_a_dental_lab_pitch_is_declined_for_the_lab_he_has(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Dr. Bell,\n\nPrecision Crown Lab is a US-based dental lab in Dallas with 5-day turnaround on zirconia "
        "crowns. Try us: your first case is free, shipping both ways included. Can I send you a starter kit?\n\n"
        "Laura Chen\n"
    )
    record = dentist_reads(
        kindly, tmp_path, body, "Laura Chen <laura@precisioncrownlab.com>", "Free crown case"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For a dental lab, I already work with a provider I'm very happy with" in record["draft"]


def test_labels_for_dental_offices_are_no_dental_lab(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Dr. Bell,\n\nWe print custom appointment-card labels and laboratory forms for dental offices. Can I send "
        "you a free sample pack?\n\nRob\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Rob Hale <rob@printcards.com>", "Free samples")
    assert record["reason_code"] != "has_provider", record["reason"]


# -- "Family" in a practice's name is no family plan ---------------------------------------------------------------


def test_a_coffee_from_a_family_dental_practice_is_not_personal_plans(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nI am Janet, I run Ruiz Family Dental in Round Rock. Would you like to grab coffee sometime "
        "next week?\n\nJanet\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Janet Ruiz <janet@ruizdental.com>", "Coffee")
    assert record["reason_code"] != "personal", record["reason"]
    assert record["decision"] == "ask_details"


@pytest.mark.parametrize(
    "text", ["Dinner with the family on Friday?", "Family time this weekend - come by!", "my family and I"]
)
def test_the_senders_own_family_is_still_personal(text: str) -> None:
    assert personal_cue(text) is not None


@pytest.mark.parametrize(
    "text", ["I run Ruiz Family Dental", "he is a family dentist", "our family-owned shop", "family law"]
)
def test_family_of_a_trade_or_a_firm_is_not_personal(text: str) -> None:
    assert personal_cue(text) is None


# -- weekday evenings after 7 are for family dinner -----------------------------------------------------------------

MIXER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greater Austin Chamber//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20261201-bah-dec@austinchamber.org
DTSTAMP:20261120T150000Z
DTSTART;TZID=America/Chicago:20261216T193000
DTEND;TZID=America/Chicago:20261216T210000
SUMMARY:Business After Hours - Holiday Mixer for New Members
LOCATION:Austin Central Library rooftop, Austin, TX
DESCRIPTION:Meet fellow Chamber members over drinks at our holiday Business After Hours. Free for members.
ORGANIZER;CN=Monica Reyes:mailto:mreyes@austinchamber.org
ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:marcus@bellfamilydental.com
END:VEVENT
END:VCALENDAR
"""


def test_a_weekday_mixer_at_half_past_seven_is_declined_by_the_family_dinner_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = tmp_path / "mixer.ics"
    invitation.write_text(MIXER.replace("\n", "\r\n"), encoding="utf-8")
    record = triaged_one(kindly, invitation, profile=profile_file(DENTIST, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "I have a firm rule against meetings or events after 7pm on weekdays" in record["draft"]


@pytest.mark.parametrize(
    ("when", "ruled_out"),
    [
        ("Thursday, December 10, from 7:30 to 9:00 pm", True),
        ("Thursday, December 10, from 5:30 to 6:45 pm", False),  # home by seven
        ("Saturday, December 12, from 7:30 to 9:00 pm", False),  # the rule is about weekdays
    ],
)
def test_an_evening_event_by_mail_is_weighed_by_its_hour_and_day(
    kindly: Kindly, tmp_path: Path, when: str, ruled_out: bool
) -> None:
    body = (
        f"Hi Dr. Bell,\n\nThe Zilker Elementary PTA is hosting a Family Health Night on {when} in the school "
        "library, for about 80 parents. Would you join us to answer parents' questions about kids' teeth?\n\n"
        "Rachel Kim\nHealth Chair, Zilker Elementary PTA\n"
    )
    record = dentist_reads(
        kindly, tmp_path, body, "Rachel Kim <rachel.kim@zilkerpta.org>", "Family Health Night"
    )
    assert (record["reason_code"] == "never_do") is ruled_out, record["reason"]


def test_the_rule_is_read_for_its_hour_not_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly("triage", str(tmp_path / "none.eml"), "--profile", str(profile_file(DENTIST, tmp_path)))
    assert "after, 7pm, weekdays" not in result.output
    window = rule_window("meetings or events after 7pm on weekdays - family dinner")
    assert window is not None and window.days == frozenset(range(5)) and window.end == time(19)
    assert rule_window("no calls after 6pm") == Window(frozenset(range(7)), time(0), time(18))


def test_a_weekday_coffee_at_half_past_seven_gets_times_before_seven(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Marcus,\n\nDr. Vasquez mentioned you're thinking about a second location - I grew my practice from one "
        "office to five. Could we meet for coffee on Tuesday, December 8 at 7:30 pm?\n\nJanet Ruiz, DDS\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Janet Ruiz <janet@ruizdental.com>", "Coffee")
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday, December 8 at 7:30 pm doesn't work for me" in record["draft"]


# -- one morning, one yes ------------------------------------------------------------------------------------------

STUDY_CLUB = (
    "Dear Dr. Bell,\n\nDr. Priya Raman mentioned you might enjoy our study club: about 14 general dentists and "
    "specialists who meet once a month for a breakfast case presentation - no sponsors, no sales reps.\n\nOur next "
    "meeting is Tuesday, December 8, from 7:00 to 8:30 am at the Driskill Hotel, and we'd be glad to have you as a "
    "guest.\n\nWarmly,\nElena Vasquez, DDS\n"
)


# A goal the study club serves: Dr. Raman only passed his name on, so it serves no goal of hers.
PEERS = """
[[goals]]
kind = "find_community"
description = "A study club of Austin dentists who learn from each other's cases"
targets = ["study club", "general dentists"]
priority = 3
"""


@pytest.mark.parametrize(
    ("offered", "answer"),
    [
        (
            "Tuesday, December 8 at 7:15 am",
            # session 24: a time another yes holds says why, briefly (moved3), not only that it doesn't work
            "Tuesday, December 8 at 7:15 am doesn't work for me, though - I'm already booked then. Would",
        ),
        ("Wednesday, December 9 at 7:15 am", "Wednesday, December 9 at 7:15 am works for me"),
    ],
)
def test_a_breakfast_offered_during_an_event_already_said_yes_to_gets_other_times(
    kindly: Kindly, tmp_path: Path, offered: str, answer: str
) -> None:
    profile = profile_file(DENTIST + PEERS, tmp_path)
    club = eml(
        tmp_path / "1-club.eml",
        STUDY_CLUB,
        sender="Dr. Elena Vasquez <elena@vasquezdentalgroup.com>",
        subject="Invitation: Hill Country Dental Study Club",
        date="Fri, 20 Nov 2026 07:30:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    coffee = eml(
        tmp_path / "2-coffee.eml",
        "Hi Marcus,\n\nI grew my practice from one office to five, and Dr. Vasquez said you're planning a second "
        f"location. Would {offered} work for breakfast on South Congress?\n\nJanet Ruiz, DDS\n",
        sender="Janet Ruiz <janet@ruizdental.com>",
        subject="Breakfast?",
        date="Mon, 23 Nov 2026 07:10:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    first, second = triaged(kindly, club, coffee, profile=profile)
    assert "see you on Tuesday, December 8, from 7:00 to 8:30 am" in first["draft"]
    assert second["decision"] == "accept", second["reason"]
    assert answer in second["draft"]


# -- an offer to buy the practice ------------------------------------------------------------------------------------


def test_an_offer_to_buy_the_practice_is_declined_as_not_for_sale(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dr. Bell,\n\nI lead corporate development at Lone Star Dental Partners, a dental support organization "
        "backed by Crescent Ridge Capital. We would like to discuss a partnership in which we acquire a majority "
        "stake in the practice at an attractive multiple of EBITDA, while you keep clinical autonomy. Would you be "
        "open to a confidential dinner conversation?\n\nRichard Hale\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Richard Hale <rhale@lonestardp.com>", "Confidential")
    assert record["decision"] == "decline", record["reason"]
    assert "I'm not looking to sell the practice, so I'll pass." in record["draft"]
    assert "overview" not in record["draft"]  # an acquirer is no service to pass on


def test_a_pitch_to_acquire_new_patients_is_not_an_offer_to_buy(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Dr. Bell,\n\nWe help family practices acquire new patients with reactivation campaigns for lapsed "
        "patients. Could we set up a 15-minute call?\n\nSam\n"
    )
    record = dentist_reads(kindly, tmp_path, body, "Sam Ortiz <sam@recallboost.com>", "New patients")
    assert "sell the practice" not in record.get("draft", "")
