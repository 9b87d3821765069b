"""What hurt Amara Osei, a final-year PhD candidate in battery electrolytes (the twentieth session's persona
review): the industry scientist she most wants as a mentor turned away, her rules read wrongly, a fake job taken
for a real one. Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import PHD_MENTOR, phd_profile, varied
from support import Kindly, profile_file, triaged_one
from test_s18_sales import LINKEDIN_HEADER

AMARA = phd_profile()

# 1. A target person the goal writes with a title ("Dr. Lena Fischer") is the same person without it.
LENA_ON_LINKEDIN = (
    "Hi Amara - Michael Chen mentioned you'd be reaching out. I'd be glad to tell you about how our electrolyte R&D"
    " team works and what the jump from a PhD to industry looked like for me. Would Wednesday December 9 at 11:00"
    " your time work for a 30-minute video call?"
)


def _linkedin(path: Path, sender: str, text: str) -> Path:
    slug = sender.lower().replace(" ", "-")
    path.write_text(
        f"{LINKEDIN_HEADER}\n2-{slug},,{sender},https://www.linkedin.com/in/{slug},Amara Osei,"
        f'https://www.linkedin.com/in/amara-osei-mse,2026-11-27 10:15:00 UTC,,"{text}",INBOX\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("target", ["Dr. Lena Fischer", "Dr Lena Fischer", "Lena Fischer"])
def test_a_mentor_target_written_with_her_title_is_met_when_she_writes_without_it(
    kindly: Kindly, tmp_path: Path, target: str
) -> None:
    mentor = varied(PHD_MENTOR, targets=[target, "battery R&D"])
    profile = profile_file(phd_profile(goals=(mentor,)), tmp_path)
    record = triaged_one(
        kindly, _linkedin(tmp_path / "messages.csv", "Lena Fischer", LENA_ON_LINKEDIN), profile
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "target_person")
    assert "Wednesday December 9 at 11:00 works for me" in record["draft"]


def test_someone_else_who_shares_only_the_title_is_not_the_target(kindly: Kindly, tmp_path: Path) -> None:
    # Dr. Lena Fischer is among the targets; a Dr. Lena Fisher-Smith, or a Dr. Hannah Weiss, is someone else
    profile = profile_file(AMARA, tmp_path)
    record = triaged_one(
        kindly, _linkedin(tmp_path / "messages.csv", "Hannah Weiss", LENA_ON_LINKEDIN), profile
    )
    assert record["reason_code"] != "target_person"
