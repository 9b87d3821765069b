"""Fifteenth session, a researcher's mailbox: Dr Aisling Byrne, a postdoc in computational ecology at Edinburgh on
the academic job market, wants to meet the professor whose lab she would like to join and the funder's programme
officer, to find a mentor and a group of early-career modellers, and to speak at seminars and workshops."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, profile_file, triaged

RESEARCHER = """
[user]
name = "Aisling Byrne"
email = "aisling.byrne@ed.ac.uk"
signature = "Aisling"
weekly_networking_hours = 2
holidays = "GB-SCT"
meeting_hours = ["Mon-Thu 09:30-17:00", "Fri 09:30-12:00"]
time_zone = "Europe/London"

[[goals]]
kind = "meet_person"
description = "Get to know Prof. Miriam Okafor, whose lab at the University of Bristol I would like to join"
targets = ["Prof. Miriam Okafor", "Okafor Lab"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A senior faculty member outside my lab to mentor me through the academic job market"
targets = ["senior faculty", "professor", "academic job market"]
priority = 2

[[goals]]
kind = "build_credibility"
description = "Give seminars and workshop talks on ecological modelling"
targets = ["departmental seminars", "seminar series", "workshops", "ecological modelling"]
priority = 2

[[never]]
what = "predatory journals or conferences"

[[never]]
what = "meetings or talks on Friday afternoons - I teach then"
"""


def researcher(folder: Path) -> Path:
    return profile_file(RESEARCHER, folder)


# -- the person to meet, at the university the goal names, is no namesake ---------------------------------------

OKAFOR = """From: Prof. Miriam Okafor <m.okafor{domain}>
Subject: Your BES talk - a chat about the lab?

Dear Aisling,

I very much enjoyed your talk on stage-structured seabird models at the BES annual meeting. We are about to start
a NERC-funded project on marine predator demography and I suspect there might be a good fit with a position we'll
be advertising in the new year.

Would you like to have a video call next week to talk about the project and the lab? I'm fairly free on Tuesday
or Wednesday afternoon.

Best wishes,
Miriam

Professor Miriam Okafor
School of Biological Sciences, {university}
"""


def test_the_professor_to_meet_writing_from_the_university_the_goal_names_is_herself(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = OKAFOR.format(domain="@bristol.ac.uk", university="University of Bristol")
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=mail)
    assert record["decision"] == "accept", record["reason"]
    assert record["reason_code"] == "target_person", record["reason"]
    assert "Tuesday" in record["draft"] or "Wednesday" in record["draft"], record["draft"]


def test_a_namesake_at_another_university_is_still_doubted(kindly: Kindly, tmp_path: Path) -> None:
    # The same name from another university, which the message names: "University" is shared by every one, so it
    # does not make Leeds the goal's Bristol.
    mail = OKAFOR.format(domain="@leeds.ac.uk", university="University of Leeds")
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=mail)
    assert record["reason_code"] != "target_person", record["reason"]
