"""Eighteenth session, round two of the nonprofit director's review: Renata Okafor runs Lakeshore Food Network,
a food-bank network in Chicago, and seeks corporate partners and major donors. A bank's giving side inviting her as
its guest is the partner she seeks; a consultant's "virtual coffee" that says what he sells is a pitch; one thread
gets one set of times."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import food_bank_director_profile
from support import Kindly, eml, profile_file, triaged, triaged_one

ED = food_bank_director_profile()

DESIGN_STUDIOS = """\
[user]
name = "Dana Reyes"
email = "dana@example.com"
tone = "warm"
date_style = "us"
time_zone = "America/Chicago"

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need a part-time CFO"
targets = ["design studios", "creative agencies"]
priority = 1
"""


def triage(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    profile: str = ED,
    date: str = "Fri, 20 Nov 2026 13:15:00 -0600",
) -> dict[str, Any]:
    """Renata's record of one mail (or another user's, by `profile`), triaged in a fresh app folder."""
    path = eml(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date=date, to="renata@lakeshorefood.org"
    )
    return triaged_one(kindly, path, profile=profile_file(profile, tmp_path))


def draft_of(record: dict[str, Any]) -> str:
    draft = record["draft"]
    return str(draft["text"] if isinstance(draft, dict) else draft)


# -- a company's giving side inviting her is the partner her goal seeks ------------------------------------------

BANK_GUEST = """\
Hi Renata,

Harborview Bank has a table at the Chicago Community Trust's Neighborhood Luncheon on Thursday, December 17 at
noon (Hilton Chicago), and we'd love for you to join us as our guest - no cost to you. Several of our senior
leaders will be there, including our new head of philanthropy, who is keen to learn more about your work.

Let me know and I'll add you to the list.

Carla Nguyen
Community Relations, Harborview Bank
"""


def test_a_banks_guest_seat_from_its_giving_side_serves_a_goal_of_corporate_partners(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        BANK_GUEST,
        sender="Carla Nguyen <cnguyen@harborviewbank.example.com>",
        subject="Be our guest at the Community Trust luncheon?",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "December 17" in draft_of(record)
    assert "new clients" not in draft_of(record)


def test_a_company_thanking_its_community_partners_invites_a_partner(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nWe're hosting an evening on Tuesday, December 15 at 5:30pm at our Monroe Street office to"
        " thank our community partners - light dinner and drinks, and a few words from our CEO on our 2027 community"
        " commitments. We'd be delighted if you could join us.\n\nCarla Nguyen\nCommunity Relations, Harborview Bank\n",
        sender="Carla Nguyen <cnguyen@harborviewbank.example.com>",
        subject="Community Partners Holiday Reception",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]


def test_a_table_sold_by_a_company_is_no_partner_seeking_her_out(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same bank selling seats at the luncheon asks for her money, it does not court her
    record = triage(
        kindly,
        tmp_path,
        BANK_GUEST.replace(
            "we'd love for you to join us as our guest - no cost to you", "seats are $250 each"
        ),
        sender="Carla Nguyen <cnguyen@harborviewbank.example.com>",
        subject="Seats at the Community Trust luncheon",
    )
    assert record["decision"] != "accept", record["reason"]


def test_a_guest_seat_is_no_client_for_a_goal_of_paying_clients(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a CFO for design studios seeks clients who buy her work, not a bank's philanthropy
    record = triage(
        kindly,
        tmp_path,
        BANK_GUEST.replace("Renata", "Dana"),
        sender="Carla Nguyen <cnguyen@harborviewbank.example.com>",
        subject="Be our guest at the Community Trust luncheon?",
        profile=DESIGN_STUDIOS,
    )
    assert record["decision"] != "accept", record["reason"]


def test_a_decline_keeps_her_time_for_the_partners_and_donors_her_goal_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nWe're holding a networking breakfast for Chicago nonprofit communications staff on Wednesday,"
        " December 16 at 8am at the Cultural Center. Would you like to come?\n\nTom Reilly\n"
        "Chicago Nonprofit Comms Network\n",
        sender="Tom Reilly <treilly@nonprofitcomms.example.org>",
        subject="Comms breakfast",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "finding corporate partners and major donors" in draft_of(record)
    assert "new clients" not in draft_of(record)


# -- a "virtual coffee" that says what the sender sells is a pitch, its purpose said ----------------------------

CONSULTANT = (
    "Hi Renata - fellow Chicagoan here! Would love to connect over a virtual coffee. {line}, and I think there's a"
    " real fit with Lakeshore. Free for 20 minutes next week?\n\nRob Sterling\n"
)


def test_a_consultants_coffee_that_says_what_he_sells_is_declined_as_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        CONSULTANT.format(line="I help nonprofit EDs build a major-gift pipeline that runs without them"),
        sender="Rob Sterling <rob@sterlingfundraising.example.com>",
        subject="Virtual coffee?",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "something specific you wanted to discuss" not in draft_of(record)


def test_a_hand_lent_says_nothing_sold_and_the_coffee_stays_unclear(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "I help run" a circle is a volunteer's hand, not a service for sale
    record = triage(
        kindly,
        tmp_path,
        CONSULTANT.format(line="I help run a breakfast circle on the North Side"),
        sender="Rob Sterling <rob@example.com>",
        subject="Virtual coffee?",
    )
    assert record["decision"] == "ask_details", record["reason"]


# -- one thread, one set of times: the introduced person's own reply replaces the unsent yes to the introduction --

INTRO = """\
Denise, Renata - as promised at the Chamber lunch, an introduction.

