"""Seventeenth session, an architect's mailbox: Mei Lin Harrow, principal of a nine-person studio in Fitzroy,
Melbourne, finds homeowners who want sustainable, passive-house homes and renovations, speaks about passive-house
design, and looks for a peer group of small sustainable studios."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

ARCHITECT = """
[user]
name = "Mei Lin Harrow"
email = "meilin@harrowlane.example.com.au"
signature = "Mei Lin"
date_style = "international"
weekly_networking_hours = 4
time_zone = "Australia/Melbourne"

[[goals]]
kind = "find_clients"
description = "Homeowners and small developers who want sustainable, passive-house residential design"
targets = ["homeowners", "passive house", "sustainable homes", "extensions and renovations"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak and write about passive-house design for Australian homes"
targets = ["passive house", "architecture podcasts", "design publications"]
priority = 2

[[goals]]
kind = "find_community"
description = "A like-minded group of small, sustainability-focused architecture studios"
targets = ["small architecture studios", "studio principals"]
priority = 2

[[providers]]
category = "BIM software"
name = "ArchiCAD"
"""


def architect(folder: Path, extra: str = "") -> Path:
    return profile_file(ARCHITECT + extra, folder)


# -- an introduction of people who want the user's work is a prospective client -----------------------------------


def _introduction(folder: Path, wants: str) -> Path:
    return eml(
        folder / "intro.eml",
        "Hi Mei Lin,\n\n"
        f"I'm introducing you to my clients James and Ella Whitby (copied), who have just bought a house in Kew and\n"
        f"{wants}. I told them you're the best person I know for it. I'll let you take it from here.\n\nKate\n",
        sender="Kate Morrison <kate@morrisonlegal.example.com.au>",
        subject="Introduction: Kate Morrison <> Mei Lin Harrow",
        date="Tue, 24 Nov 2026 11:00:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        cc="James Whitby <james.whitby@example.com>",
    )


def test_an_introduction_of_homeowners_who_want_to_renovate_is_a_client_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = _introduction(tmp_path, "want to\nrenovate it to a very high energy standard")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "accept", record
    assert "find clients" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "Thank you for the introduction, Kate" in draft, draft
    assert "I don't think I'm the right person" not in draft


def test_an_introduction_of_someone_who_wants_to_meet_peers_is_no_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: they want to meet, not to have the work done
    mail = _introduction(tmp_path, "want to meet architects who do renovations")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert "find clients" not in record["reason"], record


def test_an_introduction_of_someone_who_wants_a_job_is_no_client(kindly: Kindly, tmp_path: Path) -> None:
    mail = _introduction(tmp_path, "hope to join a practice that does renovations")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert "find clients" not in record["reason"], record
