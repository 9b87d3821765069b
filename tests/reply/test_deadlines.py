"""The dates a request for proposals sets, read from the sender's words."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from kindly.reply.deadlines import Deadlines, deadlines

WRITTEN = datetime(2026, 11, 30, 9, tzinfo=UTC)


def test_questions_close_first_and_the_proposal_is_due_later() -> None:
    rfp = (
        "Proposals are due by 5:00 pm on Friday, December 11. Please include your approach.\n"
        "Questions may be sent to me until December 4."
    )
    found = deadlines(rfp, WRITTEN)
    assert (found.first, found.proposal_due) == (date(2026, 12, 4), date(2026, 12, 11))
    assert found.days == {date(2026, 12, 4), date(2026, 12, 11)}


def test_a_start_date_or_a_day_gone_by_is_no_deadline() -> None:
    assert deadlines("The engagement starts February 1, 2027.", WRITTEN) == Deadlines()
    assert deadlines("We needed it by November 2.", WRITTEN) == Deadlines()
    assert deadlines("Coffee next week?", WRITTEN) == Deadlines()


def test_a_quote_asked_by_a_day_is_a_proposal_due_then() -> None:
    found = deadlines("Could you send a quote by December 2? The books must be done by January 15.", WRITTEN)
    assert (found.first, found.proposal_due) == (date(2026, 12, 2), date(2026, 12, 2))
    assert found.days == {
        date(2026, 12, 2)
    }  # "the books must be done by January 15" is the work's, not a reply's


@given(st.text(max_size=400))
def test_any_text_gives_deadlines_or_none_and_never_fails(text: str) -> None:
    found = deadlines(text, WRITTEN)
    assert found.first is None or found.first > WRITTEN.date()


def test_by_before_and_until_are_deadlines_only_where_something_is_to_be_sent() -> None:
    for ordinary in (
        "Join us for the Winter Mixer, hosted by Acme on Thursday, December 10 at 6pm.",
        "Could we grab coffee before the holidays - say Tuesday, December 8 at 10am?",
        "I'm travelling until Thursday, December 3 - could we have a call after that?",
    ):
        assert deadlines(ordinary, WRITTEN) == Deadlines(), ordinary
    assert deadlines("Please confirm by December 4 whether you can speak.", WRITTEN).first == date(
        2026, 12, 4
    )


def test_a_long_deadline_sentence_a_listed_timeline_and_a_new_year_are_read_whole() -> None:
    long = deadlines("Proposals are due by 5:00pm Pacific Time on Friday, December 18.", WRITTEN)
    assert long.proposal_due == date(2026, 12, 18)
    listed = deadlines(
        "Key dates:\n- Questions due: Friday, December 4\n- Proposals due: Friday, December 18\n", WRITTEN
    )
    assert (listed.first, listed.proposal_due) == (date(2026, 12, 4), date(2026, 12, 18))
    # written on December 1, read on January 5: December 11 went by, it is not next December's
    after = datetime(2027, 1, 5, 9, tzinfo=UTC)
    assert (
        deadlines("Proposals are due by Friday, December 11.", after, datetime(2026, 12, 1, tzinfo=UTC))
        == Deadlines()
    )
