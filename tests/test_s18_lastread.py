"""Eighteenth session, a last read of its own changes: a talk asked of a group's members is no council mailing,
long mails without stops or with runs of blank lines are read in linear time, and a county's name that several
states (or a town elsewhere) share is placed in each. Each as an example of use."""

from __future__ import annotations

from pathlib import Path

from kindly.decide.policy import civic_mailing
from kindly.model import Intent
from support import Kindly, eml, incoming, profile_file, triaged_one

WRITTEN = "Mon, 30 Nov 2026 10:00:00 -0800"

WINEMAKER = """
[user]
name = "Elena Marchetti"
email = "elena@marchettivineyards.com"
signature = "Elena"
tone = "warm"
date_style = "us"
weekly_networking_hours = 3

[[goals]]
kind = "find_clients"
description = "Independent restaurants and wine shops that want small-lot Sonoma wines on their list or shelf"
targets = ["restaurants", "wine shops", "sommeliers", "wine buyers"]
priority = 1

[[providers]]
category = "wine distribution"
name = "Sonoma Distributors (California)"
"""


def triage(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, profile: str = ""
) -> dict[str, object]:
    mail = eml(tmp_path / "mail.eml", body, sender=sender, subject=subject, date=WRITTEN)
    if not profile:
        return triaged_one(kindly, mail)
    return triaged_one(kindly, mail, profile=profile_file(profile, tmp_path))


# -- 1. a talk asked of a group's members is weighed, whatever survey the mail names --------------------------------


def test_a_talk_asked_of_the_members_after_their_survey_is_weighed_not_ignored(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        "Dear members,\n\nThanks to everyone who filled in our short survey last month. Based on it, we would love "
        "you to speak at our April meetup about finance for design studios - a 20-minute talk. Let me know if "
        "you're interested.\n\nLena",
        sender="Lena Ortiz <lena@aiga-sf.example>",
        subject="Speaking at our spring meetup",
    )
    assert record["decision"] != "ignore", record["reason"]
    assert "speak" in str(record["draft"]), record["draft"]


def test_a_councils_survey_mailed_to_business_owners_is_still_read_not_answered() -> None:
    mailing = incoming(
        "Dear local business owners,\n\nThe council is consulting on downtown parking. Please complete our short "
        "online survey by Friday. You are also welcome to attend a public drop-in session on Wednesday.\n",
        subject="Have your say: downtown parking",
    )
    assert civic_mailing(mailing, Intent.EVENT_INVITATION) == "Dear local business owners,"
    # ...but a talk asked of the reader is theirs to answer, whatever group the greeting names
    assert civic_mailing(mailing, Intent.SPEAKING_INVITATION) == ""
