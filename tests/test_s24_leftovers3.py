"""What session 24's first helpers left (session 24, leftovers3): the user's own "get back to your desk" is no answer
put off, and her hard-wrapped "I'll get back / to you" is one; a never-rule's "anything on Sundays, or talks about
politics or religion" holds on a Sunday, and every part of "talks about politics or about religion" is read; "gifts
from clients or vendors" is gifts from either, never every vendor's mail; "podcast or media interviews" is told back
as interviews she gives; Kendra Lowry's plumber looking to do more remodel work with good GCs serves her
subcontractor goal, not her peer group; a sign-off in Italian, Dutch, German or Portuguese is no one's name, and the
name under it is who signs."""

from __future__ import annotations

import pytest

from kindly.decide.thread import only_defers
from kindly.holding_reply import only_holds

# -- 1. "get back to you" as a word of its own, and across a line break, in the user's own note --------------------


@pytest.mark.parametrize(
    "note",
    [
        "Thanks Priya! I need to get back to your desk question after the offsite.",
        "Sorry for the delay - I'll get back to your team's question on pricing first.",
    ],
)
def test_her_note_about_getting_back_to_your_something_puts_off_no_answer(note: str) -> None:
    # before: "get back to you" was found inside "get back to your", and the thread still waited for her answer
    assert not only_defers(note)
    assert not only_holds(note)


@pytest.mark.parametrize(
    "note",
    [
        "Hi Priya, thanks - I'll get back\nto you on this!",
        "Hi Priya, thanks so much. Let me check my\ncalendar first.",
        "Hi Priya - I'll let you\nknow by Friday.",
    ],
)
def test_her_hard_wrapped_note_still_puts_her_answer_off(note: str) -> None:
    assert only_defers(note)


def test_her_note_that_gets_back_to_you_still_puts_her_answer_off() -> None:
    # near misses: the promise itself, at the end of a sentence or of the note
    assert only_defers("Thanks! I'll get back to you.")
    assert only_defers("Will get back to you soon")
    assert not only_defers("Yes, count me in - I'll get back to you with my slides.")
