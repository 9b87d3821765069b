"""Words a user calls the same meet in goal fit (the fourteenth session): a running club serves a goal about
runners, a writing circle a goal to write, a dancing night a goal to dance, a mail about "the vote" a goal of
getting people voting; and words that only look alike stay apart ("caring" is no "car", an "evening" is not
"even", a "letter" no "let", a star "rating" no day "rate")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.words import content_stems, stem
from support import Kindly, eml, profile_file, triaged_one

PROFILE = """
[user]
name = "Mere Tapsell"
email = "mere@example.nz"
signature = "Mere"
weekly_networking_hours = 6

[[goals]]
kind = "{kind}"
description = "{description}"
targets = {targets}
priority = 1
"""


def triage(
    kindly: Kindly, tmp_path: Path, goal: tuple[str, str, str], subject: str, body: str
) -> dict[str, Any]:
    """Mere's triage of one mail from Ana, her profile holding one goal (kind, description, targets)."""
    kind, description, targets = goal
    note = eml(
        tmp_path / "mail.eml",
        body,
        sender="Ana Lowe <ana@lowe.example.nz>",
        subject=subject,
        date="Thu, 19 Nov 2026 10:00:00 +1300",
        to="mere@example.nz",
    )
    toml = PROFILE.format(kind=kind, description=description, targets=targets)
    return triaged_one(kindly, note, profile_file(toml, tmp_path))


def test_a_run_club_serves_a_goal_of_meeting_runners(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        ("find_community", "Meet other runners for early morning running", '["runners"]'),
        "Saturday run club",
        "Hi Mere,\n\nOur club goes for a run every Saturday at 7am from the Domain - about 20 of us. Join us this "
        "week?\n\nAna",
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_community"


def test_a_writing_circle_serves_a_goal_to_write(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        ("find_community", "Meet people who love to write", '["fiction groups"]'),
        "Saturday writing circle",
        "Hi Mere,\n\nI run a small writing circle on Saturday mornings in Ponsonby - six of us, all working on "
        "short fiction. Want to join?\n\nAna",
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_community"


def test_a_dancing_night_serves_a_goal_to_dance(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        ("find_community", "Meet people who dance", '["salsa"]'),
        "Friday nights",
        "Hi Mere,\n\nOur dancing social runs every Friday at 8pm at the Grey Lynn hall, Friday 4 December next. "
        "Come along!\n\nAna",
    )
    assert record["goal"] == "find_community", record["reason"]


def test_a_meetup_of_shopkeepers_is_related_to_a_goal_of_shop_clients(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        ("find_clients", "Shop owners who need bookkeeping", '["shop owners"]'),
        "Grey Lynn retail meetup",
        "Hi Mere,\n\nA meetup for people who run shopping businesses in Grey Lynn, Thursday 3 December 6pm at the "
        "library. Would you come?\n\nAna",
    )
    assert record["goal"] == "find_clients", record["reason"]


def test_a_mail_about_the_vote_meets_a_goal_of_people_voting() -> None:
    goal = set(content_stems("Get more people voting yes in the referendum"))
    mail = set(content_stems("Many of our members are still unsure about the vote. Could you speak to them?"))
    assert goal & mail == {stem("vote")}


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(("voting", "vote", "voted", "votes"), id="vote"),
        pytest.param(("writing", "write", "writer", "writers", "writes"), id="write"),
        pytest.param(("hiring", "hire", "hired"), id="hire"),
        pytest.param(("sharing", "share", "shared"), id="share"),
        pytest.param(("dancing", "dance", "dancer", "dancers"), id="dance"),
        pytest.param(("running", "run", "runner", "runners", "runs"), id="run"),
        pytest.param(("shopping", "shop", "shopper", "shops"), id="shop"),
        pytest.param(("coding", "code", "codes"), id="code"),
        pytest.param(("making", "make", "makes"), id="make"),
        pytest.param(("planner", "planning", "plan", "planned"), id="plan"),
        pytest.param(("taxes", "tax"), id="tax"),
        pytest.param(("prizes", "prize"), id="prize"),
        # what the stemmer always promised
        pytest.param(("studios", "studio"), id="studio"),
        pytest.param(("speaking", "speak", "speaker"), id="speak"),
        pytest.param(("services", "service"), id="service"),
        pytest.param(("cfos", "cfo"), id="cfo"),
    ],
)
def test_words_a_user_calls_the_same_meet(family: tuple[str, ...]) -> None:
    assert len({stem(word) for word in family}) == 1, {word: stem(word) for word in family}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("caring", "car"),
        ("evening", "even"),
        ("letter", "let"),
        ("dinner", "din"),
        ("officer", "office"),
        ("career", "caring"),
        ("broker", "broke"),
        ("wedding", "wed"),  # "Wed 2 Dec"
        ("matter", "matt"),
        ("rating", "rate"),
        ("savings", "save"),
        ("financing", "finance"),
        ("hoping", "hopping"),
        ("filing", "filling"),
        ("added", "ad"),
        ("speed", "spe"),
        ("string", "sting"),
        ("during", "dur"),
        ("being", "be"),
    ],
)
def test_words_that_only_look_alike_stay_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_caring_for_parents_is_no_car_dealership(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        ("find_clients", "Car dealerships that need a bookkeeper", '["car dealers"]'),
        "Support evening",
        "Hi Mere,\n\nWe're hosting a support evening on caring for older parents, Wednesday 2 December at 6pm. "
        "Would you like to come?\n\nAna",
    )
    assert record["goal"] is None, record["reason"]
