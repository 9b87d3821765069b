"""June Abernathy, owner of Lantern Street Books & Cafe, an independent bookstore with a cafe corner and six staff in
Madison, Wisconsin (session 26, books): she hosts publishers' touring authors, partners with schools and libraries,
speaks for indie bookselling and wants to meet other store owners. Each test is a message from her mailbox that
kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import books_profile, to_books
from support import Kindly, profile_file, triaged_one


def _to_june(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to June against her profile."""
    mail = to_books(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(books_profile(), tmp_path))


# -- a publicist's tour stop: the day the book comes out is not the day of the reading -----------------------------


@pytest.mark.parametrize(
    "release",
    [
        pytest.param(
            "whose new novel THE LAKE HOUSE LETTERS comes out February 3 from Knopf", id="comes-out"
        ),
        pytest.param("whose new novel THE LAKE HOUSE LETTERS has a pub date of February 3", id="pub-date"),
        pytest.param("whose new novel THE LAKE HOUSE LETTERS goes on sale February 3", id="on-sale"),
    ],
)
def test_a_tour_stop_is_accepted_for_its_event_day_not_the_books_release_day(
    kindly: Kindly, tmp_path: Path, release: str
) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        f"Hi June,\n\nI'm the publicist for Elena Marsh, {release}. We're routing her Midwest tour and would love "
        "to include Lantern Street Books for a reading and signing on Wednesday, February 17 at 7pm. Would you be "
        "able to host?\n\nBest,\nHannah Price\nSenior Publicist, Knopf\n",
        sender="Hannah Price <hprice@knopfpublicity.example>",
        subject="Author tour: Elena Marsh - Madison stop?",
    )
    assert record["decision"] == "accept"
    assert "February 17" in record["draft"]
    assert "February 3" not in record["draft"]
