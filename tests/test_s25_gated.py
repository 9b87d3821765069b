"""A gated pattern asks first whether any word every match needs is in the text (kindly/gated.py): it must answer
exactly as the pattern does, only sooner where none of them is there."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.gated import gated, required_words
from kindly.understand.cues import CUES, cue_names
from kindly.understand.training_data import read_examples

REPO = Path(__file__).resolve().parents[1]


def test_the_words_a_match_needs_are_read_from_the_pattern() -> None:
    assert required_words(CUES["job"]) == frozenset(
        ["role", "position", "opening", "candidate", "resume", "cv", "hiring", "recruit", "headhunt", "job"]
    )
    # alternatives side by side are joined into the strings they make together
    assert required_words(re.compile(r"\b(thank you|thanks) for\b")) == frozenset(
        ["thank you for", "thanks for"]
    )
    # a case-blind pattern's words are lowered; the text is too before it is looked in
    assert required_words(re.compile(r"Hello (World|There)", re.IGNORECASE)) == frozenset(
        ["hello world", "hello there"]
    )


def test_a_pattern_whose_words_cannot_be_told_is_searched_as_it_is() -> None:
    assert required_words(re.compile(r"\d+")) is None
    assert required_words(re.compile(r"(?:abc)?x*")) is None
    assert required_words(re.compile(r"(?i:abc)d")) is None  # a case-blind part of a case-sensitive pattern
    assert required_words(re.compile(r"(?<=\$)\d")) is None


def test_a_long_text_without_the_words_is_answered_at_once_and_one_with_them_as_before() -> None:
    pattern = gated(re.compile(r"\b(?:keynote|panel(?:ist)?)s?\b", re.IGNORECASE))
    padding = "We met at the market and talked about the weather. " * 5
    assert pattern.search(padding) is None
    assert pattern.findall(padding) == []
    assert pattern.sub("X", padding) == padding
    found = pattern.search(padding + "Would you join our PANELISTS?")
    assert found is not None and found.group(0) == "PANELISTS"
    assert pattern.pattern == r"\b(?:keynote|panel(?:ist)?)s?\b"  # everything else is the pattern's own


def test_letters_that_ignore_case_pairs_apart_are_still_found() -> None:
    # "İ" lowers to two characters, and a case-blind "s" matches the long "ſ": both texts match the pattern
    padding = "a quiet note about nothing much at all, " * 5
    pattern = re.compile(r"istanbul|class", re.IGNORECASE)
    for text in (padding + "İSTANBUL", padding + "claſſ"):
        assert pattern.search(text) is not None
        assert gated(pattern).search(text) is not None


def test_the_cues_are_the_same_gated_on_every_training_example() -> None:
    examples = read_examples(REPO / "data" / "intents")
    for example in examples[:3000]:
        text = f"{example.subject}\n{example.body}"
        lowered = text.lower()
        assert [name for name, pattern in CUES.items() if pattern.search(lowered)] == [
            name for name, pattern in CUES.items() if gated(pattern).search(lowered)
        ], text
    assert cue_names("Would you be free for coffee next week to talk about hiring?")


_PATTERNS = [
    re.compile(r"\b(?:would|could) (?:you|we) (?:meet|talk)\b", re.IGNORECASE),
    re.compile(r"(\$\s?\d|\b\d+ ?%|\busd\b|\bfree\b|\bcash\b)"),
    re.compile(r"\bco-?(?:host|market\w*)\b|\bsponsor\w*", re.IGNORECASE),
    re.compile(r"\b(?:see you (?:then|there)|(?:that|it|\w+day[^.!?]{0,30}) works)\b"),
    *CUES.values(),
]
_PIECES = st.sampled_from(
    ["would", "you", "we", "meet", "talk", " ", "$", "5", "%", "usd", "free", "co-", "host", "market", "ing",
     "sponsor", "see", "then", "there", "monday", "works", "that", ".", "\n", "Ş", "İ", "ſ", "K", "Would", "YOU"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=40, max_size=120), st.sampled_from(_PATTERNS))
def test_a_gate_never_turns_away_a_text_its_pattern_matches(
    pieces: list[str], pattern: re.Pattern[str]
) -> None:
    text = "".join(pieces)
    assert (gated(pattern).search(text) is None) == (pattern.search(text) is None)
