"""Session 24, helper "debts": code debts paid without changing behaviour. A "get back to you" is read by one
named pattern on both sides of a thread - a sender's reply that only holds the conversation (holding_reply) and
the user's own note that only puts her answer off (decide.thread) - each with its own additions; the phrases each
side reads are pinned here as they were before the patterns were shared."""

from __future__ import annotations

import pytest

from kindly.decide.thread import only_defers
from kindly.holding_reply import only_holds

# (words, a sender's reply only holds, the user's note only defers): as both read them before session 24
PUT_OFF = [
    # both sides: the promise itself
    ("Let me check my calendar and I'll get back to you.", True, True),
    ("I'll get back to you.", True, True),
    ("Will get back to you", True, True),
    ("Ill get back to you", True, True),
    ("I'm going to circle back to you next week", True, True),
    ("I'll let you know soon", True, True),
    ("I will confirm by Friday", True, True),
    ("I'll let you know once I've spoken to Sam", True, True),
    # a sender's holding reply: whoever promises, any way back to you, a bare "we will confirm"
    ("We'll come back to you on that", True, False),
    ("I will revert back to you", True, False),
    ("Let me check with my partner and come back to you", True, False),
    ("We will confirm", True, False),
    ("We'll let you know", True, False),
    ("I'll let you know", True, False),
    ("I'll confirm the booking", True, False),
    ("Ill let you know soon", True, False),
    # ...read across a line break, as the user's note is not
    ("I'll get back\nto you", True, False),
    ("I'll let you\nknow soon", True, False),
    # the user's note: the answer put off for her calendar, a bare "get back to you" or "circle back"
    ("Thanks, get back to you soon", False, True),
    ("Will circle back next week", False, True),
    ("I'll check my schedule", False, True),
    ("Let me look at the diary first", False, True),
    ("I need to quickly check our availability", False, True),
    ("I'd need to have a look at my plans", False, True),
    ("I'll check my calendar and confirm", False, True),
    # near misses: neither
    ("Please get back to me when you can", False, False),
    ("I'd love to get back into running", False, False),
    ("I'll check your schedule", False, False),
    ("Thanks for confirming", False, False),
    ("I will circle the date", False, False),
]


@pytest.mark.parametrize(("words", "holds", "defers"), PUT_OFF)
def test_each_side_reads_its_own_get_back_to_you(words: str, holds: bool, defers: bool) -> None:
    assert only_holds(words) is holds
    assert only_defers(words) is defers


def test_an_answer_beside_the_promise_is_an_answer_on_either_side() -> None:
    """Near misses: a time, a question or a yes beside "I'll get back to you" answers after all."""
    assert not only_holds("I'll get back to you - does 2pm work?")
    assert not only_defers("Yes please! I'll get back to you with the address.")
