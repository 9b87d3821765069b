"""Paying clients kept, as a code review of the thirteenth session found them dropped: each case is a short mail of
the review's, run through `kindly triage` as a user runs it, failing before its fix.

Money the sender pays the user is no scam (a couple paying with the photographer's own gift card, a board chair
asking the facilitator's fee); a person named Hon, a bridal boutique or a doctor's practice on gmail claims no
public office, and a contact the user wrote to is never doubted; a compliment on a photo's exposure, another trade's
missing budget or a stated day rate is no unpaid work; a fee the sender charges is no pay to the user; and a
stranger who works with wedding photographers has no personal plans with the user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import money_asked, pays_you, personal_cue
from kindly.decide.words import claims_an_office
from support import PHOTOGRAPHER, Kindly, eml, profile_file, triaged, triaged_one

FACILITATOR = """
[user]
name = "Ruth Adeyemi"
email = "ruth@adeyemifacilitation.co.uk"
signature = "Ruth"
tone = "warm"
date_style = "international"
weekly_networking_hours = 4

[[goals]]
kind = "find_clients"
description = "Boards and leadership teams who need an independent facilitator for strategy away-days and board meetings"
targets = ["boards", "leadership teams", "charities"]
priority = 1
"""

HR_CONSULTANT = """
[user]
name = "Sophie Turner"
email = "sophie@turnerhr.co.uk"
signature = "Sophie"
tone = "warm"
date_style = "international"
weekly_networking_hours = 4

[[goals]]
kind = "find_clients"
description = "Small businesses in Leeds that need outsourced HR support or interim HR leadership"
targets = ["small businesses", "interim HR", "Leeds"]
priority = 1

[[never]]
what = "unpaid work"
"""

COUNCILLOR = """
[user]
name = "Aroha Bennett"
email = "aroha.bennett@dcc.govt.nz"
signature = "Aroha"
weekly_networking_hours = 8

