"""An event that names the user's campaign only as what the user is doing ("Moritz mentioned you're building Grid
Futures - it would be lovely to have you there") is not about the campaign: it is weighed on the user's other
goals. An event that puts the campaign before its guests still serves the campaign."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, triaged_one

INVESTOR = """
[user]
name = "Lena Hoffmann"
email = "lena@keimling.vc"
signature = "Lena"
weekly_networking_hours = 6

[[goals]]
kind = "amplify_campaign"
description = "Amplify Keimling's Grid Futures programme on LinkedIn"
targets = ["Grid Futures", "#GridFutures", "LinkedIn"]
priority = 2

[[goals]]
kind = "find_mentor"
description = "A senior partner at another fund as a mentor"
targets = ["senior partner", "general partner", "managing partner", "venture capital"]
priority = 3
"""

DINNER = """Dear Lena,

As one of Keimling's LPs we like to bring our fund managers together once a year. This year we're hosting a small
dinner on Thursday 10 December at 19:30 at our office in Grunewald - about 14 guests, mostly GPs and partners from
the climate and deep-tech funds we back, plus two of their founders.

Moritz mentioned you're building Grid Futures - it would be lovely to have you there. Could you let me know by
Friday?

Warm regards,
Anna von Stetten
Stetten Family Office
"""


def triage(kindly: Kindly, folder: Path, body: str) -> dict[str, object]:
    (folder / "profile.toml").write_text(INVESTOR)
    mail = eml(
        folder / "dinner.eml",
        body,
        sender="Anna von Stetten <anna@stetten-fo.example.de>",
        subject="Dinner on 10 December",
        date="Mon, 23 Nov 2026 10:00:00 +0100",
        to="lena@keimling.vc",
    )
    return triaged_one(kindly, mail, profile=folder / "profile.toml")


def test_a_dinner_that_names_the_campaign_in_passing_is_weighed_on_the_other_goals(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(kindly, tmp_path, DINNER)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_mentor", record["reason"]


def test_an_evening_that_presents_the_campaign_serves_it(kindly: Kindly, tmp_path: Path) -> None:
    body = DINNER.replace(
        "Moritz mentioned you're building Grid Futures - it would be lovely to have you there.",
        "We'd love you to present Grid Futures to the guests over dessert.",
    )
    record = triage(kindly, tmp_path, body)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "amplify_campaign", record["reason"]
