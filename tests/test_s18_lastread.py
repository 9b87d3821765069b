"""Eighteenth session, a last read of its own changes: a talk asked of a group's members is no council mailing,
long mails without stops or with runs of blank lines are still read right (their speed is
bench/long_text_speed.py's), and a county's name that several
states (or a town elsewhere) share is placed in each. Each as an example of use."""

from __future__ import annotations

from pathlib import Path

from kindly.decide.places import inside
from kindly.decide.policy import civic_mailing
from kindly.decide.reading import with_recruiter_offering_work
from kindly.model import Intent, Understanding
from kindly.understand.extract import extract
from personas import (
    HR_JOB_SEEKER,
    HR_PEER_GROUP,
    SONOMA_WINEMAKER,
    profile_toml,
)
from support import Kindly, eml, incoming, profile_file, triaged_one

WRITTEN = "Mon, 30 Nov 2026 10:00:00 -0800"


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


# -- 2. long mails are still read right (their speed: bench/long_text_speed.py) ------------------------------


def test_an_event_invitation_with_a_very_long_line_of_halls_is_read_quickly() -> None:
    text = (
        "Hi Dana,\n\nYou're invited to our members' evening at " + ", Grand Hall" * 8000 + "\n\nBest,\nLena\n"
    )
    invitation = incoming(
        text, subject="Members' evening", from_name="Lena Ortiz", from_addr="lena@x.example"
    )
    extract(invitation, Intent.EVENT_INVITATION)
    # ...and a venue listed beside its date is still found
    summit = incoming(
        "Join us at SalesLead Summit (March 3-4, 2027, Austin Convention Center, ~900 sales leaders).",
        subject="SalesLead Summit",
    )
    assert extract(summit, Intent.EVENT_INVITATION).place == "Austin Convention Center"


def test_a_pitch_with_a_long_run_of_blank_lines_is_read_quickly() -> None:
    pitch = incoming(
        "Hi Dana,\n\nWe help design studios close their books faster." + "\n" * 10_000 + "Best,\nSam",
        signature="\n" * 20_000 + "Sam Lee\nSales Director, Ledgerly",
    )
    read = Understanding(True, Intent.SALES_PITCH, True, 0.9)
    assert with_recruiter_offering_work(read, pitch).intent is Intent.SALES_PITCH
    # ...and a recruiter's signature line, after blank lines, still says who they are
    locum = incoming(
        "Hi Dana,\n\nA busy practice in Leeds needs locum coverage for March - would it suit you?\n\n\n\nSam",
        signature="\n\n   Physician Recruitment | Northern Locums",
    )
    assert with_recruiter_offering_work(read, locum).intent is Intent.RECRUITING


def test_a_group_mailing_of_questions_without_stops_is_read_quickly() -> None:
    mailing = incoming(
        "Dear residents,\n\nHave your say in our survey " + "could you tell us how you travel and " * 20_000,
        subject="Have your say",
    )
    civic_mailing(mailing, Intent.EVENT_INVITATION)


# -- 3. a county's name that several states share lies in each; one that is a town's elsewhere is that town too ------


def test_a_distributor_based_in_a_county_of_the_providers_state_is_one_she_already_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        "Elena,\n\nGolden Coast Fine Wine is a boutique wine distributor based in Orange County. We represent 40 "
        "small family wineries and we're looking to add a Sonoma Zinfandel producer.\n\nWould you have 30 minutes "
        "for a call in the next couple of weeks to see if we make sense for you?\n\nBrent Haskell\nVP Sales, "
        "Golden Coast Fine Wine",
        sender="Brent Haskell <brent@goldencoastwine.com>",
        subject="Distribution for Marchetti Vineyards",
        profile=SONOMA_WINEMAKER,
    )
    assert record["decision"] == "decline", record["reason"]
    assert "For wine distribution, I already work with a provider" in str(record["draft"])


def test_counties_and_towns_that_share_a_name_are_placed_in_each_of_their_states() -> None:
    assert inside("Orange County", "California") is True
    assert inside("Orange County", "Florida") is True
    assert inside("Washington County", "Oregon") is True
    assert inside("York", "England") is True  # the city, whatever Ontario's York region
    # near misses: a province's name is the province, and a county lies in no state it is not in
    assert inside("Ontario", "California") is False
    assert inside("Washington County", "California") is False


# -- 4. a job seeker is pointed to the people who hire, never to the software the user hires with -------------------

EMPLOYER = profile_toml(
    {
        "name": "Joanne Pike",
        "email": "joanne.pike@penninefoods.co.uk",
        "signature": "Joanne",
        "tone": "warm",
        "weekly_networking_hours": 2,
    },
    [HR_PEER_GROUP],
)


def test_a_job_seeker_is_not_sent_to_the_recruiting_software_the_user_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        HR_JOB_SEEKER,
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
        profile=EMPLOYER + '\n[[providers]]\ncategory = "recruiting software"\nname = "Greenhouse"\n',
    )
    assert record["reason_code"] != "refer_provider", record["reason"]
    assert "Greenhouse" not in str(record["draft"]), record["draft"]


def test_a_job_seeker_is_still_sent_to_the_recruitment_agency_that_hires_for_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        HR_JOB_SEEKER,
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
        profile=EMPLOYER
        + '\n[[providers]]\ncategory = "recruitment agency"\nname = "Harper Talent Partners"\n',
    )
    assert record["reason_code"] == "refer_provider", record["reason"]
    assert "Harper Talent Partners" in str(record["draft"])
