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


MENTOR_AND_CLIENT = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
time_zone = "America/Chicago"

[[goals]]
kind = "help_client"
description = "Help Dr. Priya Raman open the second office of Raman Orthodontics in Round Rock"
targets = ["Dr. Priya Raman", "Raman Orthodontics"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A dentist who has grown a practice to several locations, met at study clubs"
targets = ["study club", "multi-location practice owners"]
priority = 2
"""

STUDY_CLUB = (
    "Dear Dr. Bell,\n\n{who} mentioned you might enjoy our study club: about 14 general dentists and specialists "
    "who meet once a month for a breakfast case presentation.\n\nOur next meeting is Tuesday, December 8, from "
    "7:00 to 8:30 am at the Driskill Hotel, and we'd be glad to have you as a guest.\n\nWarmly,\nElena Vasquez, DDS\n"
)


def _study_club(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "club.eml",
        body,
        sender="Dr. Elena Vasquez <elena@vasquezdentalgroup.com>",
        subject="Invitation: Hill Country Dental Study Club",
        date="Fri, 20 Nov 2026 07:30:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    return triaged_one(kindly, mail, profile=profile_file(MENTOR_AND_CLIENT, tmp_path))


def test_a_client_who_only_passed_your_name_on_is_not_the_goal_an_invitation_serves(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _study_club(kindly, tmp_path, STUDY_CLUB.format(who="Dr. Priya Raman"))

    assert record["decision"] == "accept"
    assert record["goal"] == "find_mentor", record["reason"]
    assert record["reason_code"] != "target_person"


def test_a_client_who_takes_part_is_still_the_target_person_named(kindly: Kindly, tmp_path: Path) -> None:
    body = STUDY_CLUB.format(who="Kim Ortiz") + "\nDr. Priya Raman will join us and present her new office.\n"

    record = _study_club(kindly, tmp_path, body)

    assert (record["goal"], record["reason_code"]) == ("help_client", "target_person")
