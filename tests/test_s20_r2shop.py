"""Twentieth session, round two of the shop owner's review: what Rosa Delgado (Spoke & Chain Cycles, Portland)
still found wrong - an event's length, a paid listing, an hour named without a day, a US date in a text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support import Kindly, triaged_one
from test_s20_shop import decided, rosa

TOM = "Tom Reyes <tom@divisionhardware.example>"


def texted(kindly: Kindly, tmp_path: Path, sender: str, body: str) -> dict[str, Any]:
    """The record of Rosa's kindly triaging a text message she pasted in."""
    text = tmp_path / "text.txt"
    text.write_text(f"From: {sender} (Text message)\nDate: Mon, 30 Nov 2026 08:15:00 -0800\n\n{body}\n")
    return triaged_one(kindly, text, rosa(tmp_path))


# -- how long an event takes: a breakfast with a start and no end is a breakfast, not an afternoon ---------------


def test_a_shop_owners_breakfast_at_half_past_seven_is_not_counted_as_three_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Rosa, Tom from Division Hardware here. A few of us shop owners on Division St are doing a breakfast at"
        " Lauretta Jean's on Thursday December 10 at 7:30am to talk about holiday foot traffic. Want to join us?"
    )
    record = texted(kindly, tmp_path, "Tom Reyes", body)
    assert "3 hours" not in record["reason"]
    assert "networking hours" not in record["reason"]


def test_a_breakfast_whose_end_is_stated_keeps_its_stated_length(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Rosa,\n\nTom from Division Hardware here. A few of us shop owners on Division St are doing a breakfast"
        " workshop at Lauretta Jean's on Thursday, December 10 from 7:30 to 10:30am on holiday foot traffic. Want to"
        " join us?\n\nTom"
    )
    record = decided(kindly, tmp_path, body, "Shop owners' breakfast", TOM)
    assert "takes about 3 hours" in record["reason"]
