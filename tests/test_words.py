"""Folding text for matching: lowercase, accents removed."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kindly.decide.words import fold, looks_like_person


def test_accents_and_case_do_not_matter() -> None:
    assert fold("José MÜLLER") == fold("jose muller") == "jose muller"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_as_the_full_unicode_path_would(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def test_a_role_in_a_goal_is_no_persons_name() -> None:
    assert not looks_like_person("VP People") and not looks_like_person("Head of People")
    assert looks_like_person("Priya Natarajan") and looks_like_person("Dr. Sharon Ellis")
