"""A question one of the user's own answers is about, asked of the user's own offer: "What's the capacity of your
ballroom for a seated dinner?" to a hotel whose [[answers]] say what the ballroom seats. The model may read such a
mail as asking nothing (no meeting, no event); to a user finding clients it is a prospective client's question."""

from __future__ import annotations

import re
from functools import lru_cache

from kindly.decide.help_asked import questions_with_their_subject
from kindly.decide.words import content_stems
from kindly.gated import gated
from kindly.profile import Profile

# Asked of the user's own: "your ballroom", "do you have a date open".
_OF_YOURS = re.compile(r"\b(?:your|you)\b", re.IGNORECASE)
# An answer about money alone is not enough: "Are your rates too low?" opens many a seller's newsletter.
_MONEY_TERM = re.compile(
    r"\b(?:price|prices|pricing|cost|costs|charge|charges|fee|fees|rate|rates|budget|quote)\b", re.I
)
# A mailing, not a person asking: its questions are its readers' to answer.
_BULK = gated(re.compile(r"\bunsubscribe\b|\bmanage (?:your )?preferences\b", re.IGNORECASE))


def own_answer_asked(profile: Profile, text: str, body: str) -> str:
    """The sender's question in `text` about the user's own offer that one of the user's answers is about (each word
    of one of its `about` terms in the question, not a money word alone), or ""; none in a mailing (`body`, the
    whole mail, has an unsubscribe link)."""
    if not profile.answers:
        return ""
    terms = _terms_asked_about(tuple(tuple(answer.about) for answer in profile.answers))
    if not terms or _BULK.search(body):
        return ""
    said_anywhere = set(
        content_stems(text)
    )  # a question's words are the text's: most mail names no term at all
    if not any(stems <= said_anywhere for stems in terms):
        return ""
    for question in questions_with_their_subject(text):  # "I need quotes ... Can you help?"
        if not _OF_YOURS.search(question):
            continue
        said = set(content_stems(question))
        if any(stems <= said for stems in terms):
            return question
    return ""


@lru_cache(maxsize=64)
def _terms_asked_about(abouts: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], ...]:
    """The stems of each `about` term of the user's answers but money words alone: read once for every message
    (a profile's lists are not hashable, so the terms are kept by what they are read from)."""
    return tuple(
        stems
        for about in abouts
        for term in about
        if not _MONEY_TERM.search(term) and (stems := frozenset(content_stems(term)))
    )
