"""The lead's checks of the eighteenth session's merged work."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.paths import app_home
from support import Kindly, eml, triaged_one


def test_a_test_without_an_app_folder_of_its_own_never_writes_into_the_real_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDLY_HOME", raising=False)
    real = Path.home() / ".local" / "share" / "kindly"
    assert app_home() != real


# -- a board seat declined: the role passed on, not a group's details -----------------------------------------------

BOARD = """\
Dear Dana,

On behalf of the nominating committee of the Eastside Literacy Project, I'm writing to ask whether you would
consider joining our board as treasurer. The board meets six times a year and the term is three years.

Would you be open to it? I'd be glad to tell you more.

Ruth Abernathy
Chair, Nominating Committee
"""

GROUP = """\
Dear Dana,

A few of us who coach youth soccer in Portland meet for breakfast once a month to swap notes on drills and
fundraising for the league. Would you like to join us? The next one is Thursday 10 December at 7:30 at Daily Cafe.

Ruth Abernathy
"""


def test_a_board_seat_declined_offers_to_pass_the_role_on(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        eml(
            tmp_path / "board.eml",
            BOARD,
            sender="Ruth Abernathy <ruth@eastside.example.org>",
            subject="A question",
            date="Tue, 24 Nov 2026 10:00:00 -0800",
        ),
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert "I'm not able to take on a board seat at the moment" in draft
    assert "the role" in draft  # a seat to fill: someone who would suit it
    assert "who'd get a lot out of it" not in draft and "with the group" not in draft


def test_a_group_declined_still_offers_to_mention_it(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        eml(
            tmp_path / "group.eml",
            GROUP,
            sender="Ruth Abernathy <ruth@eastside.example.org>",
            subject="A question",
            date="Tue, 24 Nov 2026 10:00:00 -0800",
        ),
    )
    assert record["decision"] == "decline", record["reason"]
    assert "the role" not in record["draft"] and "board seat" not in record["draft"]


def test_a_board_of_advisors_is_an_advisory_board_not_a_governing_seat() -> None:
    from kindly.decide.fit import board_seat_offered

    assert board_seat_offered("Would you consider joining our board of advisors?") == ""
    assert board_seat_offered("Would you consider joining our advisory board?") == ""
    assert (
        board_seat_offered("Would you consider joining our board of directors?")
        == "joining our board of directors"
    )