[[goals]]
kind = "amplify_campaign"
description = "Build support for the Dunedin harbour cycleway before the council vote in March"
targets = ["community groups", "local media", "harbour cycleway", "mayors"]
priority = 1
"""

WEDDING = (
    "Hi Maya,\n\nMy partner and I are getting married on September 18, 2027 at a vineyard near Woodinville and we "
    "love your work. Could you send us your wedding packages and pricing? We're hoping for about eight hours of "
    "coverage.\n\nThanks,\n{name}"
)


def triage(
    kindly: Kindly, tmp_path: Path, toml: str, sender: str, subject: str, body: str, to: str
) -> dict[str, Any]:
    path = eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        to=to,
        date="Mon, 30 Nov 2026 10:00:00 +0000",
        message_id="m1@sender.example",
    )
    return triaged_one(kindly, path, profile=profile_file(toml, tmp_path))


def to_maya(kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str) -> dict[str, Any]:
    return triage(kindly, tmp_path, PHOTOGRAPHER, sender, subject, body, "maya@lindqvistphoto.com")


# -- 1. money the sender pays the user is no scam ---------------------------------------------------------------


def test_a_couple_paying_part_of_the_fee_with_her_own_gift_card_is_a_client_not_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Maya,\n\nMy fiance and I just got engaged and we'd love to book an engagement session with you in the "
        "spring. My sister gave us one of your gift cards for Christmas - can we pay part of the fee with the gift "
        "card?\n\nAlso, what are your wedding packages for next September?\n\nThanks so much,\nJenna"
    )
    record = to_maya(
        kindly, tmp_path, "Jenna Morales <jenna.morales@gmail.com>", "Engagement session inquiry", body
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "scam" not in record["reason"] and record["draft"] is not None


def test_a_board_chair_asking_the_facilitators_fee_for_a_board_meeting_is_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Ruth,\n\nI chair the board of Northfield Trust and we're planning a strategy away-day in March. A "
        "colleague recommended you. Could you let me know your facilitation fee for a full-day board meeting, and "
        "whether you'd have time for a short call next week to discuss it?\n\nBest wishes,\nTom Hargreaves\n"
        "Chair, Northfield Trust"
    )
    record = triage(
        kindly,
        tmp_path,
        FACILITATOR,
        "Tom Hargreaves <tom.hargreaves@northfieldtrust.org.uk>",
        "Facilitating our March board away-day",
        body,
        "ruth@adeyemifacilitation.co.uk",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "it asks you to pay" not in record["reason"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        pytest.param(
            "We'd like to buy 20 of your gift cards for our staff, and could you email us the codes?",
            None,
            id="a client buying her gift cards",
        ),
        pytest.param("Could we pay the deposit with a gift card?", None, id="a client paying with one"),
        pytest.param(
            "Is there an appointment fee for the first meeting?", None, id="a client asking her fee"
        ),
        pytest.param(
            "We will pay your facilitation fee for the board meeting.", None, id="the sender paying her fee"
        ),
        pytest.param(
            "I need you to buy gift cards and send me the codes.",
            "buy gift cards and send me the codes",
            id="the reader told to buy them",
        ),
        pytest.param(
            "We need you to pay the release fee in Steam gift cards before the meeting.",
            "in Steam gift cards",
            id="the reader told to pay in them",
        ),
        pytest.param(
            "Please pay your security fee of $200 before the appointment with the Minister.",
            "security fee of $200 before the appointment",
            id="a fee the reader owes",
        ),
        pytest.param(
            "Could you pick up four Apple gift cards and send me the codes? I'll pay you back when we meet.",
            "pick up four Apple gift cards and send me the codes",
            id="bought for the sender, paid back later",
        ),
        pytest.param(
            "We'll pay you back, just buy two Steam gift cards and send the codes today.",
            "buy two Steam gift cards and send the codes",
            id="paid back in the same sentence",
        ),
        pytest.param(
            "Could you pay the fee using your iTunes gift cards?",
            "using your iTunes gift cards",
            id="the reader's own gift cards as payment",
        ),
        pytest.param(
            "The facilitation fee must be paid before you can meet the Minister.",
            "facilitation fee must be paid before you can meet",
            id="a fee the reader pays to meet",
        ),
    ],
)
def test_money_asked_is_money_the_reader_is_asked_to_pay(text: str, asked: str | None) -> None:
    assert money_asked(text) == asked


# -- 2. a person, a business or a practice on webmail claims no public office ------------------------------------


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        pytest.param("Hon Nguyen <hon.nguyen88@gmail.com>", "Hon", id="a person named Hon"),
        pytest.param(
            "Premier Bridal Boutique <premierbridalboutique@gmail.com>",
            "Sofia",
            id="a business named Premier",
        ),
        pytest.param('"Dr. Patel\'s Office" <drpateloffice@gmail.com>', "Priya", id="a doctor's practice"),
    ],
)
def test_a_client_on_webmail_whose_name_holds_a_title_word_is_still_a_client(
    kindly: Kindly, tmp_path: Path, sender: str, name: str
) -> None:
    record = to_maya(
        kindly, tmp_path, sender, "Wedding photography for September 2027", WEDDING.format(name=name)
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "public office" not in record["reason"]
    # ...and never greeted by a title it is not: Hon Nguyen, who signs "Hon", is "Hi Hon,"
    assert "Hon Nguyen" not in record["draft"] and "Office" not in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("name", "office"),
    [
        pytest.param("Ambassador Realty", None, id="a business"),
        pytest.param("Joe Mayor", None, id="a surname"),
        pytest.param("Grace Church Minister", None, id="a church's minister"),
        pytest.param("MP Studios", None, id="initials"),
        pytest.param("Government Street Bakery", None, id="a street"),
        pytest.param("Office of Hon. Tama Whiu", "Office of Hon.", id="an official's office"),
        pytest.param(
            "Office of the Minister for Transport", "Office of the Minister", id="a minister's office"
        ),
        pytest.param("Ministerial Office", "Ministerial Office", id="ministerial"),
        pytest.param("The Mayor's Office", "The Mayor's Office", id="the mayor's"),
        pytest.param("Rt Hon Chris Bishop", "Rt Hon", id="a title of office"),
    ],
)
def test_an_office_claimed_is_an_officials_office_not_a_word_in_a_name(name: str, office: str | None) -> None:
    assert claims_an_office(f"{name} <someone@gmail.com>") == office


def test_a_mayors_office_the_user_wrote_to_is_answered_whatever_its_address(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a small town's mayor's office on gmail, which the councillor wrote to first: a contact, not a stranger
    # borrowing a title
    office = "Office of the Mayor <waitaki.mayorsoffice@gmail.com>"
    asked = eml(
        tmp_path / "1.eml",
        "Kia ora,\n\nCould the Mayor spare half an hour to talk about the harbour cycleway and how mayors across "
        "Otago might support it?\n\nNgā mihi,\nAroha",
        sender="Aroha Bennett <aroha.bennett@dcc.govt.nz>",
        to=office,
        subject="Harbour cycleway",
        date="Mon, 23 Nov 2026 09:00:00 +1300",
        message_id="ask@dcc.govt.nz",
    )
    answer = eml(
        tmp_path / "2.eml",
        "Kia ora Aroha,\n\nThe Mayor would be glad to meet about the harbour cycleway and how other mayors can "
        "support it. Would Thursday 10 December at 2pm suit you?\n\nNgā mihi,\nMere Tipene\nOffice of the Mayor",
        sender=office,
        to="aroha.bennett@dcc.govt.nz",
        subject="Re: Harbour cycleway",
        date="Tue, 1 Dec 2026 09:00:00 +1300",
        message_id="reply@gmail.com",
        in_reply_to="ask@dcc.govt.nz",
        references=["ask@dcc.govt.nz"],
    )
    records = triaged(kindly, asked, answer, profile=profile_file(COUNCILLOR, tmp_path))
    reply = records[-1]
    assert reply["reason_code"] not in ("unverified", "scam"), reply["reason"]
    assert "public office" not in reply["reason"]


# -- 3. a photo's exposure, another trade's budget, a stated day rate: paid work ---------------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Daniel Okafor <daniel.okafor@outlook.com>",
            "Booking you for our wedding",
            "Hi Maya,\n\nWe saw the photos you took at my cousin's wedding in that dark old church - such great "
            "exposure and colour even by candlelight. We're getting married in Tacoma in August 2027 and would love "
            "to book you. What do your full-day packages cost?\n\nBest,\nDaniel",
            id="a compliment on exposure",
        ),
        pytest.param(
            "Leah Brennan <leah.brennan@outlook.com>",
            "Wedding photographer for June 2027?",
            "Hi Maya,\n\nWe're getting married in Seattle in June 2027 and would love to hire you for the day. We "
            "don't have a budget for videography, so the photos really matter to us. Could you send your wedding "
            "packages and prices?\n\nThanks!\nLeah",
            id="no budget for another trade",
        ),
    ],
)
def test_a_couple_booking_her_is_not_unpaid_work(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = to_maya(kindly, tmp_path, sender, subject, body)
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "unpaid" not in record["draft"]


def test_an_interim_role_at_a_stated_day_rate_with_exposure_to_the_board_is_paid_work(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Sophie,\n\nWe're a 60-person engineering firm in Leeds and need an interim HR lead for six months, three "
        "days a week, while we recruit. The day rate is £550, and you'd get great exposure to our board as we "
        "restructure. Could we have a call next week to talk it through?\n\nBest,\nRaj Patel\nManaging Director, "
        "Kirkgate Engineering"
    )
    record = triage(
        kindly,
        tmp_path,
        HR_CONSULTANT,
        "Raj Patel <raj.patel@kirkgateengineering.co.uk>",
        "Interim HR lead - 6 months",
        body,
        "sophie@turnerhr.co.uk",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "unpaid" not in record["draft"]


def test_no_budget_for_her_own_trade_is_still_unpaid_work(kindly: Kindly, tmp_path: Path) -> None:
    # the same words about the photographer's own trade, with no exposure offered, still fall under her rule
    body = (
        "Hi Maya! We'd love for you to shoot our spring bridal lookbook, a full day in March. We don't have a budget "
        "for photography this time. Interested?\n\nTessa"
    )
    record = to_maya(kindly, tmp_path, "Tessa Lund <tessa@willowandlace.example.com>", "Lookbook shoot", body)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


# -- 4. a fee the sender charges is no pay to the user ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        pytest.param("Our fee is $150 for the session, payable in advance.", "", id="charged in advance"),
        pytest.param(
            "The fee is £350 for the session, which includes your stand - payable on booking.",
            "",
            id="on booking",
        ),
        pytest.param("We'll offer you $200 in advertising credit when you list with us.", "", id="credit"),
        pytest.param("Our budget is $2,000 for the workshop venue.", "", id="a venue's budget"),
        pytest.param(
            "Our budget is $2,000 for the workshop.", "budget is $2,000 for the workshop", id="paid"
        ),
        pytest.param(
            "Our rate is $0.60/word, payable on publication.", "$0.60/word", id="paid on publication"
        ),
    ],
)
def test_a_fee_the_sender_charges_is_not_pay_to_the_user(text: str, paid: str) -> None:
    assert pays_you(text) == paid


def test_a_summit_that_charges_for_a_session_with_a_stand_is_not_taken_as_paying_her(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Sophie,\n\nWe'd love you to run a 45-minute session on hybrid working for small businesses at the "
        "Northern HR Summit in Leeds on Thursday 4 March. The fee is £350 for the session, which includes your "
        "exhibitor stand and two delegate passes - payable on booking.\n\nBest,\nHelen Marsh\nProgramme Manager, "
        "Northern HR Summit"
    )
    record = triage(
        kindly,
        tmp_path,
        HR_CONSULTANT,
        "Helen Marsh <helen@northernhrsummit.co.uk>",
        "Speaking at the Northern HR Summit",
        body,
        "sophie@turnerhr.co.uk",
    )
    # weighed as the networking it is, against the usual bar: never as paid work for her
    assert "pays you" not in record["reason"], record["reason"]
    assert record["decision"] == "decline", record["reason"]


# -- 5. a wedding of their own is personal plans; the wedding trade is not -------------------------------------


def test_a_coach_who_works_with_wedding_photographers_has_no_personal_plans_with_her(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Maya,\n\nI'm a business coach who works with wedding photographers, and I'd love to grab a coffee in "
        "Seattle next week to hear how your season went. Full disclosure: my rate is $150 per session for coaching, "
        "but this first coffee is just to get to know each other.\n\nCheers,\nBrooke"
    )
    record = to_maya(kindly, tmp_path, "Brooke Sanders <brooke@brightpathcoaching.com>", "Coffee?", body)
    assert record["reason_code"] != "personal", record["reason"]
    assert record["draft"] is not None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Are you coming to our wedding in June?", "our wedding", id="their wedding"),
        pytest.param("See you at the wedding!", "the wedding", id="the wedding"),
        pytest.param("Sam's wedding was lovely", "Sam's wedding", id="a friend's"),
        pytest.param("I work with the wedding planners in town", None, id="a trade"),
        pytest.param("Our wedding season is nearly over", None, id="the season"),
        pytest.param("I'm a wedding planner in Tacoma", None, id="a planner"),
    ],
)
def test_a_wedding_is_personal_only_as_someones_own(text: str, cue: str | None) -> None:
    assert personal_cue(text) == cue
