"""Twentieth session, round two of the shop owner's review: what Rosa Delgado (Spoke & Chain Cycles, Portland)
still found wrong - an event's length, a paid listing, an hour named without a day, a US date in a text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support import Kindly, eml, triaged, triaged_one
from test_s20_shop import decided, rosa

TOM = "Tom Reyes <tom@divisionhardware.example>"


def texted(kindly: Kindly, tmp_path: Path, sender: str, body: str) -> dict[str, Any]:
    """The record of Rosa's kindly triaging a text message she pasted in."""
    text = tmp_path / "text.txt"
    text.write_text(f"From: {sender} (Text message)\nDate: Mon, 30 Nov 2026 08:15:00 -0800\n\n{body}\n")
    return triaged_one(kindly, text, rosa(tmp_path))


# -- how long an event takes: a breakfast with a start and no end is a breakfast, not an afternoon ---------------


def test_a_shop_owners_breakfast_at_half_past_seven_is_not_counted_as_three_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa, Tom from Division Hardware here. A few of us shop owners on Division St are doing a breakfast at"
        " Lauretta Jean's on Thursday December 10 at 7:30am to talk about holiday foot traffic. Want to join us?"
    )
    record = texted(kindly, tmp_path, "Tom Reyes", body)
    assert "3 hours" not in record["reason"]
    assert "networking hours" not in record["reason"]


def test_a_breakfast_whose_end_is_stated_keeps_its_stated_length(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nTom from Division Hardware here. A few of us shop owners on Division St are doing a breakfast"
        " workshop at Lauretta Jean's on Thursday, December 10 from 7:30 to 10:30am on holiday foot traffic. Want to"
        " join us?\n\nTom"
    )
    record = decided(kindly, tmp_path, body, "Shop owners' breakfast", TOM)
    assert "takes about 3 hours" in record["reason"]


# -- "paid directory or featured business listings": a place in someone's guide sold at a price --------------------


def test_a_featured_partner_top_spot_for_49_a_month_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nPDX Local Partners is Portland's curated guide to independent businesses. As a Featured Partner"
        ' your shop gets a top spot in our "Best Bike Shops in Portland" page, a verified badge and priority'
        " placement in local search - for just $49 a month (first month free).\n\nDo you have 15 minutes this week"
        " to hop on a quick call?\n\nJake Morrison\nPartnerships Manager, PDX Local Partners"
    )
    record = decided(
        kindly, tmp_path, body, "Partnership opportunity", "Jake Morrison <jake@pdxlocal.example>"
    )
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do paid directory or featured business listings."
    assert "I have a firm rule against paid directory or featured business listings" in record["draft"]


def test_a_free_listing_in_a_neighbourhood_guide_is_not_read_as_a_paid_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa,\n\nThe Division-Clinton Business Association is putting together a free walking map of the shops on"
        " Division for the holidays. Could we list Spoke & Chain on it? There's no cost - we just need your opening"
        " hours by Friday.\n\nJoan Whitaker\nDivision-Clinton Business Association"
    )
    record = decided(
        kindly, tmp_path, body, "Holiday walking map", "Joan Whitaker <joan@divisionclinton.example>"
    )
    assert "paid directory" not in record["reason"]


# -- a date in numbers in a text: "Sunday 12/6 at 9am", month first in the Americas, its weekday as a check -------


def test_a_neighbours_text_for_sunday_12_6_at_9am_is_confirmed_for_sunday_december_6(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "hi neighbour! a few of us shop owners on Division are getting together Sunday 12/6 at 9am at the cafe\n"
        "to plan the holiday window walk. coffee + pastries on me. you in??"
    )
    record = texted(kindly, tmp_path, "Mai Tran", body)
    assert record["decision"] == "accept"
    assert "see you on Sunday 12/6 at 9am" in record["draft"]


def test_a_date_written_day_first_is_read_by_the_weekday_named_with_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # June 12 is no Sunday; 6 December is
    body = (
        "hi neighbour! a few of us shop owners on Division are getting together Sunday 6/12 at 9am at the cafe\n"
        "to plan the holiday window walk. coffee + pastries on me. you in??"
    )
    record = texted(kindly, tmp_path, "Mai Tran", body)
    assert "see you on Sunday 6/12 at 9am" in record["draft"]


def test_a_date_in_numbers_that_falls_on_neither_reading_of_its_weekday_is_not_confirmed(
    kindly: Kindly, tmp_path: Path
) -> None:
    # December 6 is a Sunday and June 12 a Saturday: "Monday 12/6" names no day for sure
    body = (
        "hi neighbour! a few of us shop owners on Division are getting together Monday 12/6 at 9am at the cafe\n"
        "to plan the holiday window walk. coffee + pastries on me. you in??"
    )
    record = texted(kindly, tmp_path, "Mai Tran", body)
    assert "see you on" not in record["draft"]


def test_a_score_in_numbers_is_no_date_to_confirm(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "hi neighbour! our Division St softball team won 12/6 last night! a few of us shop owners on Division are"
        " getting together at the cafe to plan the holiday window walk. coffee + pastries on me. you in??"
    )
    record = texted(kindly, tmp_path, "Mai Tran", body)
    assert "December" not in record["draft"]


# -- a reply in an accepted thread that only asks to meet at a time, on a day she meets (a Sunday) ----------------

MARCUS = "Marcus Webb <mwebb@southeastexaminer.example>"


def test_a_reporters_sunday_at_10am_in_a_thread_she_said_yes_to_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    asked = eml(
        tmp_path / "a.eml",
        "Hi Rosa,\n\nI write the neighbourhood business column for The Southeast Examiner. A reader told me about"
        " your free winter safe-cycling clinic (lights and brake checks on Sundays) and I'd love to feature it in our"
        " December 15 issue.\n\nCould we do a 20-minute interview, by phone or at the shop? My deadline is"
        " December 8.\n\nBest,\nMarcus Webb\nThe Southeast Examiner",
        sender=MARCUS,
        subject="Interview about your winter repair clinic?",
        date="Thu, 26 Nov 2026 11:20:05 -0800",
        to="rosa@spokeandchain.bike",
        message_id="m03@examiner.example",
    )
    reply = eml(
        tmp_path / "b.eml",
        "Hi Rosa,\n\nGreat, thanks for getting back to me so fast! Could we do Sunday, December 6 at 10am at the"
        " shop? I'll bring our photographer so we can get a picture of the clinic in action.\n\nMarcus\n\nOn Sun, Nov 29, 2026, Rosa Delgado wrote:\n> Hi Marcus, thank you -"
        " I'd be glad to talk about the clinic. An early morning or a Sunday works\n> best for me since I'm in the shop"
        " the rest of the week.",
        sender=MARCUS,
        subject="Re: Interview about your winter repair clinic?",
        date="Mon, 30 Nov 2026 09:05:00 -0800",
        to="rosa@spokeandchain.bike",
        message_id="m22@examiner.example",
        in_reply_to="m03@examiner.example",
        references=["m03@examiner.example"],
    )
    first, second = triaged(kindly, asked, reply, profile=rosa(tmp_path))
    assert first["decision"] == "accept"
    assert second["decision"] == "accept", second["reason"]
    # (session 23: a reply that proposes when to meet is read as asking for an answer, and the yes is to the
    # interview the thread is about, on the day he proposed)
    assert "glad to do the interview on Sunday, December 6 at 10am" in second["draft"]
