"""A last read of session 19's change: near misses of its new readings, each a case it got wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Kindly, eml, profile_file, triaged, triaged_one
from test_s19_adviser import talk, with_paid_slots
from test_s19_gapsa import DANA
from test_s19_gapsb import _renata, _summit

# 1. "3pm my time": a sign-off's first name that is also a city's ("Sydney", "Victoria") is no clock of hers.
STUDIO = """Hi Dana,

I run a small design studio and we need help with bookkeeping. Could we have a call on Thursday, December 10 at
3pm my time?

Best,
{first}
"""


def _studio(kindly: Kindly, tmp_path: Path, first: str) -> str:
    mail = eml(
        tmp_path / "studio.eml",
        STUDIO.format(first=first),
        sender=f"{first} Kim <{first.lower()}@kimstudio.com>",
        subject="Bookkeeping for our design studio",
        date="Mon, 30 Nov 2026 10:00:00 +0000",
    )
    [record] = triaged(kindly, mail, profile=profile_file(DANA, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


def test_a_sign_off_name_that_is_also_a_city_gives_no_clock(kindly: Kindly, tmp_path: Path) -> None:
    draft = _studio(kindly, tmp_path, "Sydney")
    assert "Thursday, December 10 at 3pm your time works for me." in draft, draft


# 2. A price compared is still a price: "no more than $1,950" asks $1,950 ("We cannot offer a fee" pays no one).
@pytest.mark.parametrize(
    "money",
    [
        "Speaking slots cost no more than $1,950, which covers the room and the morning tea.",
        "Our speaker package is not cheap at $1,950, but it covers the room and the morning tea.",
    ],
)
def test_a_price_said_after_no_more_than_still_shows_a_paid_slot(
    kindly: Kindly, tmp_path: Path, money: str
) -> None:
    record = triaged_one(kindly, talk(tmp_path, money), profile=with_paid_slots(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"


def test_a_fee_denied_still_pays_no_one(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        talk(tmp_path, "We cannot offer a fee of any kind, but members always enjoy the morning tea."),
        profile=with_paid_slots(tmp_path),
    )
    assert record["decision"] == "accept", record["reason"]


# 3. A town is the event's where its date or its meeting is said with it, not where the sender or theirs are.
@pytest.mark.parametrize(
    "who",
    [
        "My colleague in Springfield and I, on behalf of",
        "My colleagues in Springfield and I, on behalf of",
    ],
)
def test_where_the_organiser_works_is_not_where_the_summit_is_in_the_same_sentence(
    kindly: Kindly, tmp_path: Path, who: str
) -> None:
    body = _summit("").replace("On behalf of", who)
    record = _renata(
        kindly,
        tmp_path,
        body,
        "Dr. Alicia Romero <aromero@ilfoodsecurity.org>",
        "Speaking invitation - Illinois Food Security Summit 2027",
    )
    assert "the day and time of my session and the venue" in str(record["draft"]), record["draft"]
