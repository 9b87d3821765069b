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
    assert found.days == {date(2026, 12, 2), date(2027, 1, 15)}


@given(st.text(max_size=400))
def test_any_text_gives_deadlines_or_none_and_never_fails(text: str) -> None:
    found = deadlines(text, WRITTEN)
    assert found.first is None or found.first > WRITTEN.date()
