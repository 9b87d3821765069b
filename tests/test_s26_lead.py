"""The lead's own finds of session 26: an advance-fee opener that keeps its story for the reply, read on the
benchmark mailbox's long-run summary, where it had been asked what it would like to discuss."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import DESIGN_MARGOT, design_profile
from support import Kindly, eml, profile_file, triaged, triaged_one

DATE = "Tue, 01 Dec 2026 09:00:00 -0800"
TEASER = (
    "ATTN: THE PRESIDENT/CEO\n\nI AM MR. JAMES OTIENO, A SENIOR OFFICER WITH A LEADING BANK HERE IN NAIROBI. I HAVE "
    "AN IMPORTANT AND HIGHLY CONFIDENTIAL BUSINESS PROPOSAL WHICH WILL BE OF GREAT BENEFIT TO BOTH OF US. I NEED A "
    "RELIABLE AND HONEST PERSON TO WORK WITH.\n\nPLEASE REPLY URGENTLY SO THAT I CAN GIVE YOU THE FULL DETAILS.\n\n"
    "REGARDS,\nMR. JAMES OTIENO\n"
)


@pytest.mark.parametrize(
    "body",
    [
        TEASER,
        "Dear Friend,\n\nI am an auditor with a reputable bank in Accra. I write to you with a confidential business "
        "proposal of mutual interest that will be of immense benefit to both of us.\n\nKindly reply so that I can give "
        "you the details.\n\nMr. Kofi Mensah\n",
        "Good day,\n\nI have a strictly confidential business transaction for a reliable and trustworthy partner. "
        "Reply to me for more information.\n\nDr. Ahmed Bello\n",
    ],
    ids=["all-capitals", "auditor", "partner-sought"],
)
def test_an_advance_fee_opener_that_keeps_its_story_for_the_reply_is_a_scam(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    mail = eml(
        tmp_path / "teaser.eml",
        body,
        sender="Stranger <stranger@mail.example>",
        subject="STRICTLY PRIVATE",
        date=DATE,
    )
    record = triaged_one(kindly, mail)
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert not record.get("draft")


def test_a_local_bankers_referral_coffee_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    """The near miss: one of those phrases in an ordinary ask is ordinary business."""
    mail = eml(
        tmp_path / "banker.eml",
        "Hi Dana,\n\nI'm a commercial banking officer with First Harbor Bank here in Oakland - a lot of my clients are "
        "design studios that need a fractional CFO. Referring clients to each other could be of real benefit to both "
        "of us. Would you have time for coffee next week?\n\nMaria Lopez\nFirst Harbor Bank\n",
        sender="Maria Lopez <maria@firstharbor.example>",
        subject="Referrals between us?",
        date=DATE,
    )
    record = triaged_one(kindly, mail)
    assert record["reason_code"] != "scam", record["reason"]
    assert record["decision"] in ("accept", "ask_details"), record["reason"]


# -- the reason of a time offered back says what the reply did, whichever reading took it -------------------------


def test_a_time_offered_back_with_no_yes_is_told_as_an_answer_not_a_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Margot's own coffee invitation answered with a time and no "yes", declined on its own words: the reason
    says it answers her invitation with a time (as it does where it was read as a work meeting, test_s26_fix2)."""
    own = eml(
        tmp_path / "1-own.eml",
        "Hi Tom,\n\nIt was great to meet you at the AIA holiday party. Would you like to get coffee sometime and "
        "talk about how we might work together on your residential projects?\n\nMargot\n",
        sender=DESIGN_MARGOT,
        subject="Coffee after the AIA party?",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to="Tom Baxter <tom@baxterarch.example>",
        message_id="margot-1@ellisonpine.example",
    )
    reply = eml(
        tmp_path / "2-reply.eml",
        "Hi Margot,\n\nGreat to meet you too! How about Tuesday, December 8 at 8:30am at Harbinger Cafe?\n\nTom\n",
        sender="Tom Baxter <tom@baxterarch.example>",
        subject="Re: Coffee after the AIA party?",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=DESIGN_MARGOT,
        message_id="tom-1@baxterarch.example",
        in_reply_to="margot-1@ellisonpine.example",
    )
    _, record = triaged(kindly, own, reply, profile=profile_file(design_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert record["reason"].startswith("Answers your invitation to meet with a time"), record["reason"]
