"""Twentieth session, a shop owner's review: Rosa Delgado runs Spoke & Chain Cycles, an independent bicycle shop
and repair workshop on Division Street in Portland. She never sponsors events just to have her logo shown, and
she looks for the other independent shops on her street."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import SHOP, to_rosa
from support import Kindly, profile_file, triaged_one

FAIR = "Greg Patel <greg@divisionstreetfair.example>"


def rosa(tmp_path: Path) -> Path:
    return profile_file(SHOP, tmp_path)


def mail(tmp_path: Path, body: str, subject: str, sender: str = FAIR) -> Path:
    return to_rosa(tmp_path / "mail.eml", body, sender=sender, subject=subject)


def decided(kindly: Kindly, tmp_path: Path, body: str, subject: str, sender: str = FAIR) -> dict[str, Any]:
    """The record of Rosa's kindly triaging this mail."""
    return triaged_one(kindly, mail(tmp_path, body, subject, sender), rosa(tmp_path))


# -- "sponsoring events just for logo placement": a sponsorship sold as "your logo on ..." -----------------------


def test_a_street_fair_sponsorship_whose_return_is_her_logo_on_its_posters_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nThe Division Street Winter Fair is back on Saturday, December 12 from 11 to 4! As a neighbour on"
        " the street, we'd love Spoke & Chain to be a sponsor. For $250 your logo goes on our posters and the banner"
        " at the Clinton entrance.\n\nLet me know!\nGreg Patel\nDivision Street Winter Fair committee"
    )
    record = decided(kindly, tmp_path, body, "Be a sponsor of the Division Street Winter Fair")
    assert record["decision"] == "decline"
    assert (
        record["reason"] == "You never sponsor events just for logo placement."
    )  # (session 23: was "You never do sponsoring ...")
    assert "I have a firm rule against sponsoring events just for logo placement" in record["draft"]
    assert "Count me in" not in record["draft"]


def test_sponsorship_tiers_that_put_her_logo_on_race_shirts_are_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hello Spoke & Chain Cycles!\n\nThe Portland Holiday Lights Run returns on December 19 with 4,000 runners!"
        " We're offering local businesses exclusive sponsorship packages:\n\n- Gold ($1,500): your logo on every race"
        " T-shirt and the finish-line banner\n- Bronze ($300): logo on the website\n\nReply to reserve your package!"
        "\n\nThe Holiday Lights Run Team"
    )
    sender = "Events Team <sponsors@holidaylightsrun.example>"
    record = decided(kindly, tmp_path, body, "Sponsorship opportunity", sender)
    assert record["decision"] == "decline"
    assert (
        record["reason"] == "You never sponsor events just for logo placement."
    )  # (session 23: was "You never do sponsoring ...")
    assert "web design" not in record["draft"]  # nothing in it is about web design


def test_a_sponsorship_that_buys_no_logo_is_not_declined_by_the_logo_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a sponsor asked for bikes for a school ride, thanked in person - no logo shown anywhere
    body = (
        "Hi Rosa,\n\nWould you sponsor two loaner bikes for Abernethy Elementary's bike to school day on Friday,"
        " December 11? The kids who don't have a bike would ride them with us.\n\nCarla Jimenez\nAbernethy Elementary"
    )
    sender = "Carla Jimenez <cjimenez@pps.example>"
    record = decided(kindly, tmp_path, body, "Sponsor two bikes?", sender)
    assert "logo placement" not in record["reason"]


