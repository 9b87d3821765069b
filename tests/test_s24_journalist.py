"""Rosa Lindqvist, a business reporter at The Lakeshore Courier in Milwaukee (session 24): her newsroom's ethics code
is her never-rules, and each must hold as a reporter means it - "free travel, meals or gifts from sources or
companies I cover" is each of those from each of them (not every lunch anyone mentions), a company her goals name
is one she covers, "on my beat" is what she covers, and a PR firm is known by the name it introduces itself with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import reporter_profile, to_reporter
from support import Kindly, profile_file, triaged_one


def _to_rosa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Rosa against her profile."""
    mail = to_reporter(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(reporter_profile(), tmp_path))


# -- 1. "free travel, meals or gifts from sources or companies I cover": whom they are from is every one's --------

MARCUS_LUNCH = (
    "Hi Rosa,\n\nI've been reading your coverage of the Menomonee Valley warehouse market - you clearly know the "
    "space. I'd like to get to know you properly and give you some background on where Brewline is headed in 2027. "
    "Could I take you to lunch at Harbor House one day next week? My treat, of course.\n\nBest,\nMarcus Hale\n"
    "CEO, Brewline Logistics\n"
)


def test_a_lunch_paid_by_a_ceo_she_seeks_is_a_yes_that_pays_her_own_way(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "I have a firm rule against ... so I'll have to pass" to the first source her goals name
    record = _to_rosa(
        kindly, tmp_path, MARCUS_LUNCH, sender="Marcus Hale <marcus.hale@brewline.example>", subject="Lunch?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "pay your own way" in record["reason"]
    draft = str(record["draft"])
    assert "to meet for lunch" in draft
    assert "I have a firm rule against accepting free travel, meals or gifts" in draft
    assert "so I'll pay my own way." in draft
    assert "have to pass" not in draft


def test_a_press_trip_from_a_company_she_seeks_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Rosa,\n\nBrewline Logistics is opening its first West Coast hub in Reno, and we'd be delighted to "
        "host you on a two-day press trip, January 13-14. We'll cover your round-trip flights from Milwaukee, two "
        "nights at the Arcadia Resort and all meals, plus a private tour of the hub with our COO. Could you let us know by December 10 whether you can join us?\n\nAllison Park"
        "\nDirector of Communications, Brewline Logistics\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Allison Park <press@brewline.example>", subject="Press trip to Reno"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "pay my own way" not in record["draft"]


def test_a_lunch_on_a_company_she_covered_but_does_not_seek_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nThank you for your story on our second warehouse - the team loved it. We'd like to take you "
        "to lunch at Harbor House next week to say thanks. Lunch is on us!\n\nTina Vogel\nOwner, Vogel Freight\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Tina Vogel <tina@vogelfreight.example>", subject="Lunch?"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_gift_from_a_company_that_thanks_her_for_its_coverage_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Rosa,\n\nAs the year wraps up, we'd like to thank you for your coverage of the Harbor District. We're "
        "sending over a holiday basket from Wisconsin Cheese Mart and a $100 gift card to the Harbor House. Could you "
        "confirm the best address for delivery - the newsroom or your home?\n\nWarmly,\nThe Lakefront team\n"
    )
    record = _to_rosa(
        kindly,
        tmp_path,
        body,
        sender="Lakefront <events@lakefrontdev.example>",
        subject="A little holiday thank-you",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "gifts from companies I cover" in record["draft"]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Prof. Alan Okafor <aokafor@marquette.example.edu>",
            "Guest speaker for my business reporting class?",
            "Dear Ms. Lindqvist,\n\nI teach Business and Economic Reporting at Marquette. Would you visit the class "
            "in February and talk about how you report on real estate deals? We meet Tuesdays at 11:00; we'd love to "
            "take you to lunch with a few students afterwards.\n\nAlan Okafor\nAssociate Professor\n",
            id="a-professor-who-adds-lunch-after-the-class",
        ),
        pytest.param(
            "Luis Ortega <board@spjmilwaukee.example>",
            "Panel: covering local business without the spin",
            "Hi Rosa,\n\nThe Milwaukee chapter of the Society of Professional Journalists is putting together a panel "
            "for student reporters on covering local business, January 21 at noon at the Marquette Union. Would you "
            "be one of our three panelists? It's unpaid, but lunch is provided.\n\nLuis Ortega, SPJ board\n",
            id="a-journalism-panel-with-lunch-provided",
        ),
    ],
)
def test_a_meal_from_someone_she_does_not_cover_is_no_breach(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    # before: the rule's "meals" stood alone, so any lunch anyone offered was ruled out
    record = _to_rosa(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]


def test_an_event_that_sells_its_tickets_is_no_gift(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Join CREW Milwaukee for our annual holiday mixer on Thursday, December 10, at the Iron Horse Hotel. Connect "
        "with developers, brokers and lenders from Milwaukee's commercial real estate community. Dinner buffet "
        "included.\n\nTickets: $45 for members, $60 for guests.\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="CREW <events@crew.example>", subject="CREW Holiday Mixer"
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 2. "paid speaking or moderating for companies on my beat": a company her goals name is on her beat ----------

PAID_MODERATOR = (
    "Hi Rosa,\n\nCream City Credit Union is hosting its annual Small Business Summit on February 18 at the Pfister "
    "Hotel. We'd love for you to moderate our main-stage panel on access to capital for Milwaukee entrepreneurs. "
    "We offer a $1,500 honorarium plus parking.\n\nCould you let me know if you're interested?\n\nThanks,\nSarah "
    "Jablonski\nMarketing Director, Cream City Credit Union\n"
)


def test_a_paid_panel_from_a_company_on_her_beat_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: accepted as a stage for her credibility goal (the rule needed the word "beat" in the mail)
    record = _to_rosa(
        kindly,
        tmp_path,
        PAID_MODERATOR,
        sender="Sarah Jablonski <sj@creamcitycu.example>",
        subject="Moderator?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "moderating for companies on my beat" in record["draft"]
    # no colleague found for the company's stage: every reporter at the paper keeps the same code
    assert "put them in touch" not in record["draft"] and "pass your details on" not in record["draft"]


def test_a_paid_talk_for_a_journalism_conference_is_not_her_beat(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nThe Midwest Journalism Conference would love you on a panel about covering commercial real "
        "estate, April 9 in Minneapolis. We offer speakers a $300 honorarium and travel costs.\n\nThanks,\nNora\n"
    )
    record = _to_rosa(kindly, tmp_path, body, sender="Nora Berg <nora@mjc.example>", subject="Panel in April")
    assert record["reason_code"] != "never_do", record["reason"]


# -- 3. "off-the-record lunches with PR firms": a firm known by the name it introduces itself with --------------


def test_a_pr_firm_that_introduces_itself_in_the_mail_falls_under_her_pr_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Rosa,\n\nGreg Sutter here from Kessler Strategic Communications - we represent several developers in the "
        "Harbor District. Would you be open to an off-the-record lunch next week? I'd like to walk you through "
        "what's coming in 2027 so you have the full context.\n\nGreg\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Greg Sutter <greg@kessler.example>", subject="Background lunch?"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "off-the-record lunches with PR firms" in record["reason"]


def test_an_off_the_record_coffee_from_a_source_is_no_pr_firm(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Rosa,\n\nI'm still in Harbor Bank's commercial lending group, at our offices downtown. There's something "
        "going on with a few of the big downtown loans you should know about. Could we grab lunch away from "
        "downtown next week? Off the record, at least at first.\n\nD.\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="D. Mercer <dmercer1987@gmail.example>", subject="lunch?"
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 4. a PR pitch whose news is a hire is a pitch, not a recruiter's approach -----------------------------------

STARTUP_PITCH = (
    "Hi Rosa,\n\nI'm reaching out on behalf of Kettle & Crane, a Milwaukee startup that makes scheduling software "
    "for independent restaurants. They just closed a $4M seed round led by Northcoast Ventures and are hiring 15 "
    "people in the Third Ward this spring.\n\nWould you be interested in covering the raise? I can set up an "
    "interview with CEO Priya Banerjee this week.\n\nBest,\nJenna Whitaker\nSenior Account Executive, Brightside "
    "PR\n"
)


def test_a_pitch_about_a_startup_that_is_hiring_is_answered_as_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "A recruiter's approach", and a draft telling a PR person "I'm not looking for a new role"
    record = _to_rosa(
        kindly,
        tmp_path,
        STARTUP_PITCH,
        sender="Jenna Whitaker <jenna@brightsidepr.example>",
        subject="Story idea: Milwaukee startup Kettle & Crane raises $4M seed",
    )
    assert record["reason_code"] == "press_pitch", record["reason"]
    assert "new role" not in record["draft"]
    assert "https://lakeshorecourier.example/rosa/pitching" in record["draft"]  # her page for pitches


def test_a_recruiter_offering_her_a_job_is_still_a_recruiter(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nI'm recruiting for a Director of Corporate Communications at Brewline Logistics here in "
        "Milwaukee. Your knowledge of the local business community would make you a strong candidate. Would you be "
        "open to a confidential conversation this week?\n\nStephanie Cole\nTalentBridge Search\n"
    )
    record = _to_rosa(
        kindly,
        tmp_path,
        body,
        sender="Stephanie Cole <scole@talentbridge.example>",
        subject="Communications role",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] != "press_pitch", record["reason"]


def test_an_agency_recruiting_for_itself_is_no_pitch(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nWe're growing our media relations team at Brightside PR and your reporting background would "
        "make you a great fit for our Senior Account Director role - salary $95-110K. Would you have 20 minutes "
        "for a call?\n\nJenna Whitaker\nBrightside PR\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Jenna <jenna@brightsidepr.example>", subject="A role for you?"
    )
    assert record["reason_code"] != "press_pitch", record["reason"]


# -- 5. "food and drink business" is a trade a newsletter covers, not drinks proposed ------------------------------

SWAP = (
    "Hey Rosa,\n\nI write The Brew City Brief, a weekly newsletter on Milwaukee food and drink business (about "
    "6,500 subscribers). I'm a big fan of Main Street Money. Would you be up for a recommendation swap? I'd "
    "recommend Main Street Money to my readers in my next issue, and you'd mention the Brief in yours.\n\n"
    "Cheers,\nOwen\n"
)


def test_a_newsletter_on_the_food_and_drink_business_proposes_no_drinks(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "I'm only free for meetings between 8:00 am and 11:00 am ..., so drinks is hard for me"
    record = _to_rosa(
        kindly,
        tmp_path,
        SWAP,
        sender="Owen Fitzgerald <owen@brewcitybrief.example>",
        subject="Newsletter swap?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "drinks" not in record["draft"]


def test_drinks_asked_for_after_work_are_still_drinks(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nI'm the CEO of Cream City Credit Union. Could we grab drinks after work one evening next week? "
        "I'd like to hear what you're seeing in small business lending.\n\nDolores Kapinski\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Dolores Kapinski <dk@creamcitycu.example>", subject="Drinks?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "drinks" in record["draft"]


# -- 6. a swap of newsletter recommendations is said yes to as a swap, not as a meeting it never asked for ---------


def test_a_newsletter_swap_is_said_yes_to_without_a_meeting(kindly: Kindly, tmp_path: Path) -> None:
    # before: "I'd be pleased to meet. Would Monday, December 7 at 10:00 am ... work for you?"
    record = _to_rosa(
        kindly, tmp_path, SWAP, sender="Owen Fitzgerald <owen@brewcitybrief.example>", subject="Swap?"
    )
    draft = str(record["draft"])
    assert "Yes - I'd be glad to do a recommendation swap." in draft
    assert "meet" not in draft and "Would Monday" not in draft


def test_a_swap_that_asks_for_a_call_to_plan_it_still_gets_times(kindly: Kindly, tmp_path: Path) -> None:
    body = SWAP.replace("in yours.", "in yours. Could we hop on a quick call next week to plan it?")
    record = _to_rosa(
        kindly, tmp_path, body, sender="Owen Fitzgerald <owen@brewcitybrief.example>", subject="Swap?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "glad to do a recommendation swap" not in str(record["draft"])
    assert "work for you" in str(record["draft"])


# -- 7. "promising or trading coverage for anything - ads, access or favors": a story asked for an ad bought ------


def test_a_story_asked_in_return_for_an_ad_falls_under_her_coverage_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "An event that serves none of your goals" ("coverage for anything" was read as coverage paid for)
    body = (
        "Hi Rosa,\n\nWe're opening our new dealership on Layton Avenue on January 9. We're planning a full-page ad "
        "in the Courier's Sunday edition, and we'd love a story on the opening to run alongside it. Can you make "
        "that happen if we commit to the ad?\n\nRick Malone\nOwner, Malone Auto Group\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Rick Malone <rick@maloneauto.example>", subject="Ad buy"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "trading coverage for anything" in record["draft"]


def test_a_story_pitched_with_nothing_offered_for_it_is_no_trade(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nWe're opening our new dealership on Layton Avenue on January 9 and will have 40 new jobs. "
        "Would you be interested in a story on the opening? Our owner would be glad to talk.\n\nDana Price\n"
    )
    record = _to_rosa(
        kindly, tmp_path, body, sender="Dana Price <dana@maloneauto.example>", subject="Opening"
    )
    assert record["reason_code"] != "never_do", record["reason"]
