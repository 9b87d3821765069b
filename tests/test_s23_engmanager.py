"""Renata Solberg, a senior engineering manager who hires (and is not looking for a job), as she meets kindly: a
candidate's thank-you after an interview is a note to read, not a recruiter to turn down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import eng_manager_profile, to_renata
from support import Kindly, profile_file, triaged_one


def _to_renata(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, **headers: str
) -> Any:
    """The triage record of a mail to Renata against her profile."""
    mail = to_renata(tmp_path / "mail.eml", body, sender=sender, subject=subject, **headers)
    return triaged_one(kindly, mail, profile_file(eng_manager_profile(), tmp_path))


# -- 1. a candidate's thank-you after the interview asks nothing: no "I'm not looking for a new role" ------------

THANK_YOUS = [
    "Hi Renata,\n\nThanks again for taking the time to talk with me yesterday about the Senior Backend role. I "
    "really enjoyed hearing how the team thinks about reconciliation. Looking forward to hearing about next "
    "steps.\n\nBest,\nMarcus\n",
    "Renata - thank you so much for meeting with me on Friday about the staff engineer opening. The settlement "
    "design discussion was the best interview conversation I've had this year.\n\nAll the best,\nPriyanka\n",
]


@pytest.mark.parametrize("body", THANK_YOUS)
def test_a_candidates_thank_you_after_an_interview_gets_no_reply(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Marcus Lee <marcus.lee.eng@gmail.com>",
        subject="Thank you for yesterday",
    )
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


def test_a_thank_you_that_asks_for_a_second_meeting_is_still_weighed(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Renata,\n\nThanks for the chat yesterday about Ledgerline! Would you be up for a follow-up call with "
        "our two maintainers next week about the multi-currency extension we'd like to contribute?\n\nSofia\n"
    )
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Sofia Marin <sofia@quillpay.example>",
        subject="Follow-up on Ledgerline",
    )
    assert record["decision"] != "ignore", record["reason"]
