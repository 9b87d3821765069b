"""June Abernathy, owner of Lantern Street Books & Cafe (session 26, fix5): leftovers from her mailbox. A newsletter
or a page writing under a business's name ("Bookstore Spotlight") is greeted neutrally, never by its first word as
if it were a person's first name."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import books_profile, to_books
from support import Kindly, profile_file, triaged_one


@pytest.mark.parametrize(
    "sender",
    [
        pytest.param("Bookstore Spotlight <features@bookstorespotlight.example>", id="bookstore-spotlight"),
        pytest.param("Bookshop Spotlight <hi@indiebookshopnews.example>", id="bookshop-spotlight"),
        pytest.param("Bookstore Weekly <editor@bwpodcast.example>", id="bookstore-weekly"),
    ],
)
def test_a_business_name_is_greeted_neutrally_not_by_its_first_word(
    kindly: Kindly, tmp_path: Path, sender: str
) -> None:
    mail = to_books(
        tmp_path / "mail.eml",
        "Hello,\n\nWe feature one independent bookstore a month in our newsletter and would love to interview you "
        "about Lantern Street Books for our March issue: a 30-minute interview over video, whenever suits you.\n\n"
        "Thanks!\n",
        sender=sender,
        subject="Feature interview for our March issue",
    )
    record = triaged_one(kindly, mail, profile_file(books_profile(), tmp_path))
    first_word = sender.split()[0]
    assert f"Hi {first_word}" not in record["draft"]
    assert f"Dear {first_word}" not in record["draft"]
