"""Thirteenth session: paid work offered to the user in their own line (a commission for a writer, a paid talk to
the workplaces a physiotherapist seeks), and a yes to the user's own proposal where no goal is about clients."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import pays_you
from support import Kindly

WRITER = """
[user]
name = "Maya Lindqvist"
email = "maya@lindqvist.example.com"
signature = "Maya"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3

[[goals]]
kind = "build_credibility"
description = "Build my credibility as a technology journalist by writing and speaking"
targets = ["tech conferences", "podcasts"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Find clients for my freelance writing"
targets = ["B2B tech companies", "content agencies"]
priority = 2

[[never]]
what = "writing for free"
"""

PHYSIO = """
[user]
name = "Grace Okafor"
email = "grace@movewellphysio.example.com"
signature = "Grace"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3

[[goals]]
kind = "find_clients"
description = "New patients for the clinic from local employers, sports clubs and GPs"
targets = ["workplaces", "sports clubs", "GPs"]
priority = 1

[[goals]]
kind = "find_community"
description = "Other physiotherapists and allied health practitioners in Leeds"
targets = ["physiotherapists", "osteopaths"]
priority = 2
"""


def triaged(
    kindly: Kindly, folder: Path, profile: str, sender: str, subject: str, body: str
) -> dict[str, Any]:
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "me@example.com"
    note["Subject"] = subject
    note["Message-ID"] = f"<{abs(hash(body))}@example.com>"
    note["Date"] = "Wed, 25 Nov 2026 09:00:00 +0000"
    note.set_content(body)
    path = folder / f"{abs(hash(body))}.eml"
    path.write_bytes(bytes(note))
    settings = folder / "profile.toml"
    settings.write_text(profile, encoding="utf-8")
    result = kindly("triage", str(path), "--profile", str(settings), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


# -- a commission at a stated rate is a writer's paid work, not a favour to weigh as networking ----------------

WIRED = """Hi Maya,

I'm the features editor at Wired World. I've enjoyed your recent pieces on data privacy, and we'd like you
to write a 1,200-word feature on how small companies are adopting AI assistants for our March issue.
Our rate is $0.80/word, and we'd need the draft by Friday 15 January.

Would you be interested? Happy to send a full brief.

Best,
Tom Harris
Features Editor, Wired World
"""

TECHNIK = """Dear Maya,

I edit Technik Heute's English edition. We'd like to commission a 1,200-word feature on open-source AI models
for our March issue. Our fee is EUR 600 for the piece. Could you let us know if you're available?

Kind regards,
Lena Vogt
Editor, Technik Heute
"""


@pytest.mark.parametrize(
    ("sender", "body", "paid"),
    [
        pytest.param("Tom Harris <tom@wiredworld.example.com>", WIRED, "$0.80/word", id="per-word-rate"),
        pytest.param(
            "Lena Vogt <lena@technikheute.example.de>",
            TECHNIK,
            "fee is EUR 600 for the piece",
            id="fee-per-piece",
        ),
    ],
)
def test_a_commission_at_a_stated_rate_serves_the_writers_client_goal(
    kindly: Kindly, tmp_path: Path, sender: str, body: str, paid: str
) -> None:
    record = triaged(kindly, tmp_path, WRITER, sender, "Feature commission", body)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_clients"
    assert "Find clients for my freelance writing" in record["reason"]
    shown = str(kindly("show", str(record["id"]), "--profile", str(tmp_path / "profile.toml")).stdout)
    assert f'it pays you ("{paid}") for your own work' in " ".join(shown.replace("│", " ").split())
    # the yes is to the piece, not to "a talk" or a call about it
    # a piece is promised by the day its draft is due where the mail sets one ("we'd need the draft by Friday 15
    # January", fifteenth session: tests/test_s15_author.py)
    due = " by Friday 15 January" if "the draft by Friday 15 January" in body else ""
    assert (
        f"Thanks so much for the invitation to write. Yes, I'd be glad to write it{due}." in record["draft"]
    )


VOICE = """
[user]
name = "Maya Lindqvist"
email = "maya@lindqvist.example.com"
signature = "Maya"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3

[[goals]]
kind = "build_credibility"
description = "Become a recognised voice on privacy and AI regulation in Europe through writing and speaking"
targets = ["tech conferences", "podcasts", "policy audiences"]
priority = 1

[[goals]]
kind = "find_community"
description = "A circle of other freelance tech journalists in Berlin"
targets = ["freelance journalists", "tech journalists"]
priority = 2
"""


def test_a_paid_commission_that_builds_the_writers_name_is_paid_work_not_networking_to_ration(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged(kindly, tmp_path, VOICE, "Tom Harris <tom@wiredworld.example.com>", "Commission", WIRED)
    # the piece touches the goal only by being writing (fit 0.54, short of 0.55 for networking): paid, it is taken
    assert (record["decision"], record["goal"]) == ("accept", "build_credibility"), record["reason"]
    assert 'It pays you ("$0.80/word")' in record["reason"]


# -- a paid talk to the very audience a find-clients goal names is worth it; the same talk unpaid is not ---------

TALK = """Hi Grace,

Would you be up for giving a lunchtime talk on desk posture for our 40 office staff?{pay}
Any Thursday in January suits us.

Cheers,
Ben Carter
Office Manager, Northpoint Design
"""


def test_a_paid_talk_to_the_workplaces_the_goal_seeks_is_accepted_and_the_unpaid_one_is_not(
    kindly: Kindly, tmp_path: Path
) -> None:
    sender = "Ben Carter <ben@northpointdesign.example.com>"
    paid = triaged(
        kindly, tmp_path, PHYSIO, sender, "Talk for our team", TALK.format(pay=" We can pay $400.")
    )
    assert (paid["intent"], paid["decision"], paid["goal"]) == (
        "speaking_invitation",
        "accept",
        "find_clients",
    )
    # short of the networking bar, the reason says what made it worth it; paid work takes no networking hours
    assert 'It pays you ("We can pay $400")' in paid["reason"]
    assert "networking hours" not in paid["reason"]

    unpaid = triaged(kindly, tmp_path, PHYSIO, sender, "Talk for the office", TALK.format(pay=""))
    assert unpaid["decision"] == "decline" and "loosely related" in unpaid["reason"]


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        pytest.param("Our rate is $0.80/word.", "$0.80/word", id="per-word"),
        pytest.param("We can pay $400.", "We can pay $400", id="we-can-pay"),
        pytest.param("we'd pay you £250 for the session", "we'd pay you £250", id="pay-you"),
        pytest.param(
            "Our fee is EUR 600 for the piece.", "fee is EUR 600 for the piece", id="fee-for-the-piece"
        ),
        pytest.param("We can offer you a $200 discount on your first month.", "", id="a-sellers-discount"),
        pytest.param("Our rates start at $99 per month.", "", id="a-sellers-price"),
        pytest.param("We can pay $50 towards your travel.", "", id="costs-met"),
        pytest.param("Speakers pay a $400 contribution, and we pay $50 per head.", "", id="charges-you"),
        pytest.param(
            "Our rate is $0.60/word; please send an invoice after publication.",
            "$0.60/word",
            id="invoice-to-them",
        ),
    ],
)
def test_money_offered_for_the_work_is_told_from_a_price_asked(text: str, paid: str) -> None:
    assert pays_you(text) == paid


# -- a yes to the user's own proposal, read as a request for their work, where no goal is about clients -------

JOURNALIST = """
[user]
name = "Orla Byrne"
email = "orla@byrne.example.ie"
signature = "Orla Byrne"
tone = "formal"
date_style = "international"
weekly_networking_hours = 3
holidays = "IE"

[[goals]]
kind = "build_credibility"
description = "Be known as the journalist who explains AI to Irish businesses, through talks and articles"
targets = ["business audiences", "chambers of commerce", "AI"]
priority = 1
"""


def test_a_yes_to_the_users_offer_that_asks_for_their_fee_stays_their_plan(
    kindly: Kindly, tmp_path: Path
) -> None:
    box = mailbox.mbox(str(tmp_path / "thread.mbox"))
    mine = EmailMessage()
    mine["From"] = "Orla Byrne <orla@byrne.example.ie>"
    mine["To"] = "Declan Walsh <declan@corkchamber.example.ie>"
    mine["Subject"] = "AI briefing for your members"
    mine["Message-ID"] = "<orla-1@byrne.example.ie>"
    mine["Date"] = "Mon, 23 Nov 2026 15:02:00 +0000"
    mine.set_content(
        "Hi Declan,\n\nWould your members find a short briefing on what AI means for small firms useful? I could "
        "come in one lunchtime in early December.\n\nBest,\nOrla"
    )
    box.add(mine)
    reply = EmailMessage()
    reply["From"] = "Declan Walsh <declan@corkchamber.example.ie>"
    reply["To"] = "orla@byrne.example.ie"
    reply["Subject"] = "Re: AI briefing for your members"
    reply["Message-ID"] = "<declan-1@corkchamber.example.ie>"
    reply["In-Reply-To"] = reply["References"] = "<orla-1@byrne.example.ie>"
    reply["Date"] = "Wed, 25 Nov 2026 09:00:00 +0000"
    reply.set_content(
        "Hi Orla,\n\nYes, Thursday works - Thursday 3 December at 12:30 in our boardroom. Could you send me your "
        "fee and an invoice address before then? See you then.\n\nDeclan"
    )
    box.add(reply)
    box.close()
    profile = tmp_path / "profile.toml"
    profile.write_text(JOURNALIST, encoding="utf-8")

    result = kindly("triage", str(tmp_path / "thread.mbox"), "--profile", str(profile), "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    [declan] = [r for r in records if r["from"].startswith("Declan")]
    # asking her fee reads like a request for her work, and none of her goals is about clients; but it answers
    # her own offer: her plan goes ahead, and what it asks back is hers to answer, named
    assert (declan["decision"], declan["reason_code"]) == ("ignore", "thread_question")
    assert "Could you send me your fee and an invoice address before then?" in declan["reason"]
    assert declan["draft"] is None
