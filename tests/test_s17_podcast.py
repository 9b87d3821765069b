"""Seventeenth session, a podcast host's review: Nadia Brooks hosts Main Street Mic, a weekly interview show about
small-business owners, from Brooklyn. Her inbox is the other way round from most: people pitch themselves or their
clients as guests, and the one guest she wants most answers through an assistant with the times she could record."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

HOST = """\
[user]
name = "Nadia Brooks"
email = "nadia@mainstreetmic.fm"
signature = "Nadia"
tone = "warm"
date_style = "us"
weekly_networking_hours = 5
meeting_hours = ["Mon-Fri 10:00-18:00"]
time_zone = "America/New_York"

[[goals]]
kind = "meet_person"
description = "Get Gina Marchetti (founder of Marchetti's Markets) on the show"
targets = ["Gina Marchetti", "Marchetti's Markets"]
priority = 1

[[goals]]
kind = "custom"
description = "Guests for the show: small-business owners with a real story"
targets = ["small business owners", "shop owners", "restaurant owners"]
priority = 2
"""


def host(tmp_path: Path) -> Path:
    return profile_file(HOST, tmp_path)


# -- the person a goal names, free on the days their assistant offers -------------------------------------------


def assistant(tmp_path: Path, said: str) -> Path:
    return eml(
        tmp_path / "assistant.eml",
        "Hi Nadia,\n\nThank you for your patience! Gina listened to a couple of episodes over the holiday and would"
        f" be delighted to come on Main Street Mic. {said}\n\nBest,\nPriya Anand\nExecutive Assistant to Gina"
        " Marchetti\nMarchetti's Markets",
        sender="Priya Anand <priya.anand@marchettimarkets.com>",
        subject="Re: Main Street Mic interview request",
        date="Fri, 27 Nov 2026 11:40:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_the_days_the_person_a_goal_names_could_record_are_answered_with_a_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    # her assistant's note asks no question, but it offers the times Gina could do: the meeting the goal wants
    said = (
        "She could record remotely on Thursday, December 10 at 2pm ET or Friday, December 11 at 11am ET -"
        " whichever suits you."
    )
    record = triaged_one(kindly, assistant(tmp_path, said), host(tmp_path))
    assert record["decision"] == "accept"
    assert "Gina Marchetti" in record["reason"]
    assert "Thursday, December 10 at 2pm ET works for me." in record["draft"]


def test_news_of_the_person_a_goal_names_without_a_time_they_could_do_asks_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near misses: a day she cannot do, and a day that is the assistant's own plan, offer no time of Gina's
    said = "She can't do Thursday, December 10, and we are closed on Friday. I'll write again in January."
    record = triaged_one(kindly, assistant(tmp_path, said), host(tmp_path))
    assert record["decision"] == "ignore"
