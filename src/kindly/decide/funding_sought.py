"""An organisation seeking the user's funding, where the user is a grantmaker: "I'd love to buy you a coffee to
introduce our work", "20 minutes to explore whether there might be a fit with Halvorsen's economic mobility
portfolio". A program officer does not take these meetings one by one - their foundation funds by a cycle or by
invitation, and the honest answer is the way in. kindly knows the user funds this way from their own saved answer
about applying ("We fund through an open cycle each spring ... the letter-of-inquiry form is at ..."): without
one, nothing here applies. Such a pitch is pointed to that answer, never accepted for the user's goals that its
field matches ("economic mobility") nor turned down with a bare "I'll pass".

Co-funders, grantees and the user's own grants are not seekers: "a pooled fund", "as your grantee partner",
"thank you for your grant" are left to the rest of kindly.

Pure: reads text and the profile's answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.profile import Answer

_F = re.IGNORECASE

# What a saved answer about applying for the user's funding is about: "apply", "grant", "funding", "letter of
# inquiry" - among its `about` words...
_ABOUT_FUNDING = re.compile(r"\b(?:grants?|funding|fund|letters?\s+of\s+(?:inquiry|intent)|LOI)\b", _F)
# ...and how it says the way in: "we fund through an open cycle", "apply at ...", "by invitation", "our guidelines".
_SAYS_THE_WAY_IN = re.compile(
    r"\b(?:we|our\s+(?:foundation|trust|fund|board))\s+(?:only\s+)?(?:fund|make\s+grants|award|give)\b"
    r"|\b(?:open|grant|funding|annual|spring|fall|autumn)\s+(?:grant\s+)?(?:cycle|round)s?\b"
    r"|\bletters?[- ]of[- ](?:inquiry|intent)\b|\bby\s+invitation\b|\b(?:funding|grantmaking)\s+guidelines\b",
    _F,
)

# The sender seeks the user's funding or presents their organisation to a funder: "introduce our work", "share
# more about our program", "a fit with your portfolio", "your funding priorities", "seeking a grant".
_OUR_WORK = r"(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:work|organi[sz]ation|program(?:me)?s?|mission|nonprofit|initiative|project)"
_SEEKS = re.compile(
    rf"\bintroduce\s+(?:you\s+to\s+)?{_OUR_WORK}\b"
    rf"|\b(?:share|tell\s+you)\s+(?:a\s+(?:bit|little)\s+|more\s+|some\s+)*(?:about\s+)?{_OUR_WORK}\b"
    r"|\b(?:a\s+|any\s+)?(?:fit|alignment|overlap)\s+(?:with|between)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:portfolio|priorities|grantmaking|funding|giving|strategy)\b"
    r"|\b(?:your|the\s+foundation'?s?|[A-Z][\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:funding|grantmaking|giving)\s+"
    r"(?:priorities|interests|strategy|portfolio)\b"
    r"|\b(?:seek(?:ing)?|request(?:ing)?|apply(?:ing)?\s+for|eligible\s+for)\s+(?:a\s+)?(?:grant|funding|support)\b"
    r"|\bfunding\s+opportunit(?:y|ies)\b",
    _F,
)
# ...unless they fund beside the user or are funded by them already: a co-funder, a grantee, the user's own grant.
_BESIDE_OR_FUNDED = re.compile(
    r"\bco-?fund(?:ers?|ing)?\b|\bpool(?:ed|ing)?\s+(?:fund|money|resources|our)\b|\bfunders?\s+(?:collaborative|table|"
    r"network|group|circle)\b"
    r"|\bsite\s+visit\b|\bgrantee(?:\s+partner)?s?\b|\bas\s+our\s+funder\b"
    r"|\b(?:thank\s+you|thanks|grateful)\b(?:\s+[\w'’-]+){0,5}?\s+for\s+(?:[\w'’-]+\s+){0,3}?(?:grant|support|funding)\b",
    _F,
)


def way_to_apply(answers: Sequence[Answer]) -> Answer | None:
    """The user's saved answer on how to apply for their funding, or None where they saved none (they are no
    grantmaker, or answer such asks themselves)."""
    return next(
        (
            a
            for a in answers
            if any(_ABOUT_FUNDING.search(term) for term in a.about) and _SAYS_THE_WAY_IN.search(a.answer)
        ),
        None,
    )


def funding_sought(text: str) -> str:
    """The words in which an organisation seeks the reader's funding ("to introduce our work"), or "" where it
    does not, or writes as a co-funder or a grantee."""
    flat = " ".join(text[:20_000].split())
    found = _SEEKS.search(flat)
    if found is None or _BESIDE_OR_FUNDED.search(flat):
        return ""
    return found.group(0)
