"""Session 22, round two: calls for talks left to the user say where and by when; times offered before the day
a meeting is needed by; an introduction to a hiring manager; a paying user asking for support."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.reply.talk_submission import how_to_submit, submission_link
from personas import agency_profile, job_seeker_profile, to_seeker, to_tom
from support import Kindly, profile_file, triaged_one
from test_s22_jobseek import PYDATA

# -- a call for talks from speakers@: no draft, but the reason says where to submit and by when ----------------

SUMMIT = (
    "Dear Tom,\n\nThe Northern Design Summit returns to Manchester Central on 22-23 April 2027. Our call for "
    "speakers is open and we'd especially welcome talks on brand strategy and design systems from agency "
    "founders.\n\nSubmit a proposal at northerndesignsummit.example/cfp - proposals close 15 January.\n\n"
    "The Northern Design Summit team\n"
)
SUMMIT_FROM = "Northern Design Summit <speakers@northerndesignsummit.example>"


def _to_tom(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = to_tom(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))


def test_a_call_for_speakers_from_speakers_at_says_where_to_submit_and_by_when(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(kindly, tmp_path, SUMMIT, SUMMIT_FROM, "Call for speakers")
    assert (record["decision"], record["draft"]) == ("accept", None), record["reason"]
    assert record["reason"].endswith(
        "It is a call for talks: submit through its own form at northerndesignsummit.example/cfp by Friday 15 "
        "January."
    )
    shown = kindly("show", "1").output
    assert "submit through its own form at northerndesignsummit.example/cfp by Friday 15 January" in " ".join(
        shown.split()
    )


def test_a_call_that_gives_no_link_says_so_with_its_deadline(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_seeker(
        tmp_path / "m.eml",
        PYDATA,
        sender="PyData Austin <organizers@pydata-austin.example>",
        subject="PyData Austin 2027: lightning talk proposals open",
    )
    record = triaged_one(kindly, mail, profile_file(job_seeker_profile(), tmp_path))
    assert (record["decision"], record["draft"]) == ("accept", None), record["reason"]
    assert record["reason"].endswith(
        "It is a call for talks: submit a proposal by Friday, January 8; the mail gives no link to submit it through."
    )


def test_a_call_with_no_deadline_gives_its_link_alone(kindly: Kindly, tmp_path: Path) -> None:
    body = SUMMIT.replace(" - proposals close 15 January", "")
    record = _to_tom(kindly, tmp_path, body, SUMMIT_FROM, "Call for speakers")
    assert record["reason"].endswith(
        "It is a call for talks: submit through its own form at northerndesignsummit.example/cfp."
    ), record["reason"]


def test_a_programme_chair_writing_herself_is_answered_as_before(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a person's own address, signed by her - the reply is hers to send, not a form's
    body = SUMMIT.replace(
        "The Northern Design Summit team", "Grace Oduya\nProgramme Chair, Northern Design Summit"
    )
    record = _to_tom(
        kindly, tmp_path, body, "Grace Oduya <grace@northerndesignsummit.example>", "Call for speakers"
    )
    assert "It is a call for talks" not in record["reason"]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Submit at https://pydata.org/austin/cfp.", "https://pydata.org/austin/cfp"),
        ("Proposals via www.summit.example (closes Friday).", "www.summit.example"),
        (
            "Submit a proposal at northerndesignsummit.example/cfp - by Friday.",
            "northerndesignsummit.example/cfp",
        ),
        # near misses: an address, a firm's name, two sentences run together
        ("Questions to speakers@summit.example please.", ""),
        ("We are sponsored by Acme.io this year.", ""),
        ("It was great.Thanks again", ""),
        ("word " * 4000 + "a.b" * 3000, ""),
    ],
)
def test_the_link_a_call_gives(text: str, link: str) -> None:
    assert submission_link(text) == link


def test_a_deadline_gone_by_is_not_given() -> None:
    today = datetime(2027, 1, 20, 9, tzinfo=UTC)
    written = datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert how_to_submit(SUMMIT, today, written, "international") == (
        "submit through its own form at northerndesignsummit.example/cfp"
    )