Denise leads community investment at Fairway Fresh Markets, and has been thinking about how their 40 stores could do
more on hunger in the region. Renata runs Lakeshore Food Network, which supplies 120 pantries across Cook and Lake
counties. I think you two should talk - I'll let you take it from here.

Marcus
"""

DENISES_REPLY = """\
Thanks Marcus (moving you to bcc)!

Renata, lovely to be introduced. I'd really like to hear how the network works and where a grocery partner could be
most useful. Would you have time for coffee the week of December 7? I'm in the Loop most days and can come to you.

Best,
Denise
"""


def introduction_thread(tmp_path: Path, to: str) -> tuple[Path, Path]:
    intro = eml(
        tmp_path / "intro.eml",
        INTRO,
        sender="Marcus Hill <mhill@hillpartners.example.com>",
        subject="Intro: Renata Okafor <> Denise Kowalczyk (Fairway Fresh)",
        date="Mon, 23 Nov 2026 09:12:00 -0600",
        to=to,
        message_id="intro@hillpartners.example.com",
    )
    reply = eml(
        tmp_path / "reply.eml",
        DENISES_REPLY,
        sender="Denise Kowalczyk <dkowalczyk@fairwayfresh.example.com>",
        subject="Re: Intro: Renata Okafor <> Denise Kowalczyk (Fairway Fresh)",
        date="Tue, 24 Nov 2026 14:40:00 -0600",
        to="renata@lakeshorefood.org",
        message_id="reply@fairwayfresh.example.com",
        in_reply_to="intro@hillpartners.example.com",
        references=("intro@hillpartners.example.com",),
    )
    return intro, reply


def test_the_introduced_persons_reply_replaces_the_unsent_yes_to_an_introduction_that_copied_her(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the introduction names no one but Renata in words the reading takes as people ("Denise, Renata - ..."); it
    # was written to the two of them, so Denise is the one introduced
    intro, reply = introduction_thread(
        tmp_path,
        "Renata Okafor <renata@lakeshorefood.org>, Denise Kowalczyk <dkowalczyk@fairwayfresh.example.com>",
    )
    first, second = triaged(kindly, intro, reply, profile=profile_file(ED, tmp_path))
    assert (first["decision"], second["decision"]) == ("accept", "accept")
    assert first["draft"] is None  # one conversation, one set of times: Denise's reply answers both
    assert "December" in draft_of(second)


def test_an_introduction_copied_to_several_leaves_each_yes_its_own(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: written to Renata, Denise and a colleague of hers, it is not Denise alone who was introduced
    intro, reply = introduction_thread(
        tmp_path,
        "Renata Okafor <renata@lakeshorefood.org>, Denise Kowalczyk <dkowalczyk@fairwayfresh.example.com>,"
        " Raj Mehta <rmehta@fairwayfresh.example.com>",
    )
    first, _ = triaged(kindly, intro, reply, profile=profile_file(ED, tmp_path))
    assert first["decision"] == "accept"
    assert first["draft"] is not None


# -- "next week" is the week after the day the sender wrote, both times inside it -------------------------------

CREDIT_UNION = """\
Hello Renata,

Lakeview Credit Union would like to sponsor your winter food drive this year - we were thinking of matching member
donations up to $25,000 and putting collection bins in our 12 branches. Could we set up a call next week to talk
through how that would work and what you need from us?

Evan Cho
VP Marketing & Community, Lakeview Credit Union
"""


def test_next_week_written_last_week_is_this_week_and_both_times_stay_in_it(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # written on Wednesday 25 November, "next week" is 30 November - 4 December; read on Wednesday 2 December, the
    # days left of it are Thursday and Friday - not Thursday and the Monday after
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T12:00:00-06:00")
    record = triage(
        kindly,
        tmp_path,
        CREDIT_UNION,
        sender="Evan Cho <evan.cho@lakeviewcu.example.com>",
        subject="Sponsoring your winter food drive",
        date="Wed, 25 Nov 2026 11:45:00 -0600",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 3" in draft_of(record)
    assert "Friday, December 4" in draft_of(record)
    assert "December 7" not in draft_of(record)


def test_next_week_written_this_week_is_the_week_after(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # near miss: written on Monday 30 November, "next week" is 7 - 11 December
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T12:00:00-06:00")
    record = triage(
        kindly,
        tmp_path,
        CREDIT_UNION,
        sender="Evan Cho <evan.cho@lakeviewcu.example.com>",
        subject="Sponsoring your winter food drive",
        date="Mon, 30 Nov 2026 11:45:00 -0600",
    )
    assert "Monday, December 7" in draft_of(record)
    assert "December 3" not in draft_of(record) and "December 4" not in draft_of(record)
