"""Something to tell, offered: "There's something going on with a few of the big downtown loans that I think you should
know about, but I can't put it in email. Could we grab coffee?" To a goal that seeks sources, that is a source
offering what they know - the coffee's purpose said, however little it says of what.

Pure: reads text only.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# "something going on ... you should know about", "things happening at X that you'd want to hear", "I have documents
# you should see", "I can't put it in email"
_TIP = re.compile(
    r"\b(?:something|things?|what'?s)\s+(?:is\s+|are\s+)?(?:going on|happening|brewing|going wrong)\b[^.?!]{0,100}?"
    r"\byou\s+(?:should|ought to|need to|might want to|would want to|'d want to|may want to)\s+"
    r"(?:know|hear|see|look into)\b"
    r"|\b(?:i|we)\s+(?:have|'ve got|got)\s+(?:some\s+)?(?:information|documents|records|a tip|internal emails)\b"
    r"[^.?!]{0,40}?\byou\s+(?:should|ought to|need to|might want to|'d want to)\s+(?:know|see|have)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t)\s+(?:put|say|write|share)\s+(?:it|this|that|much|more|the details)\s+"
    r"(?:in|over|by)\s+(?:an?\s+)?(?:email|e-mail|writing|text)\b",
    _F,
)
# A goal that seeks sources: "Build sources on my beat", "sources for the fintech and regulation beat".
_SEEKS_SOURCES = re.compile(r"\bsources?\b", _F)


def tip_offered(text: str) -> str:
    """The words that offer the reader something to know, or ""."""
    found = _TIP.search(" ".join(text[:5000].split()))
    return found.group(0) if found else ""


def seeks_sources(description: str, targets: list[str]) -> bool:
    """Whether a goal seeks sources, by its description or a target."""
    return any(_SEEKS_SOURCES.search(said) for said in (description, *targets))
