"""A question only the user can answer after a yes: "Is there anything we should have ready?", "Should I bring
anything?". kindly cannot know what the user needs, so a yes that has no answer of theirs for it leaves a clear
place in the draft for the user's own answer, rather than passing over the question as if it were not asked."""

from __future__ import annotations

import re

# What to have ready, bring or prepare for the meeting: "anything we should have ready", "what should I bring",
# "should we prepare anything", "do you need anything from us"; not a seller's "what we can bring to your firm".
# Linear: fixed words with bounded gaps.
_WHAT_TO_HAVE_READY = re.compile(
    r"\b(?:anything|what)\s+(?:else\s+)?(?:(?:we|i)\s+(?:should|need\s+to|must|ought\s+to|can|could)\s+)?"
    r"(?:have\s+ready|have\s+on\s+hand|bring(?!\s+to\b)|prepare|get\s+ready|pull\s+together|gather|dig\s+out)\b"
    r"|\b(?:should|do|shall)\s+(?:we|i)\s+(?:bring|prepare|have)\s+anything\b"
    r"|\bwhat\s+(?:should|do|shall)\s+(?:we|i)\s+(?:bring|prepare|have\s+ready|have\s+on\s+hand)\b"
    r"|\b(?:do|will)\s+you\s+need\s+anything\s+from\s+(?:us|me)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def what_to_have_ready(text: str) -> str:
    """The question in `text` that asks what to have ready for the meeting, as the sender wrote it ("Is there
    anything we should have ready (the old survey? photos of the mechanical room?)"), or ""."""
    joined = " ".join(text[:20_000].split())
    found = _WHAT_TO_HAVE_READY.search(joined)
    if found is None:
        return ""
    start = max((m.end() for m in _SENTENCE_END.finditer(joined, 0, found.start())), default=0)
    asked = joined.find("?", found.end())
    if asked < 0:
        return ""  # said, not asked: "we'll have the plans ready"
    end = asked + 1
    if joined.count("(", start, end) > joined.count(")", start, end):
        closing = joined.find(")", end)  # "(the old survey? photos?)": the whole aside is the question
        end = closing + 1 if closing >= 0 else end
    return joined[start:end].strip()


def left_for_you(question: str) -> str:
    """The line a draft keeps for the user's own answer to a question kindly cannot answer for them."""
    return f'[Your answer to "{question}"]'
