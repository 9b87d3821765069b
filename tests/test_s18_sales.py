"""Eighteenth session, a VP of Sales' review: Marcus Delgado runs sales at Routewise, a 120-person freight-visibility
SaaS company in Austin. He wants to meet the CRO of a target account, meet logistics buyers where they gather
without pitching, join a peer group of revenue leaders, find a sitting CRO as mentor and speak on sales hiring. His
inbox is full of SDR sequences, recruiters, vendors' dinners and investors - and his own peers have sales titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Kindly, eml, profile_file, triaged_one

VP_SALES = """\
[user]
name = "Marcus Delgado"
email = "marcus@routewise.io"
signature = "Marcus"
tone = "brief"
date_style = "us"
weekly_networking_hours = 3
holidays = "US-TX"
time_zone = "America/Chicago"

[[goals]]
kind = "meet_person"
description = "Get to know Dana Whitfield, CRO of Meridian Freight, our top target account"
targets = ["Dana Whitfield", "Meridian Freight"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Meet logistics and supply-chain leaders where they gather, without pitching"
targets = ["logistics", "supply chain", "freight", "shippers", "3PL", "transportation managers"]
priority = 1

[[goals]]
kind = "find_community"
description = "A small peer group of revenue leaders (VPs of Sales, CROs) at B2B SaaS companies"
targets = ["revenue leaders", "VPs of Sales", "CROs", "sales leaders", "B2B SaaS"]
priority = 2

[[goals]]
kind = "find_mentor"
description = "A sitting CRO who has scaled a sales org past 50 reps"
targets = ["CRO", "Chief Revenue Officer", "scaling a sales team"]
priority = 2

[[goals]]
kind = "build_credibility"
description = "Talks, panels and podcast interviews on hiring and ramping sales teams"
targets = ["sales hiring", "hiring SDRs", "sales team hiring", "sales conferences", "podcasts"]
priority = 2

[[providers]]
category = "contact data"
name = "ZoomInfo"

[[providers]]
category = "sales training"
name = "Winning by Design"

[[never]]
what = "pay-to-play podcasts"

[[never]]
what = "dinners paid by vendors"
"""


def vp_sales(tmp_path: Path) -> Path:
    return profile_file(VP_SALES, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, name: str = "mail.eml") -> Path:
    return eml(
        tmp_path / name,
        body,
        sender=sender,
        subject=subject,
        date="Wed, 18 Nov 2026 17:30:00 -0600",
        to="marcus@routewise.io",
    )


# -- a sitting CRO who says mentoring is what they do offers the mentor the goal seeks -----------------------


@pytest.mark.parametrize(
    "offer",
    [
        "I enjoy mentoring a couple of VPs a year - happy to do a monthly 45-minute call if that's useful.",
        "I mentor one VP a year and I'd be open to a first coffee in Austin if you'd like.",
        "I still mentor a few sales leaders, so if a monthly call would help, just say the word.",
    ],
)
def test_a_cro_who_says_they_mentor_offers_the_mentor_a_find_mentor_goal_seeks(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    note = mail(
        tmp_path,
        f"Marcus,\n\nGood meeting you at SaaStr Annual. I've been CRO at Cartwheel for four years and took the team"
        f" from 15 to 80 reps. {offer} Want to start in early January?\n\nEllen Park\nChief Revenue Officer, Cartwheel",
        sender="Ellen Park <ellen@cartwheel.com>",
        subject="Re: our chat at SaaStr",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor" in record["reason"]
    assert "advice" not in record["draft"]


def test_a_cro_at_a_logistics_firm_offering_to_mentor_is_a_mentor_not_a_loose_client_lead(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Marcus, I'm CRO at Northbound Logistics Cloud. I saw your post asking about mentors. I mentor one VP a year"
        " and I'd be open to a first coffee in Austin if you'd like - say the week of December 7? No agenda other"
        " than getting to know each other.\n\nVictor",
        sender="Victor Hale <victor@northboundcloud.com>",
        subject="Mentoring",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor" in record["reason"]


@pytest.mark.parametrize(
    "ask",
    [
        # the sender wants mentoring, in the same words turned round
        "I'd love mentoring from someone like you - would you be open to a monthly call?",
        "I enjoy mentoring from afar, but I'd really value your advice on comp plans - could we talk?",
    ],
)
def test_a_sender_who_asks_for_mentoring_is_still_asking(kindly: Kindly, tmp_path: Path, ask: str) -> None:
    note = mail(
        tmp_path,
        f"Hi Marcus,\n\nI'm a first-time sales manager at a 20-person startup. {ask}\n\nJamie",
        sender="Jamie Fox <jamie@tinystartup.io>",
        subject="Advice?",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert "find mentor" not in record["reason"]
