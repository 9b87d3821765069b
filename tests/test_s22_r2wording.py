"""Drafts the persona users of session 22 still had to edit (round two): each yes says yes to what was asked
or offered, each no promises and wishes only what fits whom it answers, and each thanks names what they sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import director_profile
from support import Kindly, eml, profile_file, triaged_one

MAGGIE = "Margaret Lindqvist <maggie@lindqvist.ca>"


def _to_maggie(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Maggie, the retired CFO who speaks at director conferences."""
    mail = eml(tmp_path / "m.eml", body, sender=sender, subject=subject, date="Mon, 30 Nov 2026 15:45:00 -0500", to=MAGGIE)
    return triaged_one(kindly, mail, profile_file(director_profile(), tmp_path))


# -- her speaker bureau offers to confirm the booking: the yes lets them ------------------------------------------

KEYNOTE = """Hi Maggie,

Beacon Mutual has asked for you to give the keynote at their institutional client forum on Thursday,
February 18, 2027 at the Fairmont Royal York (45 minutes on what audit committees are watching in 2027).
Fee is $8,000 plus expenses, our usual terms.
{ask}
Anita
Northern Lights Speakers
"""
BUREAU = "Anita Roy <anita@northernlightsspeakers.example.com>"


def test_an_agent_who_offers_to_confirm_the_talk_is_told_to_confirm(kindly: Kindly, tmp_path: Path) -> None:
    body = KEYNOTE.format(ask="\nShall I confirm? They'd like an answer by December 11.\n")
    record = _to_maggie(kindly, tmp_path, body, sender=BUREAU, subject="Keynote request: Beacon Mutual, Feb 18")
    assert record["decision"] == "accept", record["reason"]
    assert "February 18" in record["draft"]
    assert "confirm" in record["draft"]
    assert "look forward to it" not in record["draft"]


def test_a_keynote_asked_without_an_offer_to_confirm_is_only_looked_forward_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = KEYNOTE.format(ask="\nWould you be able to do it? They'd like an answer by December 11.\n")
    record = _to_maggie(kindly, tmp_path, body, sender=BUREAU, subject="Keynote request: Beacon Mutual, Feb 18")
    assert record["decision"] == "accept", record["reason"]
    assert "February 18" in record["draft"]
    assert "confirm" not in record["draft"]
