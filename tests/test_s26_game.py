"""Isla Munro, founder of Saltmarsh Games, a four-person indie studio in Glasgow shipping its narrative game "Low
Tide Letters" in 2027 (session 26, game): she wants a publisher or funding, a community of indie developers, press
and streamer coverage, one festival talk, and to help students into games. Each test is a message from her mailbox
that kindly read wrongly before, with a near miss or another wording beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import game_profile, to_game
from support import Kindly, profile_file, triaged_one


def _to_isla(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Isla against her profile."""
    mail = to_game(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(game_profile(), tmp_path))


# -- a games magazine sells her a "featured developer package" for her own game -------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        pytest.param(
            "Indie Game Spotlight Magazine would like to feature Low Tide Letters in our January issue, read by "
            "100,000 gamers. Our featured developer package is GBP 300 and includes a two-page interview and a social "
            "post. Let me know and I'll send the invoice.",
            id="featured-developer-package",
        ),
        pytest.param(
            "We'd love to interview you and spotlight Low Tide Letters on our site next month. The featured studio "
            "package is $250 and covers the interview, a review and two social posts.",
            id="featured-studio-package",
        ),
    ],
)
def test_an_interview_in_a_feature_she_must_pay_for_is_declined(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        f"Hello Isla,\n\n{offer}\n\nRegards,\nMark Ellis\nIndie Game Spotlight\n",
        sender="Mark Ellis <mark@indiegamespotlight.example>",
        subject="Feature your game in Indie Game Spotlight",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]


def test_a_free_interview_for_a_games_site_is_still_accepted(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an interview with no price is the press coverage she wants
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla,\n\nI'm a freelance writer working on a piece for Rock Paper Shotgun about small UK studios making "
        "narrative games. Would you be up for a 30-minute interview over video next week about Low Tide Letters?\n\n"
        "Thanks,\nHannah Price\n",
        sender="Hannah Price <hannah.price.writes@mail.example>",
        subject="Interview request - Rock Paper Shotgun",
    )
    assert record["decision"] == "accept", record["reason"]
