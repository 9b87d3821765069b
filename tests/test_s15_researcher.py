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


# -- a fee to release money promised to you is a scam, whoever is named -----------------------------------------

GRANT_SCAM = """From: International Science Research Foundation <isrf.grants@gmail.com>
Subject: Congratulations: Research Excellence Grant USD 50,000

Dear Researcher,

We are pleased to inform you that you have been selected to receive the International Science Research
Foundation Research Excellence Grant of USD 50,000. To release the funds, a one-time processing fee of USD 350
must be paid via Western Union within 48 hours.

Please reply with your full name, bank details and a copy of your passport.

Dr. Michael Harris
Grants Director
"""


def test_a_fee_to_release_a_grant_promised_to_you_is_a_scam_and_gets_no_reply(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=GRANT_SCAM)
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam", record["reason"]
    assert not record["draft"], record["draft"]


def test_the_advance_fee_reads_the_construction_not_the_grant() -> None:
    from kindly.decide.scams import scam_in

    for scam in [
        "To release the funds, a one-time processing fee of USD 350 must be paid via Western Union within 48 hours.",
        "A clearance tax of GBP 420 must be paid before we can transfer your prize money.",
        "Kindly note that the handling fee of $95 should be sent by MoneyGram to our agent.",
        "You need to pay a small transfer charge of EUR 200 to unlock your inheritance.",
    ]:
        found = scam_in(scam)
        assert found is not None and found.kind == "advance fee", scam
    # Near misses: money the user is paid, a fee the user charges, fees of honest events and journals.
    for honest in [
        "We'll release the payment within 30 days once we receive your invoice.",
        "To claim the travel grant, please send your receipts to the finance office by 15 January.",
        "There is a registration fee of GBP 50; bursaries are available to cover the fee for students.",
        "Could you let me know your fee for a 45-minute seminar?",
        "Accepted authors pay an article processing charge of USD 1,299 to publish open access.",
        "We will pay your speaker fee by bank transfer after the workshop.",
        "The grant is released in two instalments; no fee is charged.",
    ]:
        assert scam_in(honest) is None, honest
