"""What the lead fixed while merging the fifteenth session's work: the day an invitation's event is on, where
the sender also tells news with a date of its own."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

DENTIST = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
signature = "Marcus"
date_style = "us"
time_zone = "America/Chicago"

[[goals]]
kind = "help_client"
description = "Help Dr. Priya Raman open the second office of Raman Orthodontics in Round Rock"
targets = ["Dr. Priya Raman", "Raman Orthodontics"]
priority = 1
"""


def test_the_day_of_the_event_invited_to_is_not_the_day_of_the_news_told_before_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "open-house.eml",
        "Hi Marcus,\n\nWe open the second Raman Orthodontics office on February 1! I'm planning a family open house "
        "for Saturday, January 23, 10 am to 1 pm, at the new Round Rock office. Could you come for an hour and "
        "bring a few of your handouts?\n\nPriya\n",
        sender="Dr. Priya Raman <priya@ramanortho.com>",
        subject="Open house - would love you there",
        date="Tue, 24 Nov 2026 16:20:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )

    record = triaged_one(kindly, mail, profile=profile_file(DENTIST, tmp_path))

    assert record["decision"] == "accept"
    assert "see you on Saturday, January 23" in record["draft"]
    assert "February 1" not in record["draft"]
