"""Renée Castellanos-Boyd, program officer for economic mobility at the Halvorsen Family Foundation in Cleveland
(session 26, funder): she meets co-funders and field leaders, visits grantees, speaks on trust-based philanthropy
and mentors people of colour entering philanthropy; nonprofits' pitches go to the open cycle. Each test is a
message from her mailbox that kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import FUNDER_RENEE, funder_profile, to_funder
from support import Kindly, eml, profile_file, triaged, triaged_one


def _to_renee(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Renée against her profile."""
    mail = to_funder(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(funder_profile(), tmp_path))


def _her_note_and_their_reply(
    kindly: Kindly, tmp_path: Path, hers: str, theirs: str, *, sender: str
) -> dict[str, Any]:
    """The record of `sender`'s reply `theirs` to Renée's own mail `hers`."""
    own = eml(
        tmp_path / "1-own.eml",
        hers,
        sender=FUNDER_RENEE,
        subject="Following up",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to=sender,
        message_id="renee-1@halvorsenfoundation.example.org",
    )
    reply = eml(
        tmp_path / "2-reply.eml",
        theirs,
        sender=sender,
        subject="Re: Following up",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=FUNDER_RENEE,
        message_id="reply-1@mail.example.com",
        in_reply_to="renee-1@halvorsenfoundation.example.org",
    )
    _, record = triaged(kindly, own, reply, profile=profile_file(funder_profile(), tmp_path))
    return record


# -- her own invitation to meet, answered with a time and no "yes" -----------------------------------------------


def test_a_time_offered_in_answer_to_her_own_invitation_to_talk_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hi Luis,\n\nIt was lovely to meet you at the ABFE reception. I'd be glad to talk about your move into "
        "philanthropy - would you like to find 30 minutes next week?\n\nRenée\n",
        "Hi Renée,\n\nThank you so much! Would Wednesday, December 9 at 11:00 am work for a call?\n\nLuis\n",
        sender="Luis Fernández <lfernandez@mail.example.com>",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert "Wednesday, December 9 at 11:00 am works" in record["draft"]


def test_a_time_offered_after_her_coffee_invitation_in_other_words_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hello Dr. Moore,\n\nYour report on mobility in Lorain County was terrific. Let's grab a coffee in "
        "December - I'd love to hear what you're seeing.\n\nBest,\nRenée\n",
        "Dear Renée,\n\nWonderful. How about Tuesday, December 15 at 2:30 pm at Phoenix Coffee on Lee Road?\n\n"
        "Raj\n",
        sender="Raj Moore <rmoore@mobilitylab.example.edu>",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday, December 15 at 2:30 pm" in record["draft"]


def test_a_time_offered_after_her_no_is_not_taken(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: her own note said no, so a time in the answer is no yes of hers
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hi Greg,\n\nThanks for thinking of us. We already work with an evaluation partner, so I'll pass.\n\n"
        "Renée\n",
        "Hi Renée,\n\nUnderstood! Would Wednesday, December 9 at 11:00 am work for a quick call anyway?\n\nGreg\n",
        sender="Greg Pollard <greg@impactmetrics.example.com>",
    )
    assert record["reason_code"] != "answers_your_request", record["reason"]
