"""When an invitation is for: the day it names, read against the day it was written."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kindly.model import Message
from kindly.reply.acceptance import meeting_day, named_day

WRITTEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def note(body: str, sent: datetime = WRITTEN) -> Message:
    return Message(
        source="t", from_name="Hannah Brooks", subject="Winter Mixer", body=body, own_text=body, date=sent
    )


def test_a_named_day_is_the_next_one_of_that_month() -> None:
    assert named_day("Thursday, December 3", date(2026, 11, 20)) == date(2026, 12, 3)
    assert named_day("Jan 6", date(2026, 11, 20)) == date(2027, 1, 6)  # next year's January
    assert named_day("3 Dec", date(2026, 11, 20)) == date(2026, 12, 3)
    assert named_day("February 30", date(2026, 11, 20)) is None
    assert named_day("next week", date(2026, 11, 20)) is None


def test_an_event_two_weeks_out_is_for_its_own_week_not_the_week_it_was_written() -> None:
    invite = note(
        "Join us for the CEN Winter Mixer on Thursday, December 3, 5:30-8pm at Holloway Hall. RSVP!"
    )
    assert meeting_day(invite, WRITTEN) == date(2026, 12, 3)


def test_a_day_already_past_names_no_coming_meeting() -> None:
    recap = note("Thanks for coming on November 12! Could we meet again soon?")
    assert meeting_day(recap, WRITTEN) is None


def test_when_an_invitation_meets_does_not_depend_on_the_day_triage_runs() -> None:
    from kindly.services import meets_at

    invite = note(
        "Join us for the CEN Winter Mixer on Thursday, December 3, 5:30-8pm at Holloway Hall. RSVP!"
    )
    # noon of December 3 though the mail was written on 20 November, whatever today is
    assert meets_at(invite) == datetime(2026, 12, 3, 12, tzinfo=UTC)
    assert meets_at(note("Could we meet again soon?")) is None
