"""A never-rule against telling what the user's organisation keeps to itself ("sharing internal roadmaps",
"discussing confidential client details"): a message asks for it where it asks to hear about the user's own thing in
plain words ("I'd love to hear about your platform roadmap for 2027") - the "your" is what makes it internal. A talk
about roadmaps in general ("how we plan roadmaps") asks for nothing of the user's."""

from __future__ import annotations

import re
from collections.abc import Sequence

_F = re.IGNORECASE

# A rule's words for what stays inside the user's organisation.
KEPT_INSIDE = frozenset(
    {"internal", "confidential", "proprietary", "private", "unreleased", "unannounced", "nonpublic", "secret"}
)
# A rule's words for telling it.
TELLING = frozenset(
    {"sharing", "share", "disclosing", "disclose", "discussing", "discuss", "revealing", "reveal", "leaking"}
)
# A message asking to be told: "hear about", "tell me about", "walk us through", "a peek at", "insight into" (not
# "talk" or "chat", which are as often the user's talk: "your talk about your roadmap process").
_ASKS_TO_BE_TOLD = (
    r"\b(?:hear|learn|tell\s+(?:me|us)|walk\s+(?:me|us)\s+through|shar\w*|discuss\w*|"
    r"insights?\s+(?:into|on)|(?:a\s+)?(?:peek|look)\s+(?:at|into)|details?\s+(?:of|on))\b"
)
# ...the user's own thing, an adjective or two between: "your platform roadmap", "your company's 2027 roadmap".
_YOURS = r"\byour\s+(?:(?:company|team|org|organi[sz]ation|firm)['’]s\s+)?(?:[\w-]+\s+){0,2}?"


def own_thing_asked(words: Sequence[str], text: str) -> tuple[frozenset[str], str] | None:
    """Where a rule's words tell something kept inside ("sharing internal roadmaps") and the message asks to hear
    about the user's own such thing in one sentence ("hear about your platform roadmap"): the rule's words that ask
    shows (the telling, the keeping inside, the thing) and the message's words; else None."""
    lowered = [word.lower() for word in words]
    inside = next((at for at, word in enumerate(lowered) if word in KEPT_INSIDE), None)
    telling = [word for word in words[: inside or 0] if word.lower() in TELLING]
    if inside is None or not telling or inside == len(words) - 1:
        return None
    thing = re.escape(lowered[-1].rstrip("s"))
    asked = re.search(rf"{_ASKS_TO_BE_TOLD}[^.?!\n]{{0,40}}?{_YOURS}{thing}s?\b", text, _F)
    if asked is None:
        return None
    return frozenset([*telling, words[inside], words[-1]]), asked.group(0)
