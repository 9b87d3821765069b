"""Fifteenth session, a CTO's review, round two: Wei Lin Tan belongs to the Rust community in Singapore and to a
call of CTOs across Southeast Asia. Being asked to speak at his own community's meetup is taking part in it; a yes
to a group's call names its next date; a yes to an online talk asks for the link the mail does not give."""

from __future__ import annotations

import json
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


# -- a yes to a group's call names its next date, written short in a chat -----------------------------------------

CTO_CALL = (
    "hi Wei Lin - a handful of us CTOs at Series A-C startups across SEA have a monthly video call, first Tuesday"
    " of\nthe month at 21:00 SGT, one person brings a problem and the rest dig in. we'd love to have you -"
    " interested?\nnext one is Tue 5 Jan"
)


def test_a_yes_to_a_monthly_call_names_its_next_date_written_short_and_its_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = slack(tmp_path, "Aditi Rao (CTO Circle Slack)", CTO_CALL, date="Thu, 26 Nov 2026 20:30:00 +0800")
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert record["decision"] == "accept"
    assert "see you on Tuesday 5 January at 21:00" in record["draft"]


def test_the_kind_of_startup_people_work_at_is_not_where_a_group_meets(kindly: Kindly) -> None:
    line = json.dumps({"id": "1", "from": "Aditi Rao", "subject": "Slack DM", "body": CTO_CALL})
    [record] = [json.loads(out) for out in kindly("classify", input=line + "\n").stdout.splitlines()]
    assert record["details"]["place"] is None
    assert record["details"]["when"] == "Tue 5 Jan at 21:00"


def test_a_venue_is_still_where_a_group_meets(kindly: Kindly) -> None:
    # near miss: "at" a named place, with no kind of company after it
    body = "a few of us CTOs at Series A-C startups meet for drinks at Tanjong Beach Club on Tuesday 5 January at 19:00. Interested?"
    line = json.dumps({"id": "1", "from": "Aditi Rao", "subject": "CTO dinners", "body": body})
    [record] = [json.loads(out) for out in kindly("classify", input=line + "\n").stdout.splitlines()]
    assert record["details"]["place"] == "Tanjong Beach Club"


def test_a_yes_to_the_call_leaves_no_question_of_the_invitation_itself(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = slack(tmp_path, "Aditi Rao (CTO Circle Slack)", CTO_CALL, date="Thu, 26 Nov 2026 20:30:00 +0800")
    triaged_one(kindly, dm, cto(tmp_path))
    shown = kindly("show", "1", "--profile", str(cto(tmp_path))).output
    # "interested?" after "we'd love to have you" is the invitation itself: the yes answers it
    assert "Questions for you to answer" not in shown


def test_a_request_before_a_would_that_work_is_still_the_users_to_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: what leads up to the short question asks something the yes does not give
    dm = slack(
        tmp_path,
        "Aditi Rao (CTO Circle Slack)",
        CTO_CALL + "\ncould you share a two-line intro about your stack for the group - would that work?",
        date="Thu, 26 Nov 2026 20:30:00 +0800",
    )
    triaged_one(kindly, dm, cto(tmp_path))
    shown = kindly("show", "1", "--profile", str(cto(tmp_path))).output
    assert "Questions for you to answer" in shown


def test_a_mentors_morning_next_week_is_answered_by_the_yes(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "mentor.eml",
        "Hi Wei Lin,\n\nTom mentioned you're thinking about the road to an IPO. I took Parcelo public in 2021 and"
        " I'm happy to share what I learned over coffee. Would one morning next week work?\n\nAlan",
        sender="Alan Koh <alan@koh.example>",
        subject="Coffee?",
        date="Mon, 30 Nov 2026 09:00:00 +0800",
        to="weilin@lumenledger.sg",
    )
    profile = profile_file(
        CTO + '\n[[goals]]\nkind = "find_mentor"\ndescription = "A CTO who has taken a company through IPO"\n'
        'targets = ["IPO", "public company CTO", "taking a company public"]\npriority = 2\n',
        tmp_path,
    )
    record = triaged_one(kindly, mail, profile)
    assert record["decision"] == "accept"
    shown = kindly("show", "1", "--profile", str(profile)).output
    assert "Questions for you to answer" not in shown


# -- a yes to an online talk asks for the link the mail does not give ---------------------------------------------


def online_talk(tmp_path: Path, after: str = "") -> Path:
    return eml(
        tmp_path / "talk.eml",
        "Hi Wei Lin,\n\nI'm organising Payments Infra Day, an online conference on 28 January 2027. Would you give a"
        f" 30-minute talk on reconciliation at scale? Your slot would be 15:00 CET.{after}\n\nLena",
        sender="Lena Vogt <lena@paymentsinfra.example>",
        subject="Speak at Payments Infra Day",
        date="Mon, 23 Nov 2026 10:00:00 +0100",
        to="weilin@lumenledger.sg",
    )


def test_a_yes_to_an_online_talk_with_its_day_and_hour_asks_for_the_link(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, online_talk(tmp_path), cto(tmp_path))
    assert record["decision"] == "accept"
    assert "on 28 January at 15:00 CET (22:00 my time)" in record["draft"]
    assert "link" in record["draft"]
    assert "look forward to it" not in record["draft"]


def test_a_yes_to_an_online_talk_whose_link_is_given_does_not_ask_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the link is in the mail
    mail = online_talk(tmp_path, " The speaker room is https://meet.paymentsinfra.example/speakers.")
    record = triaged_one(kindly, mail, cto(tmp_path))
    assert record["decision"] == "accept"
    assert "link" not in record["draft"]


def test_a_yes_to_an_online_talk_whose_link_will_follow_does_not_ask_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the sender says it is coming
    mail = online_talk(tmp_path, " We'll send the speaker link a week before.")
    record = triaged_one(kindly, mail, cto(tmp_path))
    assert "link" not in record["draft"]


def test_a_yes_to_a_talk_in_a_room_asks_for_no_link(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a talk in person, its place given
    mail = eml(
        tmp_path / "talk.eml",
        "Hi Wei Lin,\n\nWould you give a 30-minute talk on reconciliation at scale at our engineering conference"
        " on 28 January 2027 at the Marina Bay Sands Expo? Your slot would be 15:00.\n\nLena",
        sender="Lena Vogt <lena@paymentsinfra.example>",
        subject="Speak at Payments Infra Day",
        date="Mon, 23 Nov 2026 10:00:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path))
    assert record["decision"] == "accept"
    assert "link" not in record["draft"]


def test_a_yes_to_a_groups_video_call_asks_for_its_link(kindly: Kindly, tmp_path: Path) -> None:
    dm = slack(tmp_path, "Aditi Rao (CTO Circle Slack)", CTO_CALL, date="Thu, 26 Nov 2026 20:30:00 +0800")
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert "see you on Tuesday 5 January at 21:00. Could you send me the link?" in record["draft"]
