"""The ideas a never-rule can name (unpaid work, weekends, pitches, ...): how a rule words each and how a message
shows it, as one table the rest of the rules package reads - gathered from concepts_pay, concepts_work and
concepts_times, in that order (the order a rule's ideas are tried in)."""

from __future__ import annotations

from kindly.decide.rules.concept import _F as _F
from kindly.decide.rules.concept import Concept as Concept
from kindly.decide.rules.concept_words import _ALONE
from kindly.decide.rules.concept_words import TAKE_HOME as TAKE_HOME
from kindly.decide.rules.concept_words import favour_asked as favour_asked
from kindly.decide.rules.concepts_pay import PAY
from kindly.decide.rules.concepts_times import TIMES
from kindly.decide.rules.concepts_work import WORK

CONCEPTS: dict[str, Concept] = {**PAY, **WORK, **TIMES}


def asks_alone(text: str) -> str | None:
    """The words that ask to meet with no one else there ("Nothing formal, just the two of us"), or None."""
    found = _ALONE.search(text)
    return found.group(0) if found else None
