"""Something to tell, offered: "There's something going on with a few of the big downtown loans that I think you should
know about, but I can't put it in email. Could we grab coffee?" To a goal that seeks sources, that is a source
offering what they know - the coffee's purpose said, however little it says of what.

Pure: reads text only.
"""

from __future__ import annotations

import re
from functools import lru_cache

_F = re.IGNORECASE

# "something going on ... you should know about", "things happening at X that you'd want to hear", "I have documents
# you should see", "I can't put it in email"
_TIP = re.compile(
    r"\b(?:something|things?|what'?s)\s+(?:is\s+|are\s+)?(?:going on|happening|brewing|going wrong)\b[^.?!]{0,100}?"
    r"\byou\s+(?:should|ought to|need to|might want to|would want to|'d want to|may want to)\s+"
    r"(?:know|hear|see|look into)\b"
    r"|\b(?:i|we)\s+(?:have|'ve got|got)\s+(?:some\s+)?(?:information|documents|records|a tip|internal emails)\b"
    r"[^.?!]{0,40}?\byou\s+(?:should|ought to|need to|might want to|'d want to)\s+(?:know|see|have)\b"
    # "I have a copy of the memo", "we've got copies of the emails"
    r"|\b(?:i|we)\s+(?:have|'ve got|got)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|a|an|their|its|his|her)\s+[\w-]+"
    # "I'd rather not put my name to it", "I can't have my name on this"
    r"|\b(?:i'?d|i\s+would)\s+rather\s+not\s+(?:put|have|give|sign|attach)\s+my\s+name\b"
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t)\s+(?:put|say|write|share)\s+(?:it|this|that|much|more|the details)\s+"
    r"(?:in|over|by)\s+(?:an?\s+)?(?:email|e-mail|writing|text)\b",
    _F,
)
# Someone offered to be interviewed: "Its founder, Sam Ortiz, is available for an interview", "two of the founders
# are available for interviews before the embargo lifts", "she'd be happy to speak with you", "Would you like to
# speak with him?"
_FOR_INTERVIEW = re.compile(
    r"\b(?:is|are|would\s+be|'d\s+be|will\s+be|'ll\s+be)\s+(?:\w+\s+)?(?:available|happy|glad|delighted|keen|able)\s+"
    r"(?:for\s+(?:an?\s+|a\s+few\s+)?(?:interviews?|briefings?|comment)|to\s+(?:speak|talk|sit\s+down|comment|be\s+interviewed))\b"
    r"|\b(?:would|do)\s+you\s+(?:like|want|care)\s+to\s+(?:speak|talk|chat)\s+(?:with|to)\s+(?:him|her|them)\b",
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
    return _seeks_sources(description, tuple(targets))


@lru_cache(maxsize=256)
def _seeks_sources(description: str, targets: tuple[str, ...]) -> bool:
    # a profile's goals, asked of every message: read once each
    return any(_SEEKS_SOURCES.search(said) for said in (description, *targets))


def offered_for_interview(text: str) -> str:
    """The words that offer someone to the reader for an interview, or ""."""
    found = _FOR_INTERVIEW.search(" ".join(text[:5000].split()))
    return found.group(0) if found else ""
