"""Sixteenth session, a realtor's review: Marisol Vega sells homes in Toronto's east end. She wants first-time
buyers and downsizers as clients, a stage at homebuyer seminars and on local radio, a group of women in real
estate, and to help the Okafor family move from Calgary. Her mail is an agent's mail: referrals, lenders,
stagers, paid "awards", and the cheque scams every listing agent gets."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

REALTOR = """\
[user]
name = "Marisol Vega"
email = "marisol@harbourlinerealty.ca"
signature = "Marisol"
date_style = "us"
weekly_networking_hours = 5
holidays = "CA-ON"
time_zone = "America/Toronto"
own_domains = ["harbourline.com"]

[[goals]]
kind = "find_clients"
description = "First-time buyers and east-end downsizers who need a patient, no-pressure agent"
targets = ["first-time buyers", "downsizers", "empty nesters", "Leslieville", "Riverdale"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at homebuyer seminars and on local radio and podcasts about buying in Toronto"
targets = ["homebuyer seminars", "local radio", "podcasts", "home show"]
priority = 2

[[goals]]
kind = "find_community"
description = "A like-minded group of women in real estate and local business owners"
targets = ["women in real estate", "local business owners"]
priority = 3

[[goals]]
kind = "help_client"
description = "Help the Okafor family relocate from Calgary to Toronto: schools, neighbourhoods, movers"
targets = ["Okafor family", "relocation", "Calgary"]
priority = 2

[[providers]]
category = "mortgage broker"
name = "Priya Raman, Lakeshore Mortgage Group"

[[providers]]
category = "CRM"
name = "Follow Up Boss"

[[never]]
what = "MLM or network marketing schemes"

[[never]]
what = "evening events on Sundays"
"""


def realtor(tmp_path: Path) -> Path:
    return profile_file(REALTOR, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    return eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date=date,
        to="marisol@harbourlinerealty.ca",
    )


# -- the overpayment scam, with the balance's amount named -------------------------------------------------------


def test_a_buyer_who_sends_a_cheque_and_wants_the_balance_of_an_amount_wired_on_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Dear Realtor,\n\nI am relocating from overseas and wish to purchase a home in Toronto urgently. I will "
            "send a certified check for $85,000 as deposit to your office. Since my lawyer is travelling, kindly "
            "send the balance of $12,000 by Western Union to my notary in London after the check arrives.\n\n"
            "Please reply with your full name and office address.\n\nRobert Kaplan",
            sender="Robert Kaplan <rkaplan.invest@consultant.com>",
            subject="Purchase of property - urgent",
            date="Thu, 19 Nov 2026 03:14:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "ignore"
    assert "scam" in record["reason"]
    assert "send the balance of $12,000 by Western Union to my" in record["reason"]
    assert record["draft"] is None


def test_the_amount_may_come_before_the_balance_too(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hello, I saw your listing on Boultbee Ave and want to buy it for my daughter. I'll mail you a "
            "cashier's cheque for $40,000 today. Please wire the $6,500 balance on to my mover in Halifax once "
            "it clears.\n\nJohn",
            sender="John Ellis <john.ellis.buyer@consultant.com>",
            subject="Boultbee listing",
            date="Fri, 20 Nov 2026 04:10:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "ignore"
    assert "scam" in record["reason"]


def test_a_buyer_who_pays_a_deposit_by_cheque_and_the_balance_on_closing_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: the balance paid as a sale pays it (to the seller's lawyer on closing) is not passed on to a
    third party of the sender's."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nWe're first-time buyers and would love your help with an offer on the Logan Ave "
            "semi. Our lawyer says we'll send a certified cheque for the deposit, and the balance of $610,000 "
            "is paid on closing. Could we meet this week to talk it through?\n\nHannah",
            sender="Hannah Kim <hannahkim.jk@gmail.com>",
            subject="Offer on Logan Ave",
            date="Sun, 29 Nov 2026 19:55:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert "scam" not in record["reason"]
    assert record["decision"] == "accept"
