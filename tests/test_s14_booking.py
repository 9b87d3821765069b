"""A priced event that says where to book ("Register at oba.org/immigrationsummit2027") is not answered "How do I
book?", and a bar association's professional-development mailbox (pd@, cpd@) is a shared one: its events are
booked through their own link, with no reply drafted."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

LAWYER = """
[user]
name = "Natalie Okafor"
email = "natalie@okaforbrennan.ca"
signature = "Natalie"
date_style = "us"
weekly_networking_hours = 4

[[goals]]
kind = "find_community"
description = "Get involved in the Ontario Bar Association's Citizenship and Immigration Law Section"
targets = ["Ontario Bar Association", "immigration law section"]
priority = 1
"""

SENT = "Tue, 24 Nov 2026 10:00:00 -0500"

SUMMIT = """Ontario Bar Association | Citizenship and Immigration Law Section

2027 IMMIGRATION LAW SUMMIT
Friday, January 29, 2027, 9:00 am - 4:30 pm
OBA Conference Centre, 20 Toronto Street, Toronto, and live webcast

Join Section members, IRCC officials and Federal Court practitioners for a full day on the 2027 levels plan,
TFWP cap changes and judicial review strategy. We would love to see you there.

Fees: OBA members $395, non-members $595. Register at oba.org/immigrationsummit2027.

Questions? Email pd@oba.org.
"""


def test_a_professional_development_mailbox_is_a_shared_one(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "summit.eml",
        SUMMIT,
        sender="OBA Professional Development <pd@oba.org>",
        subject="Registration open: 2027 Immigration Law Summit (7 CPD hours)",
        date=SENT,
    )
    record = triaged_one(kindly, mail, profile=profile_file(LAWYER, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"] is None  # booked through its own link
    assert "no reply drafted: sent from a shared mailbox" in " ".join(kindly("show", "1").stdout.split())


def test_a_priced_event_that_says_where_to_register_is_not_asked_how_to_book(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the section chair writes herself, so she gets a yes - which need not ask what her mail already says
    mail = eml(
        tmp_path / "summit.eml",
        "Hi Natalie,\n\n"
        + SUMMIT.replace("Questions? Email pd@oba.org.", "Hope you can make it!\n\nPriya Raman\nChair"),
        sender="Priya Raman <priya.raman@ramanlaw.ca>",
        subject="2027 Immigration Law Summit",
        date=SENT,
    )
    record = triaged_one(kindly, mail, profile=profile_file(LAWYER, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "January 29" in record["draft"]
    assert "How do I book?" not in record["draft"]
    # ...while one that gives no way to book still asks
    mail = eml(
        tmp_path / "dinner.eml",
        "Hi Natalie,\n\n"
        + SUMMIT.replace(" Register at oba.org/immigrationsummit2027.", "").replace(
            "Questions? Email pd@oba.org.", "Hope you can make it!\n\nPriya Raman\nChair"
        ),
        sender="Priya Raman <priya.raman@ramanlaw.ca>",
        subject="2027 Immigration Law Summit",
        date=SENT,
    )
    record = triaged_one(kindly, mail, profile=profile_file(LAWYER, tmp_path, "second.toml"))
    assert "How do I book?" in record["draft"]
