"""The overpayment scam paid by card (the chef's re-read): a booking charged for more than it costs, the extra
to be sent on to someone else, is ignored with no reply."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, profile_file, triaged

CHEF = """
[user]
name = "Amelie Tremblay"
email = "amelie@lasauge.example.ca"
signature = "Amelie"
weekly_networking_hours = 3

[[goals]]
kind = "find_clients"
description = "Private dining and catering for companies"
targets = ["private dining", "catering", "companies"]
priority = 1
"""

SCAM = """From: Robert Wilson <robertwilson.events2026@gmail.com>
Subject: Group reservation for 80 guests - urgent

Hello Manager,

I want to make a reservation for 80 guests for my company's end of year dinner on December 19. Budget is not a
problem. I will pay with my credit card for the full amount plus $4,500 extra which you will send to our private
event planner for the decorations and transport, as he does not accept card.

Kindly send me your full menu with prices and your direct phone number so we can proceed quickly.
"""

BOOKING = """From: Claire Dubois <claire.dubois@boreal.example.ca>
Subject: Private dining for our team

Hello Amelie,

We'd like to book your private room for 14 colleagues on Thursday 17 December. I will pay with my company
credit card on the night. Could you send your group menus?

Claire Dubois
Office Manager, Groupe Boreal
"""


def _triage(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, object]:
    [record] = triaged(kindly, "-", profile=profile_file(CHEF, tmp_path), input=text)
    return record


def test_a_booking_paid_by_card_with_extra_to_send_on_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, SCAM)
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert record["draft"] is None


def test_a_client_paying_by_card_on_the_night_is_a_client(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, BOOKING)
    assert record["reason_code"] != "scam" and record["decision"] == "accept", record["reason"]
