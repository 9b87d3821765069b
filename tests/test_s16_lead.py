"""Examples the lead added in the sixteenth session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kindly.decide.referral import DirectoryEntry, rank
from support import EXAMPLE_PROFILE_FILE, Kindly, eml, profile_file, triaged_one

_RANK_IN_A_FRESH_PROCESS = """
from kindly.decide.referral import DirectoryEntry, rank
entry = DirectoryEntry(name="Jo Park", category="legal and bookkeeping")
print(rank("We need a lawyer for the contract and a bookkeeper for the monthly accounts.", [entry])[0].why)
"""


def test_a_directory_match_says_the_strongest_service_asked_for_whatever_the_hash_seed() -> None:
    entry = DirectoryEntry(name="Jo Park", category="legal and bookkeeping")

    (match,) = rank("We need a lawyer for the contract and a bookkeeper for the monthly accounts.", [entry])

    assert match.why == "the request asks for bookkeeping and accounting"
    reasons = {
        subprocess.run(
            [sys.executable, "-c", _RANK_IN_A_FRESH_PROCESS],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("0", "1", "2", "3", "4", "5")
    }
    assert reasons == {"the request asks for bookkeeping and accounting"}


_STUDENT_ASKS_FOR_AN_INTERVIEW = (
    "Dear Ms. Reyes,\n\nI'm a senior in the accounting program at Portland State University. For our Professional"
    " Practice seminar, each of us has to complete an informational interview with a practitioner, and I'm"
    " particularly interested in independent practices that serve small businesses.\n\nWould you be willing to"
    " spend 20 minutes (by phone, Zoom or in person) telling me how you started your practice, what a typical week"
    " looks like, and what skills you'd recommend I build before graduating? Any day before December 11 would work"
    " for me.\n\nThank you very much for considering it.\n\nSincerely,\nKenji Watanabe"
)


@pytest.mark.parametrize(
    ("email", "link"),
    [
        pytest.param("dana@example.com", "https://example.com/checklist", id="on-the-users-own-site"),
        pytest.param(
            "dana.reyes@gmail.com", "https://danareyes.substack.com/p/checklist", id="her-substack-post"
        ),
        pytest.param("dana.reyes@gmail.com", "https://docs.google.com/document/d/1abc", id="her-google-doc"),
    ],
)
def test_a_resource_the_user_published_is_offered_as_their_own_work(
    kindly: Kindly, tmp_path: Path, email: str, link: str
) -> None:
    profile = EXAMPLE_PROFILE_FILE.read_text(encoding="utf-8")
    profile = profile.replace('email = "dana@example.com"', f'email = "{email}"')
    profile = profile.replace('link = "https://example.com/checklist"', f'link = "{link}"')
    mail = eml(
        tmp_path / "kenji.eml",
        _STUDENT_ASKS_FOR_AN_INTERVIEW,
        sender="Kenji Watanabe <kwatanabe@pdx-student.example.edu>",
        subject="Informational interview request - PSU accounting student",
        date="Thu, 19 Nov 2026 12:48:01 -0800",
        to=email,
    )

    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))

    assert record["reason_code"] == "refer_resource"
    # said as the user's own writing (one of the wordings a draft varies between), not as a page pointed to
    assert any(
        f'{own} "Bookkeeping checklist for new studios"' in record["draft"]
        for own in ("I've written up what I know about this in", "something I put together:")
    ), record["draft"]
    assert link in record["draft"]
