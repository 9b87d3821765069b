"""Drafts' wording, round three (session 23): a fan who thanks the user for her video hears she is glad it
helped, a no quotes the part of a never-rule that applied, a seller who rewards recommendations is promised no
one, a rule is told back in plain English ("You're never a judge"), and a yes to a call says "speak to you"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rule_parts import you_never_do
from kindly.decide.rules import part_that_held
from kindly.model import Intent
from kindly.reply.calendar_reply import a_call_on_the_day
from kindly.reply.rewarded_referrals import rewards_referrals
from kindly.reply.thanked_for_work import glad_it_helped
from kindly.reply.wording import formally
from personas import creator_profile, job_seeker_profile, literary_agent_profile, to_jasmine, to_miriam
from support import Kindly, incoming, profile_file, triaged_one

# -- 1. a fan who thanks her for her work hears, in a clause, that she is glad it helped ---------------------------


def _fan_to_jasmine(kindly: Kindly, tmp_path: Path, words: str) -> dict[str, Any]:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        f"From: Daniel Ortega (Instagram @dan.ortega.la)\nSubject: Instagram DM\n"
        f"Date: Sun, 29 Nov 2026 10:03:00 -0800\n\n{words}\n"
    )
    return triaged_one(kindly, dm, profile_file(creator_profile(), tmp_path))


COFFEE = (
    " I live in Koreatown - any chance I could buy you a coffee sometime? I'd love to hear how you grew your "
    "channel to where it is now."
)


def test_a_fan_who_says_her_video_helped_him_hears_she_is_glad_it_did(kindly: Kindly, tmp_path: Path) -> None:
    words = "Hi Jasmine! Huge fan, your credit card video literally helped me pay off $6k this year." + COFFEE
    record = _fan_to_jasmine(kindly, tmp_path, words)
    assert record["decision"] == "decline", record["reason"]
    assert "I'm so glad the video helped." in record["draft"], record["draft"]


def test_a_fan_who_thanks_her_for_nothing_she_made_hears_no_praise(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a fan's coffee with no work of hers said to have helped - no gladness invented
    words = (
        "Hi Jasmine! Huge fan, I've watched every one of your credit card videos this year. I live in Koreatown - "
        "any chance I could buy you a coffee sometime? I'd love to ask you a few questions about how you got "
        "started on YouTube."
    )
    record = _fan_to_jasmine(kindly, tmp_path, words)
    assert record["decision"] == "decline", record["reason"]
    assert "glad the" not in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        pytest.param(
            "Your budgeting course changed my life.", "I'm so glad the course helped.", id="changed"
        ),
        pytest.param(
            "Thanks to your podcast I finally started investing.",
            "I'm so glad the podcast helped.",
            id="thanks-to",
        ),
        pytest.param(
            "I watched your video on credit cards and would love to collaborate.", "", id="watched-only"
        ),
        pytest.param("Your team helped us set up the booth last year.", "", id="not-her-work"),
        pytest.param("Could your video help my students? Let's talk.", "", id="a-question"),
    ],
)
def test_only_work_said_to_have_helped_is_answered_with_gladness(text: str, clause: str) -> None:
    assert glad_it_helped(text) == clause


# -- 2. a no quotes the part of a never-rule that applied ------------------------------------------------------

RULE = "crypto, gambling or pharmaceutical promotions"
PHARMA_PITCH = (
    "Hi Jasmine,\n\nI lead influencer marketing at Novacardia Pharmaceuticals. We'd love a paid partnership: one "
    "sponsored video promoting our new prescription allergy medication to your audience. Budget is $12k. Could we "
    "set up a call?\n\nRyan\n"
)
CRYPTO_PITCH = (
    "Hi Jasmine,\n\nCoinNest is a crypto exchange for Gen Z. We'd pay $15k for one dedicated video promoting the "
    "app. Call this week?\n\nTy\n"
)


@pytest.mark.parametrize(
    ("pitch", "sender", "said", "unsaid"),
    [
        pytest.param(
            PHARMA_PITCH, "Ryan <ryan@novacardia.example>", "pharmaceutical promotions", "crypto", id="pharma"
        ),
        pytest.param(
            CRYPTO_PITCH, "Ty <ty@coinnest.example>", "crypto promotions", "pharmaceutical", id="crypto"
        ),
    ],
)
def test_a_promotion_declined_by_a_listed_rule_hears_only_the_part_that_applied(
    kindly: Kindly, tmp_path: Path, pitch: str, sender: str, said: str, unsaid: str
) -> None:
    mail = to_jasmine(tmp_path / "m.eml", pitch, sender=sender, subject="Paid partnership")
    record = triaged_one(kindly, mail, profile_file(creator_profile(never=[RULE]), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert f"I have a firm rule against {said}," in record["draft"], record["draft"]
    assert unsaid not in record["draft"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Promote our online casino in one video?", "gambling promotions", id="gambling-promoted"
        ),
        # near misses: two parts held, or the shared noun unsaid ("crypto" alone names no promotion)
        pytest.param("Promote our crypto casino app in a video?", RULE, id="two-parts"),
        pytest.param("CoinNest is a crypto exchange. Want to join our team?", RULE, id="no-promotion-said"),
        # a kind of ask of its own keeps the whole rule: "weekends" borrows no "events"
        pytest.param("Our evening events need a host.", "evening events", id="last-part"),
    ],
)
def test_which_part_of_a_listed_rule_a_message_made(text: str, said: str) -> None:
    rule = "weekends or evening events" if said == "evening events" else RULE
    assert part_that_held(rule, text, Intent.SALES_PITCH) == said


# -- 3. a seller who rewards her for sending her authors is promised no one -------------------------------------

BOOK_LAUNCH_PITCH = (
    "Hi Miriam,\n\nQuick question - are your debut authors getting the launch they deserve?\n\nBookLaunchBoost runs "
    "done-for-you launch campaigns for debut authors: Amazon ads, BookTok creators, newsletter swaps and review "
    "teams. Our last 12 launches averaged 340 reviews in the first month.\n\nAgents who recommend us to their "
    "authors get a free launch audit for their list. Worth a 15-minute chat this week?\n\nKayla Brooks\n"
    "Growth Lead | BookLaunchBoost\n"
)
PUBLICIST_PITCH = (
    "Hi Miriam,\n\nI'm Rosa Lind, a book publicist at Lantern PR: review copies, radio interviews and festival "
    "bookings for literary debuts, from $4,500 a campaign. Worth a 15-minute chat this week?\n\nRosa Lind\n"
    "Lantern PR\n"
)
PASSED_ON = ("point them your way", "pass them on", "pass your name on", "overview")


def _pitch_to_miriam(
    kindly: Kindly, tmp_path: Path, body: str, sender: str = "Kayla Brooks <kayla@booklaunchboost.io>"
) -> dict[str, Any]:
    mail = to_miriam(
        tmp_path / "mail.eml", body, sender=sender, subject="Get your authors onto bestseller lists"
    )
    return triaged_one(kindly, mail, profile_file(literary_agent_profile(), tmp_path))


def test_a_launch_scheme_that_rewards_her_for_recommending_it_is_promised_no_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pitch_to_miriam(kindly, tmp_path, BOOK_LAUNCH_PITCH)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For book publicity, I already work with someone" in record["draft"]
    assert not any(offer in record["draft"] for offer in PASSED_ON), record["draft"]


def test_a_publicist_who_rewards_nothing_may_still_be_passed_on(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a seller of what she has who buys nothing of hers - the overview to pass on stands
    record = _pitch_to_miriam(kindly, tmp_path, PUBLICIST_PITCH, sender="Rosa Lind <rosa@lanternpr.example>")
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "overview" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("text", "rewarded"),
    [
        ("Refer your clients to us and earn a $200 credit.", True),
        ("We pay $200 for every client you refer.", True),
        ("Many agents recommend us because we get results.", False),
        ("Agents who recommend us say we get results.", False),
        ("If any of your authors ever need publicity, I'd love to hear from them.", False),
    ],
)
def test_a_reward_for_recommending_is_read_only_where_the_one_who_refers_gets_it(
    text: str, rewarded: bool
) -> None:
    assert rewards_referrals(text) is rewarded


# -- 4. a never-rule is told back in plain English --------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ("being a judge", "You're never a judge"),
        ("being a judge at pitch competitions", "You're never a judge at pitch competitions"),
        ("giving talks, or paying for stands", "You never give talks, or pay for stands"),
        ("endorsing products or accepting gifts", "You never endorse products or accept gifts"),
        # near misses: a later thing in -ing is what the doing is done to; a rule of things keeps "do"
        (
            "paying for stands, booths or networking events",
            "You never pay for stands, booths or networking events",
        ),
        ("sponsoring or networking events", "You never do sponsoring or networking events"),
        ("calls on Fridays", "You never do calls on Fridays"),
    ],
)
def test_a_never_rule_of_doings_is_told_back_by_each_verb(rule: str, told: str) -> None:
    assert you_never_do(rule) == told


def test_a_rule_of_being_reads_well_mid_sentence() -> None:
    assert you_never_do("being a judge", mid_sentence=True) == "you're never a judge"


# -- 5. a yes to a call says "speak to you", not "see you" -----------------------------------------------------

SCREEN_ICS = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "UID:screen-7@calendar.example",
    "DTSTAMP:20261125T180000Z",
    "DTSTART;TZID=America/Chicago:20261203T140000",
    "DURATION:PT30M",
    "SUMMARY:Phone screen: Data Scientist - QuantLeap",
    "DESCRIPTION:Recruiter phone screen for the Data Scientist role.",
    "ORGANIZER;CN=Jess Morgan:mailto:jess.morgan@quantleap.example.com",
    "ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman@fastmail.example",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
]


def test_a_yes_to_a_phone_screen_says_speak_to_you(kindly: Kindly, tmp_path: Path) -> None:
    invite = tmp_path / "screen.ics"
    invite.write_text("\r\n".join(SCREEN_ICS))
    record = triaged_one(kindly, invite, profile_file(job_seeker_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "speak to you on Thursday, December 3" in record["draft"], record["draft"]
    assert "see you" not in record["draft"]


@pytest.mark.parametrize(
    ("subject", "a_call"),
    [
        ("Phone screen: Data Scientist - QuantLeap", True),
        ("Zoom: intro with Sam", True),
        ("Video call with the hiring manager", True),
        # near misses: met in person, or a call for speakers
        ("Call for speakers: DataConf 2027", False),
        ("Seattle data science meetup", False),
        ("Coffee at Blue Bottle", False),
    ],
)
def test_a_yes_confirms_a_call_only_where_its_title_names_one(subject: str, a_call: bool) -> None:
    assert a_call_on_the_day(incoming("See you there.", subject=subject)) is a_call


def test_a_formal_yes_to_a_call_looks_forward_to_speaking() -> None:
    said = formally("Count me in - speak to you on Thursday, December 3 at 2:00 pm.")
    assert (
        said
        == "I would be glad to join, and I look forward to speaking with you on Thursday, December 3 at 2:00 pm."
    )
