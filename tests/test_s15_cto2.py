"""Fifteenth session, a CTO's review, round two: Wei Lin Tan belongs to the Rust community in Singapore and to a
call of CTOs across Southeast Asia. Being asked to speak at his own community's meetup is taking part in it; a yes
to a group's call names its next date; a yes to an online talk asks for the link the mail does not give."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

CTO = """\
[user]
name = "Wei Lin Tan"
email = "weilin@lumenledger.sg"
signature = "Wei Lin"
date_style = "international"
time_zone = "Asia/Singapore"

[[goals]]
kind = "build_credibility"
description = "Speak at engineering conferences in Asia about payments infrastructure, Rust and reliability"
targets = ["engineering conferences", "Rust conferences", "payments infrastructure", "tech podcasts"]
priority = 1

[[goals]]
kind = "find_community"
description = "A peer group of CTOs of growth-stage startups in Southeast Asia"
targets = ["CTOs", "growth-stage startups", "engineering leaders"]
priority = 2

[[goals]]
kind = "find_community"
description = "The Rust and infrastructure open-source community"
targets = ["Rust", "open source", "infrastructure", "Rust Singapore meetup"]
priority = 2
"""


def cto(tmp_path: Path) -> Path:
    return profile_file(CTO, tmp_path)


def pasted(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def slack(tmp_path: Path, sender: str, body: str, date: str = "Wed, 25 Nov 2026 11:02:00 +0800") -> Path:
    return pasted(tmp_path, "slack.txt", f"From: {sender}\nSubject: Slack DM\nDate: {date}\n\n{body}\n")


# -- speaking at the goal's own community is taking part in it ---------------------------------------------------


def test_a_panel_at_the_users_own_community_meetup_is_accepted_for_that_community(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = slack(
        tmp_path,
        "Ben Ho (Rust SG Slack)",
        'hey Wei Lin! we\'re putting together a panel on "Rust in production in SEA" for the Rust SG meetup on 11'
        " Feb,\n3 panelists, 45 mins. would you be up for being one of them? no prep beyond a quick 15-min call"
        " with the\nother panelists sometime in January",
    )
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert (record["decision"], record["reason_code"], record["goal"]) == (
        "accept",
        "goal_fit",
        "find_community",
    )
    assert "The Rust and infrastructure open-source community" in record["reason"]
    assert "glad to join the panel" in record["draft"]


def test_a_talk_at_a_meetup_of_another_community_does_not_serve_the_rust_community(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a meetup asks him to speak, but its community is not his
    dm = slack(
        tmp_path,
        "Mei Chen (PyData SG Slack)",
        "hi Wei Lin! we're putting together a panel on pandas performance for the PyData SG meetup on 11 Feb,\n3"
        " panelists, 45 mins. would you be up for being one of them?",
    )
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert record["goal"] != "find_community" or record["fit"] < 0.55
    assert record["decision"] != "accept"


def test_a_summit_selling_speaking_slots_on_the_communitys_topic_is_not_taking_part_in_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the topic is his community's, but the talk is bought, not given among peers
    mail = eml(
        tmp_path / "summit.eml",
        "Hi Wei Lin,\n\nWe'd love to feature you as a speaker at the Asia Rust Community Summit 2027 in Singapore."
        " Speaking slots are part of our partner package (USD 4,500), which includes a 20-minute keynote and a"
        " booth.\n\nWould you like to reserve a slot?\n\nKaren",
        sender="Karen Lim <karen@summitevents.example>",
        subject="Speak at the Asia Rust Community Summit 2027",
        date="Mon, 23 Nov 2026 10:00:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path))
    assert record["decision"] == "decline"
