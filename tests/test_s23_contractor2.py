"""Kendra Lowry's mail, round two (session 23): what a Denver general contractor's leftovers teach - a seller's
session at her own shop, a plumber offering his trade, a question asked after a yes, the first free times, and an
evening event outside her hours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import contractor_profile, invite_to_kendra
from support import Kindly, profile_file, triaged_one


def _invited(kindly: Kindly, tmp_path: Path, **event: str) -> dict[str, Any]:
    invite = invite_to_kendra(tmp_path / "invite.ics", **event)
    return triaged_one(kindly, invite, profile_file(contractor_profile(), tmp_path))


# -- a seller's session brought to her own shop is not an event to pass on -------------------------------------


def test_a_suppliers_lunch_and_learn_at_her_own_shop_is_not_offered_to_others(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        summary="Lunch & Learn: Schluter shower systems (lunch provided) - Corwin Tile Supply",
        organizer="Brian Corwin <brian@corwintile.example>",
        location="Lowry Build Co. shop",
        description="Hi Kendra - as discussed with your office\\, I'll bring lunch for the crew and walk through the "
        "Schluter Kerdi shower system. About 45 min. Brian Corwin\\, Corwin Tile Supply",
        start="20261215T113000",
    )
    draft = record.get("draft") or ""
    assert record["decision"] != "accept" or "see you" in draft.lower(), record["reason"]
    assert (
        "mention it" not in draft and "pass the details on" not in draft and "tell them about it" not in draft
    )


def test_a_trade_groups_open_evening_turned_down_is_still_offered_to_others(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        summary="Front Range Builders Guild - winter open house",
        organizer="Dana Pike <dana@frontrangeguild.example>",
        location="Guild hall, 1200 Blake St",
        description="Our winter open house for members and friends of the guild: tours of the hall\\, coffee and "
        "pastries. Bring a colleague!",
        start="20261212T100000",
    )
    if record["decision"] == "decline":
        draft = record["draft"]
        assert "mention it" in draft or "pass the details on" in draft or "tell them about it" in draft, draft
