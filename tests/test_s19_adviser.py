"""Nineteenth session, an independent financial adviser in Sydney (Priya Raman): an accountant who proposes to send
clients both ways is the referral partner her goal asks for, though she has an accountant of her own. As examples
of use."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

ADVISER = """
[user]
name = "Priya Raman"
email = "priya@ramanwealth.com.au"
signature = "Priya Raman\\nPrincipal Adviser, Raman Wealth Partners"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3
time_zone = "Australia/Sydney"
meeting_hours = "Mon-Fri 07:30-17:30"

[[goals]]
kind = "find_clients"
description = "New clients through referral partners who refer clients needing retirement advice"
targets = {targets}
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at retirement and superannuation seminars"
targets = ["retirement seminars", "superannuation", "pre-retirees"]
priority = 2

[[providers]]
category = "accounting"
name = "Tom Becker, Becker & Co Accountants"

[[providers]]
category = "paraplanning"
name = "ParaPlan Co"
"""


def adviser(folder: Path, targets: str = '["accountants", "estate lawyers"]') -> Path:
    return profile_file(ADVISER.replace("{targets}", targets), folder)


ACCOUNTANT = (
    "Hi Priya,\n\nI'm a partner at Doyle Partners, a chartered accounting firm in Parramatta. We look after around "
    "300 small business owners, and a growing number of them are approaching retirement and asking us about super "
    "- which we don't advise on.\n\nWould you be open to a coffee to talk about how we might refer clients to each "
    "other? We don't take referral fees and wouldn't expect any either way.\n\nCould you do Tuesday 8 December at "
    "10am, or Wednesday 9 December at 2pm?\n\nKind regards,\nMegan Doyle CA\nPartner, Doyle Partners Chartered "
    "Accountants\n02 9891 2200"
)


def from_an_accountant(folder: Path, body: str = ACCOUNTANT) -> Path:
    return eml(
        folder / "accountant.eml",
        body,
        sender="Megan Doyle <megan@doylepartners.com.au>",
        to="Priya Raman <priya@ramanwealth.com.au>",
        subject="Referral partnership - our clients approaching retirement",
        date="Wed, 25 Nov 2026 16:42:00 +1100",
    )


def test_an_accountant_proposing_referrals_both_ways_is_the_partner_her_goal_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Her own accountant keeps the practice's books; accountants are also whom her clients goal looks to for
    referrals. Megan's proposal is that goal, said yes to at the first time offered."""
    record = triaged_one(kindly, from_an_accountant(tmp_path), profile=adviser(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    draft = str(record["draft"])
    assert "Tuesday 8 December at 10am works for me" in draft
    assert "already work with" not in draft


def test_an_accountant_who_sells_her_accounting_is_still_told_she_has_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a pitch of the service itself, to her practice, is declined for the accountant she has."""
    pitch = (
        "Hi Priya,\n\nI'm an accountant at Ledgerline. We offer fixed-fee accounting, BAS and tax returns for "
        "financial advice practices from $290 a month. Could we grab a coffee next week so I can walk you through "
        "it?\n\nSam Ortiz\nSenior Accountant, Ledgerline"
    )
    record = triaged_one(kindly, from_an_accountant(tmp_path, pitch), profile=adviser(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"


def test_referrals_from_a_trade_her_goal_does_not_name_are_still_a_rival_of_her_accountant(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: where her clients goal names only estate lawyers, an accountant's proposal stays a provider's
    trade she already has."""
    record = triaged_one(
        kindly, from_an_accountant(tmp_path), profile=adviser(tmp_path, '["estate lawyers", "pre-retirees"]')
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"


def test_referrals_sold_for_a_price_are_no_partnership(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: an accountant who charges $300 for each client sent sells referrals."""
    sold = ACCOUNTANT.replace(
        "We don't take referral fees and wouldn't expect any either way.",
        "We charge $300 for each client we send across.",
    )
    record = triaged_one(kindly, from_an_accountant(tmp_path, sold), profile=adviser(tmp_path))
    assert record["decision"] == "decline"