def test_a_logo_designed_for_an_event_is_no_logo_placement(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "logo" and "sponsor" said, but the logo is the fair's own, asked to be designed - not hers placed
    body = (
        "Hi Rosa,\n\nOur sponsors are all set for the Winter Fair. Could you help us design a logo for the fair"
        " itself? A bike wheel as a snowflake maybe. Coffee is on me - Sunday morning at the cafe?\n\nGreg"
    )
    record = decided(kindly, tmp_path, body, "A logo for the fair?")
    assert "logo placement" not in record["reason"]


# -- "a few of us shop owners ... are getting together": a gathering of peers, not a coffee for two ---------------


def text_message(tmp_path: Path, words: str, sender: str = "Mai Tran") -> Path:
    path = tmp_path / "sms.txt"
    path.write_text(
        f"From: {sender} (Text message)\nDate: Mon, 30 Nov 2026 20:15:00 -0800\n\n{words}\n", "utf-8"
    )
    return path


def test_a_neighbours_text_asking_her_to_a_gathering_of_shop_owners_on_her_street_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    words = (
        "hi neighbour! a few of us shop owners on Division are getting together Sunday 12/6 at 9am at the cafe to plan"
        " the holiday window walk. coffee + pastries on me. you in??"
    )
    record = triaged_one(kindly, text_message(tmp_path, words), rosa(tmp_path))
    assert record["intent"] == "community_invitation"
    assert record["decision"] == "accept"
    assert record["reason"].startswith("Serves your find community goal")
    assert "pass" not in record["draft"]
    # the yes answers "you in??": it is not left as a question for her
    shown = kindly("show", str(record["id"]), "--profile", str(rosa(tmp_path))).stdout
    assert "Questions for you to answer" not in shown


def test_a_few_friends_getting_together_for_a_birthday_stays_personal_plans(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same words for a group, but a birthday among friends
    words = "a few of us are getting together for Sam's birthday at my place Saturday night, you in??"
    record = triaged_one(kindly, text_message(tmp_path, words), rosa(tmp_path))
    assert record["intent"] != "community_invitation"


def test_one_persons_coffee_is_still_a_coffee(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "get together" said by one person for two is no gathering of peers
    words = "hey Rosa, could we get together for a coffee one morning this week? I'd love to pick your brain, you in?"
    record = triaged_one(kindly, text_message(tmp_path, words, "Nina Shaw"), rosa(tmp_path))
    assert record["intent"] != "community_invitation"


# -- "family" of the cause a charity serves is not the sender's own family ---------------------------------------


def test_a_shelters_raffle_request_for_family_housing_is_declined_as_a_gift_not_left_as_personal_plans(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Spoke & Chain team,\n\nPortland Family Shelter is holding our annual Winter Gala on Saturday, December 12,"
        " and we're collecting prizes for the raffle. Would you consider donating a gift card or a tune-up voucher?"
        " Last year local businesses donated over 60 prizes and raised $18,000 for family housing.\n\nIf you can"
        " help, we'd need the item by December 5.\n\nWarmly,\nLinda Park\nEvents Coordinator, Portland Family Shelter"
    )
    sender = "Linda Park <linda@pdxfamilyshelter.example>"
    record = decided(kindly, tmp_path, body, "Raffle prize donation for our Winter Gala?", sender)
    assert record["reason_code"] != "personal"
    assert record["decision"] == "decline"
    assert "I'm not able to donate this time" in record["draft"]


def test_a_friends_sunday_lunch_with_the_family_stays_personal_plans(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the sender's own family, asked to a meal
    body = "Rosa! Come for lunch with the family on Sunday, December 6 - Dad's making tamales. Let me know!\n\nLucia"
    sender = "Lucia Ortega <lucia.ortega@gmail.example>"
    record = decided(kindly, tmp_path, body, "Sunday lunch?", sender)
    assert record["decision"] == "ignore"
    assert record["reason_code"] == "personal"


# -- a length of time asked for ("half an hour") is no question about her opening hours ---------------------------

SCHOOL = "Carla Jimenez <cjimenez@pps.example>"


def test_a_teacher_asking_to_meet_for_half_an_hour_is_not_told_the_shops_opening_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nWe're starting to plan Bike to School month for May at Abernethy Elementary and I'd love your help"
        " again. Could we meet for half an hour to plan it? I'm at school from 7:30, so an early morning before the"
        " bell works best for me.\n\nCarla Jimenez\nSafe Routes Coordinator, Abernethy Elementary"
    )
    record = decided(kindly, tmp_path, body, "Planning spring Bike to School month", SCHOOL)
    assert record["decision"] == "accept"
    assert "We're open Tuesday to Saturday" not in record["draft"]


def test_a_question_about_her_hours_still_gets_her_answer(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "your hours" is asked, with a length of time elsewhere in the mail
    body = (
        "Hi Rosa,\n\nI'm the office manager at Rose City Grocers and we'd like a quote for servicing our 14 cargo bikes."
        " Could we meet for an hour at our depot one morning? And what are your hours on Saturdays, in case a bike"
        " breaks down?\n\nPriya Nair\nOperations Lead, Rose City Grocers Co-op"
    )
    sender = "Priya Nair <priya@rosecitygrocers.example>"
    record = decided(kindly, tmp_path, body, "Quote for our cargo bike fleet", sender)
    assert record["decision"] == "accept"
    assert "We're open Tuesday to Saturday, 10 to 6, closed Sunday and Monday." in record["draft"]


# -- the sender's own website is where they show what they sell, not web design on offer ---------------------------

GUIDE = "Kim Lee <kim@pdxgiftguide.example>"


def test_a_gift_guide_that_shows_her_on_its_own_website_is_not_declined_as_web_design(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nOur Portland Holiday Gift Guide goes out to 30,000 readers on December 10. For $95 we'll feature"
        " one of your gift ideas in the printed guide and on our website for a month. Interested? Just reply with a"
        " photo.\n\nKim Lee\nPDX Gift Guide"
    )
    record = decided(kindly, tmp_path, body, "Be in our Holiday Gift Guide", GUIDE)
    assert record["decision"] == "decline"
    assert "web design" not in record["draft"]


def test_a_web_designer_who_shows_work_on_their_own_site_is_still_read_as_web_design(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the sender's own site is mentioned, and a website for her is what is sold
    body = (
        "Hi Rosa,\n\nI build websites for independent shops - you can see a few on our website. I'd love to redesign"
        " your website - our packages start at $1,200. Do you have 15 minutes for a call this week?\n\nSam\nPixel"
        " Spoke Studio"
    )
    sender = "Sam Fox <sam@pixelspoke.example>"
    record = decided(kindly, tmp_path, body, "A new website for Spoke & Chain?", sender)
    assert record["decision"] == "decline"
    assert "web design" in record["draft"]


def test_are_you_in_the_association_is_still_a_question_for_her(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "are you in ...?" asks where she belongs, which no yes answers
    words = (
        "hi neighbour! a few of us shop owners on Division are getting together Sunday 12/6 at 9am at the cafe to plan"
        " the holiday window walk. you in?? Are you in the Division-Clinton business association yet?"
    )
    record = triaged_one(kindly, text_message(tmp_path, words), rosa(tmp_path))
    shown = kindly("show", str(record["id"]), "--profile", str(rosa(tmp_path))).stdout
    assert "Are you in the Division-Clinton business association yet?" in shown


# -- card processing sold to her is a trade she has a provider for ---------------------------------------------------


def test_a_card_processing_pitch_is_declined_because_she_already_has_a_processor(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nRetailers like Spoke & Chain are overpaying 1-2% on every card swipe. SwiftPay offers flat-rate"
        " processing at 1.9% with free terminals and next-day deposits.\n\nI'd love to buy you a coffee and do a free"
        " statement review - it only takes 20 minutes.\n\nDerek Hall\nMerchant Services, SwiftPay Solutions"
    )
    sender = "Derek Hall <derek.hall@swiftpay.example>"
    record = decided(kindly, tmp_path, body, "Cut your card processing fees by 40%", sender)
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"
    assert "For payment processing, I already work with a provider I'm very happy with" in record["draft"]


def test_a_fleet_client_who_asks_about_card_fees_is_still_a_client(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: card processing said by a client paying her, not sold to her
    body = (
        "Hi Rosa,\n\nWe run 14 cargo bikes for home deliveries and need someone to maintain the fleet. Could you give"
        " us a quote for a quarterly service? We'd pay by card - is there a card processing fee?\n\nPriya Nair\n"
        "Operations Lead, Rose City Grocers Co-op"
    )
    sender = "Priya Nair <priya@rosecitygrocers.example>"
    record = decided(kindly, tmp_path, body, "Quote for our cargo bike fleet", sender)
    assert record["decision"] == "accept"
