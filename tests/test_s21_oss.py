"""What hurt Priya Natarajan, maintainer of the open-source validation library Valora (the twenty-first session's
persona review): a warm introduction to a company that wants to pay for support turned away, her rules about what
comes first read as rules against the call itself. Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import oss_profile, to_priya
from support import Kindly, profile_file, triaged_one

PRIYA = oss_profile()

# 1. An introducer who says the person introduced is asking how to pay for what the user sells introduces a client.
INTRO = """Hi Priya, hi Marta,

Priya - Marta leads the data platform team at Helio Retail, where Valora sits in the middle of the order
pipeline. She's been asking how they can pay for support and help fund the project, so I thought you two
should talk.

Marta - Priya is the lead maintainer of Valora. I'll let you take it from here!

Lukas
"""


def _intro(tmp_path: Path, body: str) -> Path:
    return to_priya(
        tmp_path / "intro.eml",
        body,
        sender="Lukas Meyer <lukas.meyer@heliotech.example>",
        subject="Intro: Priya <> Marta (data platform)",
    )


def test_an_introduction_of_someone_asking_how_to_pay_for_support_is_a_client_introduced(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _intro(tmp_path, INTRO), profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert "I'll have to pass" not in record["draft"]


@pytest.mark.parametrize(
    "asking",
    [
        "She's been asking how she can contribute to the project as a volunteer",
        "She's been asking how to get started with open source",
        "She's been asking about your talk at PyCon",
    ],
)
def test_an_introduction_of_someone_asking_how_to_help_or_learn_is_no_client(
    kindly: Kindly, tmp_path: Path, asking: str
) -> None:
    body = INTRO.replace("She's been asking how they can pay for support and help fund the project", asking)
    record = triaged_one(kindly, _intro(tmp_path, body), profile_file(PRIYA, tmp_path))
    assert record["goal"] != "find_clients" or record["decision"] != "accept"
