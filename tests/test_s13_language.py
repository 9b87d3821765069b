"""English mail with names, acronyms or a quoted phrase from another language is read as English (the second
code review): only a language's own small words, written as that language writes them, count."""

from __future__ import annotations

import pytest

from kindly.understand.language import partly_english, reads_as_english


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana - Wei Su here, MIT Sloan '12, now at Harbor Fintech (UN-backed). Quick call Tues 2pm EST? Wei Su",
        "Hi Dana, Maria de la Cruz here, from de la Cruz Design on Paseo de la Playa. Got a minute next week?",
        'My old boss used to say "le cash est roi, et la marge est reine" and I think of it every month end. '
        "Could we catch up over coffee next week to compare notes on studio cash flow?",
    ],
)
def test_english_with_names_acronyms_or_a_quoted_phrase_is_english(text: str) -> None:
    assert reads_as_english(text)
    assert not partly_english(text)


def test_a_mail_in_french_is_still_not_english() -> None:
    text = (
        "Bonjour Amélie, nous organisons un souper de chefs le mardi 8 décembre et nous aimerions beaucoup que "
        "tu sois des nôtres. Est-ce que tu es disponible?"
    )
    assert not reads_as_english(text)
