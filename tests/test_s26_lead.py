"""The lead's own finds of session 26: an advance-fee opener that keeps its story for the reply, read on the
benchmark mailbox's long-run summary, where it had been asked what it would like to discuss."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Kindly, eml, triaged_one

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
