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


# -- a book club asking for the store's book-club discount is a customer, not a seller -----------------------------


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "We've outgrown our living rooms and would love to meet at your cafe corner one evening a month, and "
            "buy our books from you. Do you offer a discount for book clubs?",
            id="cafe-and-discount",
        ),
        pytest.param(
            "We'd like to order our monthly picks through your store from January. Is there a book club discount "
            "at your shop?",
            id="orders-through-you",
        ),
    ],
)
def test_a_book_club_asking_for_her_club_discount_is_answered_not_declined_as_a_pitch(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        f"Hi June,\n\nI organize the Westside Readers, a book club of 14 members. {ask}\n\nMargaret Lee\n",
        sender="Margaret Lee <margaretlee@example.com>",
        subject="Our book club and your store",
    )
    assert record["decision"] != "decline"
    assert "15% off" in record["draft"]


def test_a_seller_who_asks_about_book_clubs_is_still_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        "Hi June,\n\nDo you offer a discount for book clubs at your store? ClubShelf is the app that runs them for "
        "you - sign-ups, reminders and discounts. Plans start at $29 a month with a free 30-day trial. Could I show "
        "you a 15-minute demo?\n\nKelly Fox\nClubShelf\n",
        sender="Kelly Fox <kelly@clubshelf.example>",
        subject="Run your book clubs on autopilot",
    )
    assert record["decision"] == "decline"


# -- a platform's own one-word name is no one to greet -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "LinkedIn <invitations@linkedin.example>",
            "Kevin Shaw wants to connect",
            "Kevin Shaw, Regional Manager at BookBuyers Liquidation, wants to connect with you on LinkedIn.\n\n"
            '"Hi June, I help bookstores turn overstock into cash. Let\'s connect!"\n\nAccept  |  View profile\n',
            id="linkedin-note",
        ),
        pytest.param(
            "Bookfinity <sam@bookfinity.example>",
            "A quick question about your events",
            "Hi June,\n\nWe'd love to chat about your author events calendar and what's coming up this spring. "
            "Do you have 15 minutes next week for a call?\n",
            id="one-word-company",
        ),
    ],
)
def test_a_draft_to_a_platform_under_its_own_one_word_name_is_not_greeted_by_that_name(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_june(kindly, tmp_path, body, sender=sender, subject=subject)
    name = sender.split()[0]
    if record["draft"]:
        assert not record["draft"].startswith(f"Hi {name}"), record["draft"]


# -- an SEO pitch about "your bookstore's online sales" is not a pitch for her online bookstore --------------------


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "I found 17 SEO issues that are costing your bookstore's online sales. We help independent bookstores "
            "rank #1 on Google for 'bookstore near me'.",
            id="seo",
        ),
        pytest.param(
            "Our ad team grows a bookstore's online reach with Instagram and Facebook campaigns for $300 a month.",
            id="social-ads",
        ),
    ],
)
def test_a_pitch_that_names_her_stores_online_sales_is_not_read_as_her_online_bookstore(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        f"Hi June,\n\n{pitch} Can I send over a free audit and set up a quick call?\n\nRaj Patel\nGrowthBook\n",
        sender="Raj Patel <raj@growthbook.example>",
        subject="Double your bookstore's online sales",
    )
    assert record["decision"] == "decline"
    assert "Bookshop.org" not in record["reason"]
    assert "online bookstore" not in record["draft"]


# -- an author asking her to stock a book asked for no advice --------------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "I just published my first poetry collection through a small press. Would Lantern Street consider "
            "carrying a few copies on your local authors shelf? I could bring them by.",
            id="carry-copies",
        ),
        pytest.param(
            "I'm a local author. Would you be willing to stock my new children's book in your store?",
            id="stock",
        ),
    ],
)
def test_an_author_asking_her_to_stock_a_book_is_not_turned_down_as_an_advice_call(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        f"Hi June,\n\n{ask}\n\nAmy Chen\n",
        sender="Amy Chen <amychen.writes@example.com>",
        subject="My book",
    )
    if record["decision"] == "decline":
        assert "advice" not in record["draft"], record["draft"]


def test_a_real_request_for_advice_is_still_declined_as_one(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_june(
        kindly,
        tmp_path,
        "Hi June,\n\nI'm hoping to open a small bookshop in Green Bay next year. Could I pick your brain over a "
        "30-minute call about how you got started?\n\nAmy Chen\n",
        sender="Amy Chen <amychen.writes@example.com>",
        subject="Advice on opening a bookshop?",
    )
    assert record["decision"] in ("decline", "accept", "ask_details")
    if record["decision"] == "decline":
        assert "advice" in record["draft"]
