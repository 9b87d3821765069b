"""Someone offering to feature the user's campaign for free ("would you like me to feature the programme and share
the application link in next Tuesday's edition?") is thanked for the offer and given the campaign's link: the
edition's day is when it is shared, not a meeting to confirm."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, triaged_one

INVESTOR = """
[user]
name = "Lena Hoffmann"
email = "lena@keimling.vc"
signature = "Lena"
weekly_networking_hours = 6
time_zone = "Europe/Berlin"

[[goals]]
kind = "amplify_campaign"
description = "Amplify Keimling's Grid Futures programme on LinkedIn"
targets = ["Grid Futures", "#GridFutures", "LinkedIn"]
priority = 2

[[goals]]
kind = "find_clients"
description = "Deal flow: founders of seed-stage climate-tech startups raising a seed round"
targets = ["climate tech founders", "seed round", "grid"]
priority = 1

[[resources]]
title = "Keimling founder FAQ and deck checklist"
description = "What we invest in, ticket sizes, and what to put in a first deck"
link = "https://keimling.vc/founders"

[[resources]]
title = "Grid Futures programme page"
description = "Our 12-week programme for grid and flexibility startups"
link = "https://keimling.vc/grid-futures"
"""

OFFER = """\
From: Jana Richter
Subject: LinkedIn message
Date: Mon, 30 Nov 2026 12:05:00 +0100

Hi Lena! Loved your post on Grid Futures. I write a weekly LinkedIn newsletter on energy startups
(about 18k subscribers) - would you like me to feature the programme and share the application link
in next Tuesday's edition? Happy to do it for free, I just think more grid founders should apply.
"""


def test_a_free_feature_of_the_campaign_is_a_yes_with_its_link(kindly: Kindly, tmp_path: Path) -> None:
    (tmp_path / "profile.toml").write_text(INVESTOR)
    pasted = tmp_path / "jana.txt"
    pasted.write_text(OFFER)
    record = triaged_one(kindly, pasted, profile=tmp_path / "profile.toml")
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "amplify_campaign"
    draft = record["draft"]
    assert "Thanks for your kind offer. Yes, please - I'd be glad for you to share it." in draft
    assert "https://keimling.vc/grid-futures" in draft  # the campaign's own page, not the founders' FAQ
    assert "Tuesday" not in draft and "Would" not in draft  # no meeting to set
