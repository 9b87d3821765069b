"""Ingrid Castellano, general manager of The Foundry Hotel, an independent 180-room business hotel in Providence
(session 24, hotel): event planners, travel managers and wedding planners are her clients; her never-rules keep
her from comping influencers, paying planners kickbacks and meeting on her peak Friday and Saturday evenings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import hotel_profile, to_hotel
from support import Kindly, profile_file, triaged_one


def _to_ingrid(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, never: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The triage record of a mail to Ingrid against her profile (with `never` for her rules where given)."""
    mail = to_hotel(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(hotel_profile(*never), tmp_path))


# -- 1. "free stays for influencers in exchange for posts": the rule names whom, and a creator asks in her words ---


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Chloe Bennett <chloe@chloewanders.example>",
            "Collab opportunity - The Foundry x Chloe Wanders",
            "Hiii Ingrid!\n\nI'm Chloe, a travel and lifestyle creator with 85K followers on Instagram. I'm planning "
            "a New England weekend getaway series and would LOVE to feature The Foundry! In exchange for a "
            "complimentary two-night weekend stay for me and my partner (plus dinner), I'd create 3 Reels, 6 stories "
            "and a dedicated post.\n\nxx Chloe\n",
            id="a-complimentary-two-night-stay-for-reels",
        ),
        pytest.param(
            "Jess Harlow <jess@harlowhomeandaway.example>",
            "Staycation feature",
            "Hi! I run Harlow Home & Away, a travel blog and Instagram (62K). I'd love to feature The Foundry in my "
            "Providence staycation guide. Would you host me for a Saturday night in January? I'd of course tag the "
            "hotel in all my posts and stories.\n\nJess\n",
            id="host-me-for-a-night-and-i-will-tag-you",
        ),
    ],
)
def test_a_creator_asking_a_free_stay_for_posts_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_ingrid(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "free stays for influencers" in record["reason"]
    assert "free stays for influencers in exchange for posts" in record["draft"]


def test_a_guest_who_posts_about_a_stay_they_pay_for_is_no_free_stay(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a blogger books and pays; posts about it are her own business
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nI've booked two nights with you in January for my anniversary (paid in full on your site). "
        "Could we get a room on a high floor? I'll probably post a few photos - I have a small travel blog.\n\n"
        "Thanks,\nJess\n",
        sender="Jess Harlow <jess@harlowhomeandaway.example>",
        subject="Anniversary stay in January",
    )
    assert record["reason_code"] != "never_do", record["reason"]
